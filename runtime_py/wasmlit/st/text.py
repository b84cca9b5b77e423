"""Text elements: title, header, subheader, markdown, caption, text, code, divider."""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow")


def _divider_color(divider: bool | str) -> str | None:
    if divider is False or divider is None:
        return None
    if divider is True:
        return "rainbow"
    if isinstance(divider, str) and divider in DIVIDER_COLORS:
        return "gray" if divider == "grey" else divider
    raise StreamlitAPIException(
        f"Divider parameter has invalid value: `{divider}`. Please choose from: "
        + ", ".join(DIVIDER_COLORS) + "."
    )


def _anchor(anchor: str | None | bool) -> str | bool | None:
    if anchor is None or anchor is False or isinstance(anchor, str):
        return anchor
    raise StreamlitAPIException(f"Anchor parameter has invalid value: {anchor}.")


TEXT_ALIGNMENTS = ("left", "center", "right", "justify")


def _layout(width: Any, text_alignment: str, *, allow_auto: bool = False) -> dict[str, Any]:
    """``width`` and ``text_alignment``, checked with Streamlit 1.67's errors (the page applies both)."""
    from wasmlit.errors import StreamlitValueError
    from wasmlit.st import _layout_args

    if not (allow_auto and width == "auto"):
        _layout_args.width(width)
    if text_alignment not in TEXT_ALIGNMENTS:
        raise StreamlitValueError("text_alignment", ["'left'", "'center'", "'right'", "'justify'"])
    return {"width": width, "text_alignment": text_alignment}


def clean_text(body: Any) -> str:
    """Streamlit's text cleaning: str(), dedented, stripped — so a triple-quoted, indented body
    is not shown as a markdown code block."""
    return textwrap.dedent(str(body)).strip()


def code_text(body: Any) -> str:
    """st.code drops one newline at each end only (1.67); indentation is part of the code."""
    return re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))


class TextMixin:
    def _heading(self: "DeltaGenerator", tag: str, body: Any, anchor: Any, help: str | None,
                 divider: bool | str, icon: str | None = None, width: Any = "stretch",
                 text_alignment: str = "left") -> "DeltaGenerator":
        from wasmlit.st._nav_icons import validate_icon

        return self._enqueue("heading", {
            "tag": tag, "body": clean_text(body), "anchor": _anchor(anchor), "help": help,
            "divider": _divider_color(divider), "icon": validate_icon(icon) or None,
            **_layout(width, text_alignment),
        })

    def title(self: "DeltaGenerator", body: Any, anchor: str | None | bool = None, *,
              help: str | None = None, icon: str | None = None, width: Any = "stretch",
              text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        return self._heading("h1", body, anchor, help, False, icon, width, text_alignment)

    def header(self: "DeltaGenerator", body: Any, anchor: str | None | bool = None, *,
               help: str | None = None, icon: str | None = None, divider: bool | str = False,
               width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        return self._heading("h2", body, anchor, help, divider, icon, width, text_alignment)

    def subheader(self: "DeltaGenerator", body: Any, anchor: str | None | bool = None, *,
                  help: str | None = None, icon: str | None = None, divider: bool | str = False,
                  width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        return self._heading("h3", body, anchor, help, divider, icon, width, text_alignment)

    def markdown(self: "DeltaGenerator", body: Any, unsafe_allow_html: bool = False, *,
                 help: str | None = None, width: Any = "auto", text_alignment: str = "left",
                 anchors: bool = True, wrap: bool = True) -> "DeltaGenerator":
        return self._enqueue("markdown", {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html),
                                          "help": help, "variant": "normal",
                                          **_layout(width, text_alignment, allow_auto=True)})

    def caption(self: "DeltaGenerator", body: Any, unsafe_allow_html: bool = False, *,
                help: str | None = None, width: Any = "stretch", text_alignment: str = "left",
                wrap: bool = True) -> "DeltaGenerator":
        return self._enqueue("markdown", {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html),
                                          "help": help, "variant": "caption", **_layout(width, text_alignment)})

    def text(self: "DeltaGenerator", body: Any, *, help: str | None = None, width: Any = "content",
             text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        return self._enqueue("text", {"body": clean_text(body), "help": help, **_layout(width, text_alignment)})

    def code(self: "DeltaGenerator", body: Any, language: str | None = "python", *,
             line_numbers: bool = False, wrap_lines: bool = False, height: Any = "content",
             width: Any = "stretch") -> "DeltaGenerator":
        from wasmlit.st import _layout_args

        _layout_args.width(width)
        return self._enqueue("code", {"body": code_text(body), "language": language,
                                      "line_numbers": bool(line_numbers), "wrap_lines": bool(wrap_lines),
                                      "width": width})

    def divider(self: "DeltaGenerator", *, width: Any = "stretch") -> "DeltaGenerator":
        from wasmlit.st import _layout_args

        _layout_args.width(width, allow_content=False)
        return self._enqueue("divider", {"width": width})
