"""st.latex: displayed math. Sent as Markdown with a ``$$`` block (as Streamlit 1.67 does), which
the page draws with the lazily loaded KaTeX chunk; AppTest lists it as ``at.latex``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.st import _layout_args

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def latex_text(body: Any) -> str:
    """A str as is; a sympy expression through ``sympy.latex`` (imported only when given one)."""
    if isinstance(body, str):
        return body
    if type(body).__module__.startswith("sympy"):
        import sympy

        return sympy.latex(body)
    return str(body)


class LatexMixin:
    def latex(self: "DeltaGenerator", body: Any, *, help: str | None = None,
              width: Any = "stretch") -> "DeltaGenerator":
        _layout_args.width(width)
        from wasmlit.st.text import clean_text  # dedented and stripped, as 1.67 does

        tex = clean_text(latex_text(body))
        return self._enqueue("markdown", {"body": f"$$\n{tex}\n$$", "unsafe_allow_html": False,
                                          "help": help, "variant": "latex", "width": width,
                                          "text_alignment": "left"})
