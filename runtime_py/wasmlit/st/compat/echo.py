"""``streamlit.commands.echo``: ``echo`` is st.echo."""

from __future__ import annotations

from typing import Any


def echo(code_location: str = "above") -> Any:
    import wasmlit.st as st

    return st.echo(code_location)


__all__ = ["echo"]
