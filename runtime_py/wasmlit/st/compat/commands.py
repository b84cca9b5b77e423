"""``streamlit.commands`` and its submodules (page_config, execution_control, logo, echo, navigation).

Apps import commands from here (``from streamlit.commands.page_config import
set_page_config``); they are the same functions as ``st.*``.
"""

from __future__ import annotations

import sys
from typing import Any

SUBMODULES = ("page_config", "execution_control")


def __getattr__(name: str) -> Any:
    import wasmlit.st as st

    if name.startswith("__"):
        raise AttributeError(name)
    if name in SUBMODULES:  # ``from streamlit.commands import page_config``: this module serves them all
        return sys.modules[__name__]
    return getattr(st, name)
