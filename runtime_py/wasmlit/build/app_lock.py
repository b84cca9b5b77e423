"""``wasmlit.lock``: what the build resolved from the package index, pinned next to the app.

A later build whose PyPI requirements are unchanged installs exactly these files (by
sha256, from the asset cache or the recorded URL) without asking the index, so rebuilds
are reproducible and work offline once the cache is warm. ``build --upgrade`` (or a
changed requirement) resolves again; pins that still fit are kept unless upgrading.
JSON, sorted, one package per entry, so diffs stay readable.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import BuildError
from .versions import PYODIDE_VERSION

LOCK_NAME = "wasmlit.lock"
FORMAT = 1


@dataclass
class Pinned:
    name: str  # canonical distribution name; also its key in the site's Pyodide lock
    version: str
    file: str
    sha256: str
    url: str
    source: str = "pypi"
    depends: list[str] = field(default_factory=list)  # Pyodide-lock keys and other pinned names
    imports: list[str] = field(default_factory=list)  # top-level modules the wheel provides


@dataclass
class AppLock:
    inputs: list[str]  # the PyPI requirements it was resolved for (normalised, sorted)
    packages: list[Pinned]
    pyodide: str = PYODIDE_VERSION
    index: str = ""

    def fits(self, inputs: list[str]) -> bool:
        return self.pyodide == PYODIDE_VERSION and self.inputs == inputs

    def versions(self) -> dict[str, str]:
        return {p.name: p.version for p in self.packages}

    def to_json(self) -> str:
        data = {
            "wasmlit_lock": FORMAT,
            "comment": "Written by `build.py build`: packages resolved from the index. Rebuilds reuse it; "
                       "`build.py build --upgrade` resolves again.",
            "pyodide": self.pyodide,
            "index": self.index,
            "inputs": self.inputs,
            "packages": [asdict(p) for p in sorted(self.packages, key=lambda p: p.name)],
        }
        return json.dumps(data, indent=2) + "\n"


def lock_path(app_root: Path) -> Path:
    return app_root / LOCK_NAME


def read(path: Path) -> AppLock | None:
    """The lock at ``path``; None if there is none. A damaged lock is a BuildError."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("wasmlit_lock") != FORMAT:
            raise ValueError(f"unknown format {data.get('wasmlit_lock')!r}")
        pkgs = [Pinned(**{k: v for k, v in p.items() if k in Pinned.__dataclass_fields__}) for p in data["packages"]]
        return AppLock(list(data["inputs"]), pkgs, data.get("pyodide", ""), data.get("index", ""))
    except (ValueError, KeyError, TypeError) as e:
        raise BuildError(f"{path.name} is damaged ({e}); delete it or rebuild with --upgrade") from None


def write(path: Path, lock: AppLock) -> bool:
    """Write ``lock`` unless the file already says the same. True if it was written."""
    text = lock.to_json()
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True
