"""Build tooling for wasmlit: asset sources and verification, site planning, emit, dev server.

CPython only (3.12). Nothing in this package is shipped to the browser: the
runtime archive built by :mod:`wasmlit.build.site` excludes ``wasmlit/build``.
Keep this module light; the runtime may import :data:`PYODIDE_VERSION` from
:mod:`wasmlit.build.versions`.
"""

from .versions import PYODIDE_VERSION

__all__ = ["PYODIDE_VERSION"]
