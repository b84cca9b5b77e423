"""Alerts (error, warning, info, success) and exception elements."""

from __future__ import annotations

import textwrap
import traceback
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIWarning

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def exception_node(exc: BaseException, traceback_lines: list[str] | None = None) -> dict[str, Any]:
    from wasmlit._engine.context import element

    if traceback_lines is None:
        traceback_lines = [line.rstrip("\n") for chunk in traceback.format_tb(exc.__traceback__)
                           for line in chunk.splitlines()]
    message = str(exc)
    if isinstance(exc, SyntaxError):
        message = f"{exc.msg} ({exc.filename}, line {exc.lineno})"
    return element("exception", {
        "type_name": type(exc).__name__,
        "message": message,
        "traceback": traceback_lines,
        "is_warning": isinstance(exc, StreamlitAPIWarning),
    })


class AlertsMixin:
    def _alert(self: "DeltaGenerator", kind: str, body: Any, icon: str | None, width: Any = "stretch",
               title: Any = None) -> "DeltaGenerator":
        from wasmlit.st import _layout_args

        _layout_args.width(width, allow_content=False)
        return self._enqueue("alert", {"kind": kind, "body": textwrap.dedent(str(body)).strip(), "icon": icon,
                                       "width": width,
                                       "title": None if title is None else textwrap.dedent(str(title)).strip()})

    def error(self: "DeltaGenerator", body: Any, *, icon: str | None = None, width: Any = "stretch",
              title: Any = None) -> "DeltaGenerator":
        return self._alert("error", body, icon, width, title)

    def warning(self: "DeltaGenerator", body: Any, *, icon: str | None = None, width: Any = "stretch",
                title: Any = None) -> "DeltaGenerator":
        return self._alert("warning", body, icon, width, title)

    def info(self: "DeltaGenerator", body: Any, *, icon: str | None = None, width: Any = "stretch",
             title: Any = None) -> "DeltaGenerator":
        return self._alert("info", body, icon, width, title)

    def success(self: "DeltaGenerator", body: Any, *, icon: str | None = None, width: Any = "stretch",
                title: Any = None) -> "DeltaGenerator":
        return self._alert("success", body, icon, width, title)

    def exception(self: "DeltaGenerator", exception: BaseException, width: Any = None) -> "DeltaGenerator":
        from wasmlit._engine.script import user_traceback

        node = exception_node(exception, user_traceback(exception))
        return self._enqueue("exception", node["props"])
