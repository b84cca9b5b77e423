"""``streamlit.web.cli``: apps that import it to start themselves (``if __name__ == "__main__"``).

In the browser the app is already running, so ``main()`` does nothing.
"""

from __future__ import annotations

import sys
from typing import Any


def main(*args: Any, **kwargs: Any) -> None:
    """Nothing to start: wasmlit is running the app already."""


main_run = main
cli = sys.modules[__name__]  # ``from streamlit.web import cli``: this module serves both names

__all__ = ["cli", "main", "main_run"]
