"""Make ``import streamlit`` (and the submodules apps import) resolve to wasmlit.

No Streamlit is installed or needed: ``streamlit`` is ``wasmlit.st``, and the
submodules apps commonly import map onto our modules. Any other
``streamlit.*`` import fails with a message that names what is missing.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types

# streamlit submodule → the wasmlit module that provides it
ALIASES = {
    "streamlit": "wasmlit.st",
    "streamlit.errors": "wasmlit.errors",
    "streamlit.delta_generator": "wasmlit.st.delta_generator",
    "streamlit.runtime": "wasmlit.st.runtime",
    "streamlit.runtime.scriptrunner": "wasmlit.st.compat.scriptrunner",
    "streamlit.runtime.scriptrunner_utils": "wasmlit.st.compat.scriptrunner",
    "streamlit.runtime.scriptrunner_utils.script_run_context": "wasmlit.st.compat.scriptrunner",
    "streamlit.runtime.state": "wasmlit.st.runtime",
    "streamlit.runtime.caching": "wasmlit._caching",
    "streamlit.runtime.caching.cache_errors": "wasmlit._caching.cache_errors",
    "streamlit.connections": "wasmlit._connections.public",
    "streamlit.runtime.secrets": "wasmlit._connections.secrets_module",
    "streamlit.testing": "wasmlit.testing",
    "streamlit.testing.v1": "wasmlit.testing",
    # Small submodules apps import a name or two from (st/compat/, st/options.py).
    "streamlit.config": "wasmlit.st.options",
    "streamlit.column_config": "wasmlit.st.column_config",
    "streamlit.dataframe_util": "wasmlit.st.compat.dataframe_util",
    "streamlit.source_util": "wasmlit.st.compat.source_util",
    "streamlit.emojis": "wasmlit.st.compat.emojis",
    "streamlit.logger": "wasmlit.st.compat.logger",
    "streamlit.version": "wasmlit.st.compat.version",
    "streamlit.web": "wasmlit.st.compat.web_cli",
    "streamlit.web.cli": "wasmlit.st.compat.web_cli",
    "streamlit.commands": "wasmlit.st.compat.commands",
    "streamlit.components": "wasmlit.st.compat.components_root",
    "streamlit.components.v1": "wasmlit.st.compat.components",
    "streamlit.commands.page_config": "wasmlit.st.compat.commands",
    "streamlit.commands.execution_control": "wasmlit.st.compat.commands",
    "streamlit.commands.logo": "wasmlit.st.chrome",  # these three are named like their command
    "streamlit.commands.echo": "wasmlit.st.compat.echo",
    "streamlit.commands.navigation": "wasmlit.st.navigation",
}


class _StreamlitFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves ``streamlit.*`` from ALIASES; anything else under streamlit is a clear error."""

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        if fullname in ALIASES:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        raise ModuleNotFoundError(
            f"No module named '{fullname}': wasmlit does not provide this part of Streamlit yet.",
            name=fullname,
        )

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        module = importlib.import_module(ALIASES[spec.name])
        _use_public_names()
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


def _use_public_names() -> None:
    """Give every loaded aliased module its ``streamlit`` name.

    Python words its own errors with a module's name ("module 'streamlit.column_config' has no
    attribute ...", "cannot import name ... from 'streamlit.errors'"): apps must see the name
    they imported, never the runtime's. Classes and functions keep their own ``__module__``.
    """
    for public, target in ALIASES.items():
        module = sys.modules.get(target)
        if module is not None and not module.__name__.startswith("streamlit"):
            module.__name__ = public


_FINDER = _StreamlitFinder()


def install_streamlit_alias() -> None:
    """Idempotent. Replaces a real Streamlit if one was imported in this process (tests)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    for name in [n for n in sys.modules if n == "streamlit" or n.startswith("streamlit.")]:
        if name not in ALIASES or sys.modules[name] is not importlib.import_module(ALIASES[name]):
            del sys.modules[name]
