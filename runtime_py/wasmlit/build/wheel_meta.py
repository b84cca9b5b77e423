"""What a downloaded wheel says about itself: dependencies and top-level import names."""

from __future__ import annotations

import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import InvalidRequirement, Requirement

from .errors import BuildError

#: PEP 508 marker values of the browser's Python (Pyodide 0.27.7: CPython 3.12.7 on Emscripten).
PYODIDE_MARKERS = {
    "implementation_name": "cpython",
    "implementation_version": "3.12.7",
    "os_name": "posix",
    "platform_machine": "wasm32",
    "platform_python_implementation": "CPython",
    "platform_release": "3.1.58",
    "platform_system": "Emscripten",
    "platform_version": "#1",
    "python_full_version": "3.12.7",
    "python_version": "3.12",
    "sys_platform": "emscripten",
}


def marker_ok(marker: Marker | None, extras: set[str] = frozenset()) -> bool:
    if marker is None:
        return True
    if not extras:
        return marker.evaluate({**PYODIDE_MARKERS, "extra": ""})
    return any(marker.evaluate({**PYODIDE_MARKERS, "extra": e}) for e in extras)


def _dist_info(names: list[str]) -> str:
    dirs = {n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")}
    if len(dirs) != 1:
        raise ValueError(f"expected one .dist-info folder, found {sorted(dirs) or 'none'}")
    return dirs.pop()


def read_wheel(path: Path) -> tuple[list[Requirement], list[str]]:
    """(Requires-Dist requirements, top-level import names) of the wheel at ``path``."""
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            info = _dist_info(names)
            meta = Parser().parsestr(z.read(f"{info}/METADATA").decode("utf-8", "replace"))
            top = f"{info}/top_level.txt"
            tops = z.read(top).decode().split() if top in names else _top_levels(names)
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise BuildError(f"{path.name} is not a usable wheel ({e})") from None
    reqs = []
    for raw in meta.get_all("Requires-Dist") or []:
        try:
            reqs.append(Requirement(raw))
        except InvalidRequirement:
            raise BuildError(f"{path.name}: cannot parse its dependency {raw!r}") from None
    return reqs, sorted({t.split("/")[0] for t in tops if t})


def _top_levels(names: list[str]) -> list[str]:
    out = set()
    for n in names:
        first = n.split("/")[0]
        if first.endswith((".dist-info", ".data")):
            continue
        if "/" in n:
            out.add(first)
        elif first.endswith(".py"):
            out.add(first[:-3])
    return sorted(out)
