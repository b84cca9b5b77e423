"""``streamlit.commands`` and its submodules (page_config, execution_control, logo, echo, navigation).

Apps import commands from here (``from streamlit.commands.page_config import
set_page_config``); they are the same functions as ``st.*``.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    import wasmlit.st as st

    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(st, name)
