"""Which app files must never ship, and symlinks (issue 12: ``pages/secrets.toml`` and
``sub/.env`` shipped silently; ``ln -s /etc/passwd app/passwd`` shipped the file).

* Secrets files anywhere in the app folder are withheld like the top-level
  ``.streamlit/secrets.toml``: any ``secrets.toml``, any ``.env`` / ``.env.*``, anything in a
  nested ``.streamlit/`` folder. They are never copied; the build lists them.
* A symlink (file or folder) that resolves outside the app folder, or onto a withheld
  file, fails the build naming the link; it is never followed. Links inside the folder
  are fine (their target ships once, under the link's name for a file link).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from .errors import BuildError

SECRET_NAMES = {"secrets.toml"}
# Folders the app walk skips anyway (kept in step with app.EXCLUDED_DIRS).
_SKIPPED_DIRS = {"__pycache__", ".git", ".venv", "venv", "node_modules", ".mypy_cache", ".pytest_cache"}


def is_withheld(rel: str) -> bool:
    """True for a secrets file at any depth (``rel`` is posix, relative to the app folder)."""
    p = PurePosixPath(rel)
    name = p.name
    if name in SECRET_NAMES or name == ".env" or name.startswith(".env."):
        return True
    return ".streamlit" in p.parts[1:-1] or (".streamlit" in p.parts[:-1] and p.parts[0] != ".streamlit")


def check_links(root: Path, here: Path, names: list[str]) -> None:
    """BuildError for an entry of ``here`` that is a symlink leaving ``root`` (or onto a withheld
    file). ``root`` is resolved."""
    for name in names:
        link = here / name
        if not link.is_symlink():
            continue
        rel = link.relative_to(root).as_posix()
        try:
            target = Path(os.path.realpath(link))
            inside = target.relative_to(root).as_posix()
        except (ValueError, OSError):
            raise BuildError(f"{rel} is a symbolic link to a file outside the app folder "
                             f"({os.readlink(link)}); the build never follows such links — copy the file "
                             "into the app folder if it should ship, or remove the link") from None
        if is_withheld(inside) or inside == ".streamlit/secrets.toml":
            raise BuildError(f"{rel} is a symbolic link to {inside}, a secrets file that never ships; remove the link")


def withheld_files(root: Path) -> list[str]:
    """Secrets files of the app folder (posix paths), for the build's notes."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIPPED_DIRS)
        for name in filenames:
            rel = (here / name).relative_to(root).as_posix()
            if is_withheld(rel):
                out.append(rel)
    return sorted(out)
