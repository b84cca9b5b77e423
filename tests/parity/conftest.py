"""Print the parity headline in pytest's terminal summary (visible without ``-s``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# `tests.parity` must import however pytest was started (tests/ itself is not a package)
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# the corpus apps are Streamlit scripts, never pytest modules (a name like x_test.py would be collected)
collect_ignore_glob = ["apps/*"]

def pytest_terminal_summary(terminalreporter: Any) -> None:
    # set by test_parity through the shared config (this module may be imported under two names)
    lines = getattr(terminalreporter.config, "_wasmlit_parity_lines", None)
    if lines:
        terminalreporter.section("wasmlit parity with Streamlit 1.67")
        for line in lines:
            terminalreporter.write_line(line)
