"""The user's app: which files ship, which Pyodide packages it needs.

APP is either a single ``.py`` file (only that file ships; it stays ``main``) or a
folder with ``app.py`` plus its data files (everything ships except the
exclusions below). ``.streamlit/secrets.toml`` is never shipped, and the build
fails if one of its values appears in a shipped file.
"""

from __future__ import annotations

import ast
import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .app_files import check_links, is_withheld
from .errors import BuildError, UsageError
from .lock import Lock, normalize

MAIN_FILE = "app.py"
SECRETS = ".streamlit/secrets.toml"
APP_LOCK = "wasmlit.lock"  # build/app_lock.py: a build input, not an app file
EXCLUDED_DIRS = {"__pycache__", ".git", ".venv", "venv", "node_modules", ".mypy_cache", ".pytest_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo"}
# Import names that the runtime provides or that must never pull a package.
PROVIDED_IMPORTS = {"streamlit", "wasmlit", "js", "pyodide", "pyodide_js", "_pyodide"}
# Requirements we satisfy ourselves (the runtime replaces them).
PROVIDED_REQUIREMENTS = {"streamlit", "wasmlit"}
# Secret values shorter than this are too likely to appear by chance (e.g. "true", a port).
SITE_MARKER = "wasmlit/manifest.json"  # a previous build output


@dataclass
class App:
    root: Path  # folder holding the app files
    main: str  # path of the main script, relative to root, posix
    title: str
    files: list[str] = field(default_factory=list)  # relative posix paths, sorted
    single_file: bool = False

    @property
    def app_id(self) -> str:
        """Stable across machines and rebuilds: folder name (or file stem) + main path."""
        return hashlib.sha256(f"{self.title}/{self.main}".encode()).hexdigest()[:16]

    def path(self, rel: str) -> Path:
        return self.root / rel

    def rescan(self) -> "App":
        """The same app, files listed again (dev server, after a change)."""
        return load_app(self.root / self.main if self.single_file else self.root)


def load_app(path: str | Path) -> App:
    """Locate the app and list its files. Raises UsageError for a bad path."""
    p = Path(path).expanduser()
    if not p.exists():
        raise UsageError(f"app not found: {path}")
    p = p.resolve()
    if p.is_file():
        if p.suffix != ".py":
            raise UsageError(f"app must be a .py file or a folder with {MAIN_FILE}: {path}")
        from .pages import page_files

        # A multipage app in one .py file also ships its pages (pages/ and st.Page("x.py") files).
        files = sorted([p.name, *page_files(p.parent, p.name)])
        for rel in files:  # app_files: a page that is a link out of the folder is refused too
            check_links(p.parent, (p.parent / rel).parent, [Path(rel).name])
        return App(root=p.parent, main=p.name, title=p.stem, files=files, single_file=True)
    if not (p / MAIN_FILE).is_file():
        raise UsageError(f"folder {path} has no {MAIN_FILE}")
    return App(root=p, main=MAIN_FILE, title=p.name, files=list_files(p))


def list_files(root: Path) -> list[str]:
    """Shipped files, relative posix paths, sorted.

    Skipped: ``.streamlit/secrets.toml``; ``__pycache__``, ``.git``, ``.venv``/``venv``,
    ``node_modules``; hidden folders other than the top ``.streamlit``; hidden files
    (``.env`` and friends often hold credentials); ``*.pyc``; and any folder that is
    itself a built wasmlit site (an old ``--out`` inside the app folder).
    """
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        depth = len(here.relative_to(root).parts)
        dirnames[:] = sorted(
            d for d in dirnames
            if not _excluded_dir(d, depth) and not (here / d / SITE_MARKER).is_file()
        )
        check_links(root, here, dirnames)  # app_files: never follow a link out of the folder
        for name in filenames:
            f = here / name
            rel = f.relative_to(root).as_posix()
            if name.startswith(".") or f.suffix in EXCLUDED_SUFFIXES or rel in (SECRETS, APP_LOCK) \
                    or is_withheld(rel):  # secrets.toml / .env at any depth
                continue
            check_links(root, here, [name])
            if f.is_file():
                out.append(rel)
    return sorted(out)


def _excluded_dir(name: str, depth: int) -> bool:
    if name in EXCLUDED_DIRS:
        return True
    if name.startswith("."):
        return not (name == ".streamlit" and depth == 0)
    return False


def watch_key(app: App) -> tuple:
    """Cheap change detector for the dev server: (file, mtime_ns, size) of every shipped file."""
    names = app.rescan().files if app.single_file else list_files(app.root)
    key = []
    for rel in names:
        try:
            st = (app.root / rel).stat()
        except OSError:
            continue
        key.append((rel, st.st_mtime_ns, st.st_size))
    return tuple(key)


# ------------------------------------------------------------------ packages


@dataclass
class Needs:
    packages: list[str]  # requested lock keys (before closure), sorted
    warnings: list[str]
    # requirements.txt lines (lock and PyPI names) and every import, for build/pypi_packages.py
    requirements: list = field(default_factory=list)
    imports: list = field(default_factory=list)
    local: set[str] = field(default_factory=set)


def scan_imports(source: str, filename: str = "<app>") -> set[str]:
    """Top-level names of absolute imports in ``source``. SyntaxError propagates."""
    tree = ast.parse(source, filename=filename)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def local_modules(app: App) -> set[str]:
    mods = set()
    for rel in app.files:
        first = rel.split("/")[0]
        if first.endswith(".py"):
            mods.add(first[:-3])
        elif "/" in rel:
            mods.add(first)
    return mods


def imports_to_packages(names: set[str], lock: Lock, local: set[str] = frozenset()) -> tuple[set[str], set[str]]:
    """(lock keys, unknown third-party names). The lock wins over stdlib (sqlite3, ssl, lzma…)."""
    found: set[str] = set()
    unknown: set[str] = set()
    for name in names:
        if name in PROVIDED_IMPORTS or name in local:
            continue
        key = lock.package_for_import(name)
        if key:
            found.add(key)
        elif name not in sys.stdlib_module_names and name != "__future__":
            unknown.add(name)
    return found, unknown


def parse_requirements(text: str, lock: Lock, where: str = "requirements.txt") -> tuple[set[str], list[str]]:
    """(lock keys, warnings) for the names the Pyodide lock has. Names it lacks are left to
    the PyPI resolver (``pypi_packages``); a line that cannot be vendored is a BuildError."""
    import tempfile

    from .requirements_txt import read_requirements

    warnings: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / where
        f.write_text(text, encoding="utf-8")
        lines = read_requirements(f, Path(tmp), warnings)
    keys: set[str] = set()
    for r in lines:
        key = lock.find(r.requirement.name)
        if key is None or normalize(r.requirement.name) in PROVIDED_REQUIREMENTS:
            continue
        keys.add(key)
        version = lock.packages[key]["version"]
        if r.requirement.specifier and not _spec_allows(str(r.requirement.specifier), version):
            warnings.append(f"{r.where}: {r.requirement.name}{r.requirement.specifier} — Pyodide ships {key} {version}; using that")
    return keys, warnings


def _spec_allows(spec: str, version: str) -> bool:
    try:
        from packaging.specifiers import SpecifierSet

        return SpecifierSet(spec).contains(version, prereleases=True)
    except Exception:  # packaging missing or odd spec: don't block the build
        return True


def app_needs(app: App, lock: Lock) -> Needs:
    """Lock packages the app's imports and requirements name; PyPI names and the import
    sites are passed on (``Needs.requirements``/``imports``) for the PyPI resolver."""
    from .imports_scan import import_sites
    from .requirements_txt import read_requirements

    keys: set[str] = set()
    warnings: list[str] = []
    local = local_modules(app)
    sites = []
    for rel in app.files:
        if not rel.endswith(".py"):
            continue
        try:
            found = import_sites(app.path(rel).read_text(encoding="utf-8", errors="replace"), rel)
        except SyntaxError as e:
            warnings.append(f"{rel}:{e.lineno}: syntax error, imports not scanned ({e.msg})")
            continue
        sites += found
        keys |= imports_to_packages({s.name for s in found}, lock, local)[0]
    reqs = []
    req = app.root / "requirements.txt"
    if "requirements.txt" in app.files and req.is_file():
        reqs = read_requirements(req, app.root, warnings)
    return Needs(sorted(keys), warnings, reqs, sites, local | PROVIDED_IMPORTS)
