"""Lock handling and the app's package needs."""

from __future__ import annotations

import pytest

from wasmlit.build.app import imports_to_packages, parse_requirements, scan_imports
from wasmlit.build.errors import BuildError


def needs(lock, source: str) -> list[str]:
    found, _unknown = imports_to_packages(scan_imports(source), lock)
    return lock.closure(found)


def test_import_pandas_pulls_its_closure(lock):
    assert needs(lock, "import pandas as pd") == ["numpy", "pandas", "python-dateutil", "pytz", "six"]


def test_streamlit_and_stdlib_need_nothing(lock):
    assert needs(lock, "import streamlit as st\nimport os, json\nfrom collections import Counter") == []


def test_lock_beats_stdlib_for_unvendored_modules(lock):
    assert needs(lock, "import sqlite3") == ["sqlite3"]
    assert needs(lock, "from dateutil import parser") == ["python-dateutil", "six"]


def test_relative_and_local_imports_ignored(lock):
    names = scan_imports("from . import x\nfrom .pandas import y\nimport helpers")
    assert names == {"helpers"}
    assert imports_to_packages(names, lock, {"helpers"}) == (set(), set())


def test_unknown_third_party_import_is_reported(lock):
    assert imports_to_packages({"not_a_real_pkg_xyz"}, lock)[1] == {"not_a_real_pkg_xyz"}


def test_requirements(lock):
    keys, warnings = parse_requirements("# comment\nstreamlit>=1.30\nPython_DateUtil\nnumpy<2  # old pin\n", lock)
    assert keys == {"python-dateutil", "numpy"}
    assert len(warnings) == 1 and "numpy" in warnings[0] and "2.0.2" in warnings[0]


def test_names_the_lock_lacks_are_left_to_the_pypi_resolver(lock):
    # (tests/build/test_pypi_packages.py resolves them; here only the lock's share is returned)
    assert parse_requirements("definitely-not-in-pyodide==1.0\nsix\n", lock)[0] == {"six"}


def test_a_url_requirement_is_a_clear_error(lock):
    with pytest.raises(BuildError, match=r"requirements.txt:1: unsupported requirement .*URLs and local paths"):
        parse_requirements("pkg @ https://example.com/pkg.whl\n", lock)


def test_pruned_lock_keeps_info(lock):
    pruned = lock.pruned(lock.closure(["pandas"]))
    assert pruned["info"] == lock.info and pruned["info"]["version"] == "0.27.7"
    assert sorted(pruned["packages"]) == ["numpy", "pandas", "python-dateutil", "pytz", "six"]
    assert pruned["packages"]["pandas"] == lock.packages["pandas"]
    assert lock.pruned([])["packages"] == {}
