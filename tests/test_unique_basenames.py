"""pytest's default import mode cannot hold two test modules with the same basename
(e.g. tests/runtime/test_chat.py and tests/e2e/test_chat.py): collection of the whole
suite fails. Browser tests take a ``_browser`` suffix when a CPython test has the name."""

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_test_module_basenames_are_unique():
    names = Counter(p.name for p in TESTS.rglob("test_*.py")
                    if not (p.parent / "__init__.py").exists())
    assert [name for name, n in names.items() if n > 1] == []
