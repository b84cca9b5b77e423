"""``requirements.txt`` as pip reads it, reduced to what a static site can honour.

Kept: PEP 508 lines (names, extras, version specifiers, markers), comments, line
continuations, ``-r``/``--requirement`` includes (relative to the including file).
Refused with a message naming file:line: URLs, local paths, editable installs and
constraint files (nothing to vendor from them). Index options (``--index-url``,
``--extra-index-url``, ``--hash`` …) are ignored with a warning: the build's index is
configured with ``PIP_INDEX_URL`` and every file is checked against the index's sha256.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

from .errors import BuildError

_IGNORED_OPTIONS = ("--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--hash",
                    "--pre", "--prefer-binary", "--only-binary", "--no-binary", "--trusted-host")
_MAX_DEPTH = 10


@dataclass(frozen=True)
class ReqLine:
    requirement: Requirement
    where: str  # "requirements.txt:3"


def _logical_lines(text: str):
    """(first line number, text) with comments stripped and ``\\`` continuations joined."""
    buf, start = "", 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).rstrip()
        if not buf:
            start = lineno
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        if buf.strip():
            yield start, buf.strip()
        buf = ""
    if buf.strip():
        yield start, buf.strip()


def read_requirements(path: Path, root: Path, warnings: list[str], _depth: int = 0) -> list[ReqLine]:
    """Every requirement of ``path`` (and the files it includes), in order."""
    rel = _rel(path, root)
    if _depth > _MAX_DEPTH:
        raise BuildError(f"{rel}: -r includes nested more than {_MAX_DEPTH} deep (a cycle?)")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise BuildError(f"cannot read {rel}: {e.strerror or e}") from None
    out: list[ReqLine] = []
    for lineno, line in _logical_lines(text):
        where = f"{rel}:{lineno}"
        if line.startswith(("-r ", "--requirement ", "-r", "--requirement=")):
            target = re.sub(r"^(-r|--requirement)[=\s]*", "", line).strip()
            if not target:
                raise BuildError(f"{where}: -r needs a file name")
            out += read_requirements((path.parent / target), root, warnings, _depth + 1)
            continue
        if line.startswith("-"):
            opt = re.split(r"[=\s]", line, maxsplit=1)[0]
            if opt in _IGNORED_OPTIONS:
                warnings.append(f"{where}: {opt} ignored (the build uses PIP_INDEX_URL or PyPI, and checks every file's sha256)")
                continue
            raise BuildError(f"{where}: unsupported requirement option {line!r} (a static site can only vendor "
                             "packages by name: PEP 508 lines and -r other.txt)")
        line = re.sub(r"\s--hash[=\s]\S+", "", line)
        if "://" in line or line.startswith((".", "/", "~")) or " @ " in line:
            raise BuildError(f"{where}: unsupported requirement {line!r} (URLs and local paths cannot be vendored; "
                             "name a package from PyPI or the Pyodide lock)")
        try:
            req = Requirement(line)
        except InvalidRequirement as e:
            raise BuildError(f"{where}: cannot parse requirement {line!r} ({e})") from None
        out.append(ReqLine(req, where))
    return out


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
