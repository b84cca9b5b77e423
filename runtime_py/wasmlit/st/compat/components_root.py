"""``streamlit.components``: only holds ``v1`` (st/compat/components.py)."""

from wasmlit.st.compat import components as v1

__all__ = ["v1"]
