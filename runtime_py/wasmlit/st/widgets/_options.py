"""Options for the selection widgets (selectbox, radio, multiselect, select_slider).

Apps pass options as any iterable: a list or tuple, a dict (its keys), a set, a
range, an Enum class, a NumPy array, a pandas Series/Index/DataFrame (its first
column). pandas and NumPy are never imported here: their objects are recognised
by the module of their type and converted through their own methods.

The page only ever sees the *formatted* options (``format_func`` applied, as
strings) and sends back indices; the Python value is the option object itself.
"""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.errors import StreamlitAPIException


def to_option_list(options: Any) -> list[Any]:
    if options is None:
        return []
    module = type(options).__module__ or ""
    if module.startswith("pandas"):
        if hasattr(options, "columns"):  # a DataFrame: its first column, as Streamlit does
            options = options.iloc[:, 0] if len(options.columns) else []
        if hasattr(options, "tolist"):
            return list(options.tolist())
        return list(options)
    if module.startswith("numpy") and hasattr(options, "tolist"):
        values = options.tolist()
        return values if isinstance(values, list) else [values]
    if isinstance(options, (str, bytes)):
        return [options]
    if isinstance(options, dict):
        return list(options.keys())
    try:
        return list(options)
    except TypeError:
        raise StreamlitAPIException(
            f"Object of type {type(options).__name__} is not an iterable of options: pass a list, "
            "tuple, dict, set, range, Enum or pandas Series.") from None


def _same(a: Any, b: Any) -> bool:
    if a is b:
        return True
    try:
        return bool(a == b)
    except Exception:  # e.g. NumPy arrays compare element-wise
        return False


class Options:
    """The options of one widget call: objects, their formatted labels, and lookups."""

    def __init__(self, options: Any, format_func: Callable[[Any], Any] | None) -> None:
        self.values = to_option_list(options)
        fmt = format_func if format_func is not None else str
        if not callable(fmt):
            raise StreamlitAPIException(f"`format_func` must be callable, got {fmt!r}.")
        self._format = fmt
        self.formatted = [str(fmt(v)) for v in self.values]

    def __len__(self) -> int:
        return len(self.values)

    def index_of(self, value: Any) -> int | None:
        """Index of the first option equal to ``value`` (None if absent)."""
        for i, option in enumerate(self.values):
            if _same(option, value):
                return i
        return None

    def locate(self, value: Any) -> int | None:
        """Index of a widget's stored value among this run's options: an equal option, else the
        option with the same label. The script re-creates its option objects on every run
        (objects without ``__eq__`` never compare equal), and Streamlit's page identifies
        options by their formatted label, so the label decides, as there."""
        i = self.index_of(value)
        if i is None:
            try:
                label = str(self._format(value))
            except Exception:
                return None
            if label in self.formatted:
                i = self.formatted.index(label)
        return i

    def contains(self, value: Any) -> bool:
        return self.index_of(value) is not None

    def at(self, index: Any) -> Any:
        """The option at a wire index (the page sends numbers); None for null or out of range."""
        if index is None or isinstance(index, bool):
            return None
        i = int(index)
        if 0 <= i < len(self.values):
            return self.values[i]
        return None

    def wire_index(self, value: Any, widget: str, accept_new: bool = False) -> Any:
        """The index the page would send for ``value`` (a new option's text if allowed)."""
        if value is None:
            return None
        i = self.locate(value)
        if i is not None:
            return i
        if accept_new and isinstance(value, str):
            return value
        raise ValueError(f"{value!r} is not one of the options of this {widget}: {self.formatted}")
