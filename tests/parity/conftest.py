"""Print the parity headline in pytest's terminal summary (visible without ``-s``)."""

from __future__ import annotations

from typing import Any

def pytest_terminal_summary(terminalreporter: Any) -> None:
    # set by test_parity through the shared config (this module may be imported under two names)
    lines = getattr(terminalreporter.config, "_wasmlit_parity_lines", None)
    if lines:
        terminalreporter.section("wasmlit parity with Streamlit 1.67")
        for line in lines:
            terminalreporter.write_line(line)
