"""st.write (the "Swiss army knife"), magic, and st.echo."""

from __future__ import annotations

import contextlib
import inspect
import json
import linecache
import textwrap
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _is_dataframe_like(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    return module.startswith(("pandas", "numpy", "pyarrow", "polars")) and hasattr(obj, "shape")


class WriteMixin:
    def write(self: "DeltaGenerator", *args: Any, unsafe_allow_html: bool = False) -> None:
        """Write each argument the way it is best shown; runs of inline values share one markdown."""
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
            elif isinstance(arg, BaseException):
                flush()
                self.exception(arg)
            elif isinstance(arg, (dict, list)) or _is_mapping_like(arg):
                flush()
                self.json(arg)
            elif _is_dataframe_like(arg) and "dataframe" in dir(type(self)):
                flush()
                self.dataframe(arg)  # type: ignore[attr-defined]
            else:
                buffer.append(f"`{_inline(arg)}`")
        flush()

    @contextlib.contextmanager
    def echo(self: "DeltaGenerator", code_location: str = "above") -> Iterator[None]:
        """Show the code of the ``with`` block, then run it."""
        caller = inspect.stack()[2]
        source = _with_block_source(caller.filename, caller.lineno)
        placeholder = self.empty() if code_location == "above" else None
        try:
            yield
        finally:
            if placeholder is not None:
                placeholder.code(source, language="python")
            else:
                self.code(source, language="python")


def _is_mapping_like(obj: Any) -> bool:
    return hasattr(obj, "keys") and hasattr(obj, "__getitem__") and not isinstance(obj, type) \
        and not _is_dataframe_like(obj)


def _inline(obj: Any) -> str:
    text = str(obj)
    return text.replace("`", "\\`")


def _with_block_source(filename: str, with_line: int) -> str:
    lines = linecache.getlines(filename)
    if not lines or with_line > len(lines):
        return ""
    header = lines[with_line - 1]
    header_indent = len(header) - len(header.lstrip())
    body: list[str] = []
    for line in lines[with_line:]:
        if line.strip() and len(line) - len(line.lstrip()) <= header_indent:
            break
        body.append(line)
    while body and not body[-1].strip():
        body.pop()
    return textwrap.dedent("".join(body)).rstrip("\n")


def magic_write(*args: Any) -> Any:
    """What a bare expression statement calls: ``st.write`` that returns its argument(s)."""
    from wasmlit.st.delta_generator import main_dg

    main_dg.write(*args)
    return args[0] if len(args) == 1 else args


def json_text(body: Any) -> str:
    """``st.json`` accepts a JSON string or any object; non-JSON values are shown as their str()."""
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            pass
    return json.dumps(body, default=lambda o: _json_fallback(o), ensure_ascii=False)


def _json_fallback(obj: Any) -> Any:
    if hasattr(obj, "keys") and hasattr(obj, "__getitem__"):
        return {str(k): obj[k] for k in obj.keys()}
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return str(obj)
