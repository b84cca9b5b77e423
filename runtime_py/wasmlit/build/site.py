"""Plan and emit the static site for one app.

Layout of the output folder::

    index.html, wasmlit-page.js, ...   copy of web/dist/ (title replaced)
    pyodide/                           core files, pruned lock, package files
    wasmlit/runtime.zip                root: wasmlit/ (no build/, testing/, endpoint/)
    wasmlit/app.zip                    root: the app folder's contents
    wasmlit/manifest.json              read by the worker (keys: see ``manifest()``)

:class:`Site` keeps what a dev server needs to rebuild only ``app.zip`` and the
manifest after a change.
"""

from __future__ import annotations

import html
import json
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import extra_wheels, lock_fallback, pypi_packages
from .app import App, app_needs, load_app
from .archive import make_zip, versioned
from .errors import BuildError, UsageError
from .lock import Lock
from .pyodide_assets import CORE_FILES, LOCK_FILE, PyodideAssets, repo_root
from .versions import MANIFEST_PROTOCOL, PYODIDE_VERSION, wasmlit_version

Log = Callable[[str], None]

#: Lock packages the runtime itself always needs in the browser (none so far:
#: the counter app must not load numpy or pandas).
RUNTIME_PACKAGES: tuple[str, ...] = ()

RUNTIME_EXCLUDE = {"build", "testing", "endpoint"}
#: Where the worker unpacks runtime.zip, and the Python of Pyodide 0.27.7.
BROWSER_SITE_PACKAGES = "/lib/python3.12/site-packages"
PYODIDE_PYTHON = (3, 12)
PYODIDE_DIR = "pyodide"
WASMLIT_DIR = "wasmlit"
MANIFEST = f"{WASMLIT_DIR}/manifest.json"
SITE_MARKER = MANIFEST  # a folder holding this is a previous build and may be replaced


def _quiet(_msg: str) -> None:
    pass


# ------------------------------------------------------------------ web/dist


def find_web_dist(log: Log = _quiet) -> Path:
    """``$WASMLIT_WEB_DIST`` or ``web/dist``; builds it with npm when missing."""
    env = os.environ.get("WASMLIT_WEB_DIST")
    if env:
        dist = Path(env)
        if not (dist / "index.html").is_file():
            raise BuildError(f"WASMLIT_WEB_DIST={env} has no index.html")
        return dist
    web = repo_root() / "web"
    dist = web / "dist"
    if (dist / "index.html").is_file():
        return dist
    npm = shutil.which("npm")
    if not (web / "package.json").is_file() or not npm:
        raise BuildError("web/dist is missing; run `make web` first")
    log("web/dist missing: building the page (npm)")
    steps = [["run", "build"]]
    if not (web / "node_modules").is_dir():
        steps.insert(0, ["ci"] if (web / "package-lock.json").is_file() else ["install"])
    for args in steps:
        proc = subprocess.run([npm, *args], cwd=web, capture_output=True, text=True)
        if proc.returncode != 0:
            lines = [ln.strip() for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
            why = next((ln for ln in lines if "error" in ln.lower()), lines[-1] if lines else "?")
            raise BuildError(f"`npm {' '.join(args)}` in web/ failed ({why[:200]}); run `make web` to see why")
    if not (dist / "index.html").is_file():
        raise BuildError("`npm run build` did not produce web/dist/index.html; run `make web`")
    return dist


# ------------------------------------------------------------------ runtime


def runtime_members() -> list[tuple[str, bytes]]:
    pkg = Path(__file__).resolve().parents[1]  # runtime_py/wasmlit
    out = []
    for f in pkg.rglob("*"):
        rel = f.relative_to(pkg)
        if not f.is_file() or f.suffix in {".pyc", ".pyo"}:
            continue
        if rel.parts[0] in RUNTIME_EXCLUDE or "__pycache__" in rel.parts:
            continue
        if any(p.startswith(".") for p in rel.parts):
            continue
        out.append((f"wasmlit/{rel.as_posix()}", f.read_bytes()))
        if f.suffix == ".py":
            out.extend(_bytecode_member(f, rel))
    return out


def _bytecode_member(source: Path, rel: Path) -> list[tuple[str, bytes]]:
    """Precompiled bytecode next to each module, so the worker does not compile the runtime at boot.

    Unchecked-hash pycs are never compared with the source's mtime (the zip's times are
    fixed anyway). Only a 3.12 build can write them: Pyodide 0.27.7 runs Python 3.12.
    """
    if sys.version_info[:2] != PYODIDE_PYTHON:
        return []
    browser_path = f"{BROWSER_SITE_PACKAGES}/wasmlit/{rel.as_posix()}"
    pyc_rel = rel.parent / "__pycache__" / f"{rel.stem}.{sys.implementation.cache_tag}.pyc"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out.pyc"
        py_compile.compile(str(source), cfile=str(target), dfile=browser_path, doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        return [(f"wasmlit/{pyc_rel.as_posix()}", target.read_bytes())]


# ------------------------------------------------------------------ site


@dataclass
class BuildResult:
    out: Path
    manifest: dict
    packages: list[str]
    warnings: list[str] = field(default_factory=list)
    downloaded: list[str] = field(default_factory=list)

    def files(self) -> list[tuple[str, int]]:
        return sorted(
            (p.relative_to(self.out).as_posix(), p.stat().st_size)
            for p in self.out.rglob("*") if p.is_file()
        )


class Site:
    def __init__(self, app_path: str | Path, out: str | Path, *, assets: PyodideAssets | None = None,
                 web_dist: Path | None = None, dev_events: str | None = None, log: Log = _quiet,
                 force: bool = False, endpoint_url: str | None = None, upgrade: bool = False,
                 prerender: bool = True):
        self.app: App = load_app(app_path)
        self.prerender = prerender  # embed the first run in index.html (prerender.py)
        self.prerender_note: str | None = None
        # st.connection: where the browser sends queries, and what the build found (queries.py)
        self.endpoint_url = endpoint_url
        self.scan = None
        self.on_queries: Callable[[object], None] | None = None  # dev server: refresh the endpoint
        self.out = Path(out).expanduser().resolve()
        self.assets = assets
        self.web_dist = web_dist
        self.dev_events = dev_events
        self.log = log
        self.force = force
        self.lock: Lock | None = None
        self.packages: list[str] = []
        self.warnings: list[str] = []
        # Wheels resolved from the package index (pypi_packages.py), pinned in the app's wasmlit.lock
        self.upgrade = upgrade
        self.pypi: list = []
        self.pypi_files: dict[str, Path] = {}
        self.fallbacks: list = []  # lock_fallback.py: same-version PyPI wheels standing in for lock files
        self._resolution = None
        self._urls: dict[str, str] = {}

    # -------------------------------------------------------------- public

    def build(self) -> BuildResult:
        self._check_out()
        self.assets = self.assets or PyodideAssets(log=self.log)
        web = self.web_dist or find_web_dist(self.log)
        self.lock = Lock(self.assets.lock())
        app_zip, needs = self._app_zip()  # fail on user errors before touching the output
        self.packages = self._package_list(needs)
        self.log("verifying Pyodide core files")
        core = self.assets.core()
        if self.packages:
            self.log(f"packages: {', '.join(self.packages)}")
        official, extra = extra_wheels.split(self._lock_packages(self.packages))
        pkg_files = {**self._official_files(official), **extra_wheels.files(extra, self.assets.store),
                     **self.pypi_files}

        self._clear_out()
        shutil.copytree(web, self.out, dirs_exist_ok=True)
        self._set_title()
        self._prerender()
        pyo = self.out / PYODIDE_DIR
        pyo.mkdir(parents=True, exist_ok=True)
        for name in CORE_FILES:
            if name != LOCK_FILE:
                shutil.copyfile(core[name], pyo / name)
        for name, path in pkg_files.items():
            shutil.copyfile(path, pyo / name)
        self._write_lock()
        self._write(f"{WASMLIT_DIR}/runtime.zip", make_zip(runtime_members()))
        self._write(f"{WASMLIT_DIR}/app.zip", app_zip)
        manifest = self._write_manifest()
        self._check_site_secrets(pkg_files)
        return BuildResult(self.out, manifest, self.packages, list(self.warnings),
                           list(self.assets.store.downloaded))

    def rebuild_app(self) -> bool:
        """Re-zip the app and rewrite the manifest. Returns True if the package set changed
        (new package files are then fetched and the lock rewritten too)."""
        assert self.lock is not None and self.assets is not None, "build() first"
        self.app = self.app.rescan()
        app_zip, needs = self._app_zip()
        packages = self._package_list(needs)
        changed = packages != self.packages
        if changed:
            official, extra = extra_wheels.split(self._lock_packages(packages))
            new_files = {**self._official_files(official), **extra_wheels.files(extra, self.assets.store),
                         **self.pypi_files}
            for name, path in new_files.items():
                dest = self.out / PYODIDE_DIR / name
                if not dest.exists():
                    shutil.copyfile(path, dest)
            self.packages = packages
            self._write_lock()
        self._write(f"{WASMLIT_DIR}/app.zip", app_zip)
        self._write_manifest()
        return changed

    # -------------------------------------------------------------- steps

    def _package_list(self, needs) -> list[str]:
        """Lock keys (closure) then the PyPI packages, whose entries _write_lock adds to the site's lock."""
        pypi = sorted(p.name for p in self.pypi)
        return self.lock.closure([*RUNTIME_PACKAGES, *needs.packages]) + pypi

    def _lock_packages(self, packages: list[str]) -> list[str]:
        pypi = {p.name for p in self.pypi}
        return [p for p in packages if p not in pypi]

    def _official_files(self, official: list[str]) -> dict[str, Path]:
        """The lock's files; a pure-Python one nobody serves here comes from PyPI at the same version."""
        res = self._resolution
        files, self.fallbacks, notes = lock_fallback.package_files(
            self.assets, official, self.lock, pypi_packages.wheel_store(self.log), res.fallbacks if res else {})
        self.warnings += notes
        if res is not None:
            pypi_packages.save(res, self.fallbacks)
        return files

    def _resolve_pypi(self, needs) -> None:
        """Names the Pyodide lock lacks come from the package index (pinned in wasmlit.lock)."""
        res = pypi_packages.resolve(self.app.root, self.lock, needs.requirements, needs.imports,
                                    upgrade=self.upgrade, log=self.log)
        pypi_packages.check_imports(needs.imports, self.lock, res.pinned, needs.local, set())
        needs.packages = sorted(set(needs.packages) | res.lock_keys)
        self.warnings += res.warnings
        self.pypi, self.pypi_files = res.pinned, res.files
        self._resolution = res

    def _check_out(self) -> None:
        out, root = self.out, self.app.root
        if out == root or out in root.parents:
            raise UsageError(f"output folder {out} would contain or overwrite the app itself")
        if out.exists() and not out.is_dir():
            raise UsageError(f"output {out} exists and is not a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / SITE_MARKER).is_file() and not self.force:
            raise UsageError(f"output folder {out} is not empty and is not a wasmlit site (use --force)")

    def _clear_out(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        for child in self.out.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()

    def _set_title(self) -> None:
        index = self.out / "index.html"
        if index.is_file():
            text = index.read_text(encoding="utf-8")
            index.write_text(text.replace("<title>wasmlit</title>", f"<title>{html.escape(self.app.title)}</title>", 1),
                             encoding="utf-8")

    def _prerender(self) -> None:
        """The first run, painted before the worker is up (prerender.py); a note either way."""
        # The dev server rebuilds only app.zip on a change: a prerender would go stale.
        if not self.prerender or self.dev_events:
            return
        from . import prerender

        if self.scan is not None and self.scan.uses_connection:
            self.warnings.append("no prerender: the app uses st.connection")
            return
        self.log("prerendering the first run")
        result = prerender.run_first(self.app.root, self.app.main)
        self.prerender_note = result.note
        if result.messages is None:
            self.warnings.append(result.note)
            return
        index = self.out / "index.html"
        index.write_text(prerender.embed(index.read_text(encoding="utf-8"), result.messages), encoding="utf-8")
        self.log(result.note)

    def _app_zip(self):
        app = self.app
        if app.root in self.out.parents:  # e.g. `build my_app --out my_app/dist`: don't ship old builds
            app.files = [f for f in app.files if self.out not in app.path(f).parents]
        from . import queries

        secrets = queries.local_secrets(app)
        keep_out = queries.sqlite_files(app, secrets)  # database files stay on the endpoint
        files = [f for f in app.files if f not in keep_out]
        blobs = {rel: app.path(rel).read_bytes() for rel in files}
        # Refuse before anything is written; _check_site_secrets covers every output file later.
        matcher = queries.SecretMatcher(queries.secret_values_for_scan(secrets))
        for rel, data in blobs.items():
            matcher.check(rel, data)
        needs = app_needs(app, self.lock)
        self.warnings = needs.warnings
        self._resolve_pypi(needs)
        self.scan = scan = queries.scan_app(app, secrets)
        needs.packages = sorted(set(needs.packages) | queries.browser_packages(app, scan, self.lock))
        self.warnings += queries.build_notes(scan, keep_out)
        if scan.uses_connection:
            url = self.endpoint_url or queries.endpoint_url_from_config(app)
            if scan.queries and not url:
                raise BuildError(queries.NO_ENDPOINT_URL)
            blobs[queries.BROWSER_CONFIG] = json.dumps(queries.browser_config(scan, url), indent=1).encode()
        if self.on_queries is not None:
            self.on_queries(scan)
        return make_zip(blobs.items()), needs

    def _write(self, rel: str, data: bytes) -> None:
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        self._urls[rel] = versioned(rel, data)

    def _write_lock(self) -> None:
        pruned = extra_wheels.patch_lock(self.lock.pruned(self.packages))
        pruned["packages"].update({p.name: pypi_packages.site_lock_entry(p) for p in self.pypi})
        lock_fallback.patch(pruned, self.fallbacks)
        data = json.dumps(pruned, indent=None,
                          separators=(",", ":")).encode()
        self._write(f"{PYODIDE_DIR}/{LOCK_FILE}", data)

    def manifest(self) -> dict:
        return {
            "protocol": MANIFEST_PROTOCOL,
            "wasmlit_version": wasmlit_version(),
            "app_id": self.app.app_id,
            "title": self.app.title,
            "main": self.app.main,
            "pyodide_version": PYODIDE_VERSION,
            "index_url": f"{PYODIDE_DIR}/",
            "lock_file": self._urls[f"{PYODIDE_DIR}/{LOCK_FILE}"],
            "packages": list(self.packages),
            "runtime_archive": self._urls[f"{WASMLIT_DIR}/runtime.zip"],
            "app_archive": self._urls[f"{WASMLIT_DIR}/app.zip"],
            "dev_events": self.dev_events,
        }

    def _write_manifest(self) -> dict:
        m = self.manifest()
        self._write(MANIFEST, (json.dumps(m, indent=2) + "\n").encode())
        return m


    def _check_site_secrets(self, verified: dict[str, Path]) -> None:
        """Fail if a value from secrets.toml is in ANY output file. Skipped: files whose sha256
        matched the official Pyodide lock/core table or a pinned extra wheel (byte-identical to
        the published ones, so they cannot hold the app's secrets). Zips are read member by member."""
        from .queries import local_secrets, scan_for_secrets, secret_values_for_scan

        skip = {f"{PYODIDE_DIR}/{n}" for n in [*CORE_FILES, *verified, *self.pypi_files] if n != LOCK_FILE}
        scan_for_secrets(self.out, secret_values_for_scan(local_secrets(self.app)), skip)


def build_site(app_path: str | Path, out: str | Path, **kw) -> BuildResult:
    return Site(app_path, out, **kw).build()
