"""Small elements: st.html, st.space, st.badge, st.help and the st.snow effect."""

from __future__ import annotations

import logging
import os
import pathlib
import re
import textwrap
from typing import TYPE_CHECKING, Any

from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.st import _layout_args as args_mod

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

log = logging.getLogger("wasmlit")

BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
_STYLE_TAG = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MAX_PATH_LENGTH = 4096


def html_text(body: Any) -> str:
    """What st.html shows: ``_repr_html_()``, a Path's file (CSS wrapped in <style>), or the text."""
    repr_html = getattr(body, "_repr_html_", None)
    if callable(repr_html):
        return str(repr_html())
    if isinstance(body, pathlib.Path):
        text = body.read_text(encoding="utf-8")
        return f"<style>{text}</style>" if body.suffix.lower() == ".css" else text
    if isinstance(body, str) and _looks_like_file(body):
        # 1.67 no longer reads a path given as a str: it shows the text and logs why.
        log.warning("Passing a local file path as a string to `st.html` is no longer supported. "
                    "To load a local file, pass a `pathlib.Path` object instead.")
    return textwrap.dedent(str(body)).strip()


def _looks_like_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def is_style_only(html: str) -> bool:
    """Only <style> tags (and comments): Streamlit renders it without taking space in the page."""
    return _STYLE_TAG.sub("", _COMMENT.sub("", html)).strip() == ""


def badge_markdown(label: str, icon: str | None, color: str) -> str:
    """The markdown directive Streamlit 1.67 turns a badge into (AppTest shows it as markdown)."""
    inner = f"{icon} {label}" if icon else label
    return f":{color}-badge[{inner}]"


class MiscMixin:
    def html(self: "DeltaGenerator", body: Any, *, width: Any = "stretch",
             unsafe_allow_javascript: bool = False) -> "DeltaGenerator":
        """HTML, sanitised in the page like markdown's unsafe_allow_html: scripts never run."""
        content = html_text(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("The `body` parameter is required.")
        args_mod.width(width)
        props = {"body": content, "style_only": is_style_only(content), "width": width}
        if props["style_only"]:
            # As Streamlit: only <style> tags go to the event root, so they take no place in the page.
            from wasmlit import protocol
            from wasmlit.st.delta_generator import DeltaGenerator

            return DeltaGenerator(block=(protocol.Root.EVENT,))._enqueue("html", props)
        return self._enqueue("html", props)

    def space(self: "DeltaGenerator", size: Any = "small") -> "DeltaGenerator":
        """Empty space: a named size ("xxsmall" ... "xxlarge"), pixels, or "stretch" (fills a row)."""
        args_mod.space_size(size)
        css = size if size == "stretch" else (f"{size}px" if isinstance(size, int) else f"{args_mod.SPACE_REM[size]}rem")
        return self._enqueue("space", {"size": css, "value": size})

    def badge(self: "DeltaGenerator", label: str, *, icon: str | None = None, color: str = "blue",
              width: Any = "content", help: str | None = None) -> "DeltaGenerator":
        """A small coloured label, e.g. ``st.badge("New", color="green")``."""
        args_mod.width(width)
        shown = "gray" if color == "grey" else color
        return self._enqueue("badge", {"label": str(label), "icon": icon, "color": shown, "help": help,
                                       "width": width, "body": badge_markdown(str(label), icon, color)})

    def help(self: "DeltaGenerator", obj: Any = ..., *, width: Any = "stretch") -> "DeltaGenerator":
        """An object's name, type, signature or value, docstring and members."""
        from wasmlit.st._help_info import describe

        if obj is ...:
            import wasmlit.st as obj  # st.help() documents Streamlit itself
        args_mod.width(width, allow_content=False)
        return self._enqueue("help", describe(obj))

    def snow(self: "DeltaGenerator") -> None:
        """A celebratory snowfall over the page."""
        ctx_mod.get_run_context().post({"type": "effect", "effect": "snow", "body": None, "icon": None})
