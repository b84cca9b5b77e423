"""A package index (PyPI by default) as the build sees it: which files a project has.

Reads the Simple Repository API — JSON (PEP 691) when the index speaks it, HTML (PEP 503)
otherwise — from ``$PIP_INDEX_URL`` or ``https://pypi.org/simple/``. Only the listing
comes from here; files are fetched by :class:`UrlSource` into the asset store, which
checks the sha256 the index published.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import Version

from .pyodide_assets import SourceFailed

DEFAULT_INDEX = "https://pypi.org/simple/"
TIMEOUT = float(os.environ.get("WASMLIT_PYPI_TIMEOUT") or 20)
#: The Python that runs in the browser (Pyodide 0.27.7).
PYTHON = Version("3.12.7")
_JSON = "application/vnd.pypi.simple.v1+json"


class IndexUnreachable(Exception):
    """The index could not be asked at all (network down, dead port): not the package's fault."""


@dataclass(frozen=True)
class IndexFile:
    filename: str
    url: str
    sha256: str | None
    requires_python: str | None
    yanked: bool

    @property
    def is_wheel(self) -> bool:
        return self.filename.endswith(".whl")

    def version(self) -> Version | None:
        if self.is_wheel:
            try:
                return parse_wheel_filename(self.filename)[1]
            except InvalidWheelFilename:
                return None
        return None

    def pure(self) -> bool:
        """A wheel any Python 3 can use: py3 (or py312/py2.py3…) - none - any."""
        try:
            _, _, _, tags = parse_wheel_filename(self.filename)
        except InvalidWheelFilename:
            return False
        return any(t.abi == "none" and t.platform == "any" and _python_ok(t.interpreter) for t in tags)

    def python_ok(self) -> bool:
        if not self.requires_python:
            return True
        try:
            return SpecifierSet(self.requires_python).contains(PYTHON, prereleases=True)
        except InvalidSpecifier:
            return True  # an index typo must not hide an otherwise fine wheel


def _python_ok(interpreter: str) -> bool:
    if interpreter in ("py3", "py312", "cp312", "py2.py3"):
        return True
    m = re.fullmatch(r"py3(\d+)", interpreter)
    return bool(m) and int(m.group(1)) <= 12


def index_url() -> str:
    url = os.environ.get("WASMLIT_PYPI_INDEX") or os.environ.get("PIP_INDEX_URL") or DEFAULT_INDEX
    return url if url.endswith("/") else url + "/"


class Index:
    def __init__(self, url: str | None = None):
        self.url = url or index_url()
        self._cache: dict[str, list[IndexFile] | None] = {}

    def files(self, name: str) -> list[IndexFile] | None:
        """The project's files, or None when the index has no such project."""
        key = canonicalize_name(name)
        if key not in self._cache:
            self._cache[key] = self._fetch(key)
        return self._cache[key]

    def _fetch(self, key: str) -> list[IndexFile] | None:
        page = urllib.parse.urljoin(self.url, f"{key}/")
        req = urllib.request.Request(page, headers={"Accept": f"{_JSON}, text/html;q=0.1"})
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                body, ctype, final = resp.read(), resp.headers.get("Content-Type", ""), resp.geturl()
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return None
            raise IndexUnreachable(f"{page}: HTTP {e.code}") from None
        except (urllib.error.URLError, OSError) as e:
            raise IndexUnreachable(f"{page}: {getattr(e, 'reason', e)}") from None
        if "json" in ctype:
            return [_from_json(f, final) for f in json.loads(body).get("files", [])]
        return _from_html(body.decode("utf-8", "replace"), final)


def _sha(hashes: dict | None, url: str) -> str | None:
    if hashes and hashes.get("sha256"):
        return hashes["sha256"]
    frag = urllib.parse.urlparse(url).fragment
    return frag[len("sha256="):] if frag.startswith("sha256=") else None


def _from_json(f: dict, base: str) -> IndexFile:
    url = urllib.parse.urljoin(base, f["url"])
    return IndexFile(f["filename"], url.split("#")[0], _sha(f.get("hashes"), f["url"]),
                     f.get("requires-python"), bool(f.get("yanked")))


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[dict, str]] = []
        self._attrs: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._attrs, self._text = dict(attrs), ""

    def handle_data(self, data):
        if self._attrs is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._attrs is not None:
            self.found.append((self._attrs, self._text.strip()))
            self._attrs = None


def _from_html(text: str, base: str) -> list[IndexFile]:
    parser = _Anchors()
    parser.feed(text)
    out = []
    for attrs, label in parser.found:
        href = attrs.get("href") or ""
        url = urllib.parse.urljoin(base, href)
        out.append(IndexFile(label or url.rsplit("/", 1)[-1].split("#")[0], url.split("#")[0], _sha(None, href),
                             attrs.get("data-requires-python"), "data-yanked" in attrs))
    return out


class UrlSource:
    """One file from the index (the store checks its sha256)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.name = f"the package index ({urllib.parse.urlparse(url).netloc})"

    def fetch(self, file_name: str, dest: Path) -> None:
        try:
            with urllib.request.urlopen(self.url, timeout=max(TIMEOUT, 60)) as resp, open(dest, "wb") as out:
                while chunk := resp.read(1 << 20):
                    out.write(chunk)
        except (urllib.error.URLError, OSError) as e:
            raise SourceFailed(str(getattr(e, "reason", e))) from None
