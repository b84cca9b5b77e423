"""Packages that are not in the Pyodide lock: resolved from the package index at build time.

micropip's rule, applied by the build: a name the Pyodide 0.27.7 lock provides always
comes from the lock (its build is the one that runs in the browser); anything else must
be a pure-Python wheel (``py3-none-any``) whose ``Requires-Python`` admits 3.12. The
resolver is greedy like micropip's (highest fitting version, no backtracking), prefers
versions already pinned in ``wasmlit.lock``, and checks every file against the sha256
the index publishes. The chosen wheels become extra entries in the site's pruned Pyodide
lock, so the worker installs them with ``loadPackage`` from the site itself, offline.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from . import app_lock
from .app_lock import AppLock, Pinned
from .errors import BuildError
from .imports_scan import ImportSite
from .lock import Lock
from .pyodide_assets import AssetStore, cache_root
from .pypi_index import Index, IndexFile, IndexUnreachable, UrlSource
from .requirements_txt import ReqLine
from .versions import PYODIDE_VERSION
from .wheel_meta import marker_ok, read_wheel

Log = Callable[[str], None]
PROVIDED = {"streamlit", "wasmlit"}  # the runtime replaces them


@dataclass
class Resolution:
    lock_keys: set[str]  # Pyodide-lock packages the PyPI packages need
    pinned: list[Pinned]
    files: dict[str, Path]  # wheel file name -> verified path in the asset cache
    warnings: list[str] = field(default_factory=list)
    # for save(): the lock file, what it was resolved for, and its same-version stand-ins (lock_fallback.py)
    path: Path | None = None
    inputs: list[str] = field(default_factory=list)
    index: str = ""
    fallbacks: dict[str, Pinned] = field(default_factory=dict)
    changed: bool = False  # resolved now (not reused): the lock file must be written
    existed: bool = False


def wheel_store(log: Log) -> AssetStore:
    return AssetStore(cache_root() / "pypi", [], log)


def requirement_key(req: Requirement) -> str:
    extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
    marker = f"; {req.marker}" if req.marker else ""
    return f"{canonicalize_name(req.name)}{extras}{req.specifier}{marker}"


class Resolver:
    def __init__(self, lock: Lock, index: Index, store: AssetStore, importers: dict[str, list[str]],
                 prefer: dict[str, str], log: Log):
        self.lock, self.index, self.store, self.log = lock, index, store, log
        self.importers = importers  # import name -> ["app.py:3", ...]
        self.prefer = prefer
        self.chosen: dict[str, tuple[Pinned, list[Requirement], set[str]]] = {}
        self.lock_keys: set[str] = set()
        self.warnings: list[str] = []

    def run(self, reqs: list[ReqLine]) -> list[Pinned]:
        queue = deque((r.requirement, r.where) for r in reqs)
        while queue:
            req, origin = queue.popleft()
            name = canonicalize_name(req.name)
            if name in PROVIDED:
                continue
            key = self.lock.find(name)
            if key is not None:
                self._from_lock(key, req, origin)
                continue
            if name in self.chosen:
                queue.extend(self._again(name, req, origin))
                continue
            pin, deps = self._pick(name, req, origin)
            self.chosen[name] = (pin, deps, set(req.extras))
            wanted = [d for d in deps if marker_ok(d.marker, req.extras)]
            pin.depends = sorted({self.lock.find(d.name) or canonicalize_name(d.name) for d in wanted} - PROVIDED)
            queue.extend((d, f"{pin.name} {pin.version}") for d in wanted)
        return [c[0] for c in self.chosen.values()]

    def _from_lock(self, key: str, req: Requirement, origin: str) -> None:
        self.lock_keys.add(key)
        version = self.lock.packages[key]["version"]
        if req.specifier and not req.specifier.contains(version, prereleases=True):
            self.warnings.append(f"{origin}: {req.name}{req.specifier} — Pyodide {PYODIDE_VERSION} ships "
                                 f"{key} {version}; using that")

    def _again(self, name: str, req: Requirement, origin: str) -> list[tuple[Requirement, str]]:
        pin, deps, extras = self.chosen[name]
        if req.specifier and not req.specifier.contains(pin.version, prereleases=True):
            raise BuildError(f"{origin} needs {name}{req.specifier}, but {name} {pin.version} was already chosen "
                             "for another requirement; pin a version both accept in requirements.txt")
        new = set(req.extras) - extras
        if not new:
            return []
        extras |= new
        more = [d for d in deps if marker_ok(d.marker, new) and not marker_ok(d.marker)]
        pin.depends = sorted(set(pin.depends) | {self.lock.find(d.name) or canonicalize_name(d.name) for d in more})
        return [(d, f"{pin.name}[{','.join(sorted(new))}]") for d in more]

    def _pick(self, name: str, req: Requirement, origin: str) -> tuple[Pinned, list[Requirement]]:
        try:
            files = self.index.files(name)
        except IndexUnreachable as e:
            raise BuildError(f"cannot reach the package index to resolve {name!r} ({origin}): {e}. With network once, "
                             f"the build pins what it resolved in {app_lock.LOCK_NAME} and later builds work offline") from None
        if files is None:
            raise BuildError(f"{origin}: package {req.name!r} is not in the Pyodide {PYODIDE_VERSION} lock and not on "
                             f"the package index ({self.index.url}){self._imported_at(name)}")
        best = self._best(name, req, files)
        if best is None:
            raise BuildError(self._why_not(name, req, files, origin))
        self.log(f"fetching {best.filename}")
        path = self.store.get(best.filename, best.sha256, [UrlSource(best.url)])
        deps, imports = read_wheel(path)
        pin = Pinned(name=name, version=str(best.version()), file=best.filename, sha256=best.sha256,
                     url=best.url, imports=imports)
        return pin, deps

    def _best(self, name: str, req: Requirement, files: list[IndexFile]) -> IndexFile | None:
        usable = [f for f in files if f.is_wheel and f.sha256 and f.pure() and f.python_ok() and f.version()]
        fresh = [f for f in usable if not f.yanked] or usable  # yanked files only when nothing else fits
        versions = set(req.specifier.filter({f.version() for f in fresh}))
        if not versions:
            return None
        pinned = self.prefer.get(name)
        choice = Version(pinned) if pinned and Version(pinned) in versions else max(versions)
        return sorted((f for f in fresh if f.version() == choice), key=lambda f: ("none-any" not in f.filename, f.filename))[0]

    def _why_not(self, name: str, req: Requirement, files: list[IndexFile], origin: str) -> str:
        where = f"{origin}: {req.name}{req.specifier}"
        at = self._imported_at(name)
        wheels = [f for f in files if f.is_wheel and f.version() and req.specifier.contains(f.version(), prereleases=True)]
        native = [f for f in wheels if not f.pure()]
        if native and not any(f.pure() for f in wheels):
            return (f"{where} has native code (only platform-specific wheels such as {native[-1].filename}) and "
                    f"Pyodide {PYODIDE_VERSION} has no build of it, so it cannot run in the browser{at}. Remove it or "
                    "use a pure-Python alternative")
        if wheels:
            needs = sorted({f.requires_python or "?" for f in wheels if f.pure()})
            return f"{where}: its pure-Python wheels need Python {', '.join(needs)}; the browser runs 3.12{at}"
        if any(not f.is_wheel for f in files):
            return (f"{where} publishes no wheel for the requested versions (source archives only), which a static "
                    f"site cannot build{at}")
        return f"{where}: no version on the package index matches{at}"

    def _imported_at(self, name: str) -> str:
        guesses = {name.replace("-", "_"), name.removeprefix("python-").replace("-", "_"), name.replace("-", "")}
        sites = sorted({w for g in guesses for w in self.importers.get(g, [])})
        return f" (imported at {', '.join(sites)})" if sites else ""


def resolve(app_root: Path, lock: Lock, reqs: list[ReqLine], sites: list[ImportSite], *, upgrade: bool = False,
            index: Index | None = None, store: AssetStore | None = None, log: Log = lambda _m: None) -> Resolution:
    """Resolve the requirements the Pyodide lock lacks, pin them in wasmlit.lock, fetch their wheels."""
    store = store or wheel_store(log)
    reqs = [r for r in reqs if marker_ok(r.requirement.marker)]
    pypi = [r for r in reqs if canonicalize_name(r.requirement.name) not in PROVIDED
            and lock.find(r.requirement.name) is None]
    inputs = sorted({requirement_key(r.requirement) for r in pypi})
    path = app_lock.lock_path(app_root)
    old = app_lock.read(path)
    importers: dict[str, list[str]] = {}
    for s in sites:
        importers.setdefault(s.name, []).append(s.where)
    resolver = Resolver(lock, index or Index(), store, importers,
                        {} if upgrade or old is None else old.versions(), log)
    reuse = old is not None and old.fits(inputs) and not upgrade
    fallbacks = {p.name: p for p in old.packages if p.source != "pypi"} if old and not upgrade else {}
    if reuse:
        pinned = [p for p in old.packages if p.source == "pypi"]
        files = _files(pinned, store)
    else:
        pinned = resolver.run(pypi) if pypi else []
        files = _files(pinned, store)
    lock_keys = {d for p in pinned for d in p.depends if d in lock.packages}
    lock_keys |= {lock.find(r.requirement.name) for r in reqs if lock.find(r.requirement.name)}
    for r in reqs:  # lock names straight from requirements.txt: warn about a version Pyodide does not ship
        key = lock.find(r.requirement.name)
        if key:
            resolver._from_lock(key, r.requirement, r.where)
    return Resolution(lock_keys, pinned, files, resolver.warnings, path, inputs,
                      old.index if reuse else resolver.index.url, fallbacks, not reuse, old is not None)


def save(res: Resolution, fallbacks_used: list[Pinned]) -> None:
    """Write wasmlit.lock when something was resolved (or the stand-ins changed); never create an empty one."""
    if not (res.pinned or fallbacks_used or res.existed):
        return
    if res.changed or {p.name for p in fallbacks_used} != set(res.fallbacks):
        app_lock.write(res.path, AppLock(res.inputs, [*res.pinned, *fallbacks_used], index=res.index))


def check_imports(sites: list[ImportSite], lock: Lock, pinned: list[Pinned], local: set[str],
                  provided: set[str]) -> None:
    """Fail on a (non-optional) import that nothing provides: not stdlib, app-local, the lock or a pinned wheel."""
    import sys

    from_wheels = {m for p in pinned for m in p.imports}
    missing = [s for s in sites if not s.optional and s.name not in provided and s.name not in local
               and s.name != "__future__" and lock.package_for_import(s.name) is None
               and s.name not in from_wheels and s.name not in sys.stdlib_module_names]
    if not missing:
        return
    by_name: dict[str, list[str]] = {}
    for s in missing:
        by_name.setdefault(s.name, []).append(s.where)
    lines = [f"{', '.join(w)}: import {n!r}" for n, w in sorted(by_name.items())]
    raise BuildError(
        f"no package provides {', '.join(repr(n) for n in sorted(by_name))}: not in Python's standard library, "
        f"the app's own files or the Pyodide {PYODIDE_VERSION} lock, and not in requirements.txt ("
        + "; ".join(lines) + "). Add the distribution that provides it to requirements.txt (e.g. `"
        + sorted(by_name)[0].replace("_", "-") + "`), or guard the import with try/except ImportError")


def _files(pinned: list[Pinned], store: AssetStore) -> dict[str, Path]:
    """The pinned wheels, from the cache or (cold cache) their recorded URL; never the index listing."""
    return {p.file: store.get(p.file, p.sha256, [UrlSource(p.url)]) for p in pinned}


def site_lock_entry(pin: Pinned) -> dict:
    """The entry ``loadPackage`` reads from the site's pyodide-lock.json."""
    return {
        "name": pin.name, "version": pin.version, "file_name": pin.file, "install_dir": "site",
        "sha256": pin.sha256, "package_type": "package", "imports": list(pin.imports),
        "depends": list(pin.depends), "unvendored_tests": False,
    }
