"""Builds of multipage apps: every page file ships and the packages pages import are loaded."""

from __future__ import annotations

import textwrap
import zipfile
from pathlib import Path

from wasmlit.build.app import app_needs, load_app
from wasmlit.build.pages import named_pages, page_files


def write(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")


def test_page_files_named_in_the_source_are_found() -> None:
    source = """
import streamlit as st
pg = st.navigation({"A": [st.Page("a.py"), "b.py"], "B": [st.Page(lambda: None, title="x")]})
st.switch_page("c.py")
st.page_link("d.py")
st.page_link("https://example.com/x.py", label="ext")
Page("sub/e.py")
"""
    assert sorted(named_pages(source)) == ["a.py", "b.py", "c.py", "d.py", "sub/e.py"]


def test_a_single_file_app_ships_its_pages_folder_and_named_pages(tmp_path: Path) -> None:
    write(tmp_path, {
        "main.py": "import streamlit as st\nst.navigation([st.Page('views/report.py'), 'missing.py']).run()\n",
        "views/report.py": "import streamlit as st\nst.page_link('views/detail.py')\n",
        "views/detail.py": "import numpy\n",
        "pages/01_extra.py": "import pandas\n",
        "unrelated.py": "import scipy\n",
        "../outside.py": "",
    })
    app = load_app(tmp_path / "main.py")
    assert app.files == ["main.py", "pages/01_extra.py", "views/detail.py", "views/report.py"]
    assert page_files(tmp_path, "main.py") == ["pages/01_extra.py", "views/detail.py", "views/report.py"]


def test_packages_that_only_pages_import_are_loaded(tmp_path: Path, lock) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, {
        "app.py": "import streamlit as st\nst.navigation(['pages_dir/plot.py']).run()\n",
        "pages_dir/plot.py": "import numpy as np\nimport streamlit as st\nst.write(np.arange(3))\n",
    })
    needs = app_needs(load_app(tmp_path), lock)  # a folder app: every file ships and is scanned
    assert "numpy" in needs.packages
    needs_single = app_needs(load_app(tmp_path / "app.py"), lock)
    assert "numpy" in needs_single.packages


def test_the_built_site_holds_the_page_files(tmp_path: Path, assets, stub_web) -> None:  # type: ignore[no-untyped-def]
    from wasmlit.build.site import build_site

    write(tmp_path / "app", {"solo.py": "import streamlit as st\nst.title('main')\n",
                             "pages/second.py": "import streamlit as st\nst.title('second')\n"})
    build_site(tmp_path / "app" / "solo.py", tmp_path / "site", assets=assets, web_dist=stub_web)
    names = zipfile.ZipFile(tmp_path / "site/wasmlit/app.zip").namelist()
    assert sorted(names) == ["pages/second.py", "solo.py"]
