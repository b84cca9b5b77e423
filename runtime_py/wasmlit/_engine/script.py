"""Compiling the app's script once per source change, and running it as ``__main__``."""

from __future__ import annotations

import os
import sys
import traceback
import types
from pathlib import Path
from typing import Any, Callable

from wasmlit._engine.magic import MAGIC_NAME, add_magic

_RUNTIME_DIR = str(Path(__file__).resolve().parent.parent)


class Script:
    """The user's main script: source on disk, compiled lazily and cached until invalidated."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(Path(path).resolve())
        self.directory = str(Path(self.path).parent)
        self._code: types.CodeType | None = None

    def code(self) -> types.CodeType:
        """The compiled script. Raises SyntaxError (and OSError for a missing file)."""
        if self._code is None:
            with open(self.path, encoding="utf-8") as f:
                source = f.read()
            self._code = compile(add_magic(source, self.path), self.path, "exec", dont_inherit=True)
        return self._code

    def invalidate(self) -> None:
        """The source (or a module next to it) changed: recompile and re-import on the next run."""
        self._code = None
        for name, module in list(sys.modules.items()):
            file = getattr(module, "__file__", None)
            if file and name != "__main__" and str(Path(file).resolve()).startswith(self.directory + os.sep):
                del sys.modules[name]

    def execute(self, magic_write: Callable[..., Any]) -> None:
        """Run the script top to bottom as a fresh ``__main__`` module."""
        code = self.code()
        module = types.ModuleType("__main__")
        module.__file__ = self.path
        module.__dict__[MAGIC_NAME] = magic_write
        saved_main = sys.modules.get("__main__")
        sys.modules["__main__"] = module
        if not sys.path or sys.path[0] != self.directory:
            sys.path.insert(0, self.directory)
        try:
            exec(code, module.__dict__)
        finally:
            if saved_main is not None:
                sys.modules["__main__"] = saved_main


def user_traceback(exc: BaseException, *, frames: bool = True) -> list[str]:
    """The traceback lines of ``exc`` without the runtime's own frames.

    Import machinery frames are hidden too, as CPython's own tracebacks do.
    ``frames=False`` keeps only the error location (a compile error of the script,
    whose frames are all the compiler's)."""
    kept = [f for f in traceback.extract_tb(exc.__traceback__)
            if frames and not f.filename.startswith(_RUNTIME_DIR)
            and not f.filename.startswith("<frozen importlib")]
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(kept)] if kept else []
    if isinstance(exc, SyntaxError):
        lines += traceback.format_exception_only(type(exc), exc)[:-1]
    return [line.rstrip("\n") for chunk in lines for line in chunk.splitlines()]
