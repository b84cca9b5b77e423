"""``streamlit.version``: the Streamlit release whose behaviour wasmlit follows."""

from __future__ import annotations

from wasmlit import STREAMLIT_COMPAT_VERSION as STREAMLIT_VERSION_STRING

__all__ = ["STREAMLIT_VERSION_STRING"]
