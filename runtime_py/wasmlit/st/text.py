"""Text elements: title, header, subheader, markdown, caption, text, code, divider."""

from __future__ import annotations

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


class TextMixin:
    def _heading(self: "DeltaGenerator", tag: str, body: Any, anchor: Any, help: str | None,
                 divider: bool | str) -> "DeltaGenerator":
        return self._enqueue("heading", {
            "tag": tag, "body": str(body), "anchor": _anchor(anchor), "help": help,
            "divider": _divider_color(divider),
        })

    def title(self: "DeltaGenerator", body: Any, anchor: str | None | bool = None, *,
              help: str | None = None, width: Any = None) -> "DeltaGenerator":
        return self._heading("h1", body, anchor, help, False)

    def header(self: "DeltaGenerator", body: Any, anchor: str | None | bool = None, *,
               help: str | None = None, divider: bool | str = False, width: Any = None) -> "DeltaGenerator":
        return self._heading("h2", body, anchor, help, divider)

    def subheader(self: "DeltaGenerator", body: Any, anchor: str | None | bool = None, *,
                  help: str | None = None, divider: bool | str = False, width: Any = None) -> "DeltaGenerator":
        return self._heading("h3", body, anchor, help, divider)

    def markdown(self: "DeltaGenerator", body: Any, unsafe_allow_html: bool = False, *,
                 help: str | None = None, width: Any = None) -> "DeltaGenerator":
        return self._enqueue("markdown", {"body": str(body), "unsafe_allow_html": bool(unsafe_allow_html),
                                          "help": help, "variant": "normal"})

    def caption(self: "DeltaGenerator", body: Any, unsafe_allow_html: bool = False, *,
                help: str | None = None, width: Any = None) -> "DeltaGenerator":
        return self._enqueue("markdown", {"body": str(body), "unsafe_allow_html": bool(unsafe_allow_html),
                                          "help": help, "variant": "caption"})

    def text(self: "DeltaGenerator", body: Any, *, help: str | None = None, width: Any = None) -> "DeltaGenerator":
        return self._enqueue("text", {"body": str(body), "help": help})

    def code(self: "DeltaGenerator", body: Any, language: str | None = "python", *,
             line_numbers: bool = False, wrap_lines: bool = False, height: Any = None,
             width: Any = None) -> "DeltaGenerator":
        return self._enqueue("code", {"body": str(body), "language": language,
                                      "line_numbers": bool(line_numbers), "wrap_lines": bool(wrap_lines)})

    def divider(self: "DeltaGenerator", *, width: Any = None) -> "DeltaGenerator":
        return self._enqueue("divider", {})
