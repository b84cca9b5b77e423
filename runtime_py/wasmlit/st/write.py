"""st.write (the "Swiss army knife"), magic, and st.echo."""

from __future__ import annotations

import contextlib
import dataclasses
import inspect
import io
import json
import linecache
import re
import sys
import textwrap
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator


def _is_numpy_scalar(obj: Any) -> bool:
    numpy = sys.modules.get("numpy")
    return numpy is not None and isinstance(obj, numpy.generic)


def _is_dataframe_like(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    return (module.startswith(("pandas", "numpy", "pyarrow", "polars")) and hasattr(obj, "shape")
            and not _is_numpy_scalar(obj))  # np.int64(5) is written as `5`, as in Streamlit


_JSON_TYPES = (dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap, UserList,
               ItemsView, KeysView, ValuesView)
_HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType, types.MethodType,
               types.ModuleType)
_MEM_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$")


def _is_type(obj: Any, module_prefix: str, name: str) -> bool:
    return any(c.__module__.startswith(module_prefix) and c.__name__ == name for c in type(obj).__mro__)


def _element_for(obj: Any) -> str | None:
    """The st.* command st.write shows ``obj`` with (Streamlit 1.67's order); None: inline text."""
    from wasmlit.st.delta_generator import DeltaGenerator

    if isinstance(obj, BaseException):
        return "exception"
    if isinstance(obj, DeltaGenerator):
        return "help"
    if _is_dataframe_like(obj):
        return "dataframe"
    for prefix, name, command in (("altair", "TopLevelMixin", "altair_chart"), ("matplotlib", "Figure", "pyplot"),
                                  ("plotly", "BaseFigure", "plotly_chart"), ("graphviz", "Graph", "graphviz_chart"),
                                  ("graphviz", "Digraph", "graphviz_chart"), ("PIL", "Image", "image")):
        if _is_type(obj, prefix, name):
            return command
    if isinstance(obj, _JSON_TYPES) or _is_mapping_like(obj) or (isinstance(obj, tuple) and hasattr(obj, "_fields")):
        return "json"
    if isinstance(obj, io.StringIO):
        return "markdown"
    if inspect.isgenerator(obj) or inspect.isgeneratorfunction(obj) or inspect.isasyncgen(obj) \
            or inspect.isasyncgenfunction(obj):
        return "write_stream"
    if isinstance(obj, _HELP_TYPES) or dataclasses.is_dataclass(obj) or inspect.isclass(obj):
        return "help"
    if callable(getattr(obj, "to_pandas", None)) or callable(getattr(obj, "__dataframe__", None)):
        return "dataframe"
    if _MEM_ADDRESS.match(str(obj)):
        return "help"  # an object without a readable str: its st.help card
    return None


class WriteMixin:
    def write(self: "DeltaGenerator", *args: Any, unsafe_allow_html: bool = False) -> None:
        """Write each argument the way it is best shown; runs of inline values share one markdown."""
        if len(args) == 1 and isinstance(args[0], str):
            self.markdown(args[0], unsafe_allow_html=unsafe_allow_html)
            return
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            command = None if isinstance(arg, str) else _element_for(arg)
            if command is None:
                buffer.append(arg if isinstance(arg, str) else _inline(arg))
                continue
            flush()
            if command == "markdown":
                self.markdown(arg.getvalue(), unsafe_allow_html=unsafe_allow_html)
            else:
                getattr(self, command)(arg)
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
    """``str(obj)`` as inline code, or a fenced block when it spans lines; the fence is longer
    than any run of backticks inside, so none needs escaping."""
    text = str(obj)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    return f"{'`' * (longest + 1)}{text}{'`' * (longest + 1)}"


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
