"""The page files of a multipage app, for the build.

A folder app ships all its files anyway. A single ``.py`` app ships only itself — plus,
when it is a multipage app, its pages: the ``pages/*.py`` files next to it (Streamlit's
pages folder) and every page file its source names by a string literal in
``st.Page("x.py")``, ``st.navigation(["x.py", ...])``, ``st.switch_page("x.py")`` or
``st.page_link("x.py")``, followed through those pages too. Their imports are then scanned
like the main script's (``app_needs``), so the packages pages need are loaded.
"""

from __future__ import annotations

import ast
from pathlib import Path

PAGE_CALLS = {"Page", "navigation", "switch_page", "page_link"}


def _literal_paths(node: ast.AST) -> list[str]:
    """String literals in a call argument: "x.py", ["x.py", ...], {"Section": ["x.py"]}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [p for elt in node.elts for p in _literal_paths(elt)]
    if isinstance(node, ast.Dict):
        return [p for v in node.values for p in _literal_paths(v)]
    return []


def named_pages(source: str, filename: str = "<app>") -> list[str]:
    """Page file paths (relative to the entrypoint) named by literals in ``source``."""
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError:
        return []
    out: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in PAGE_CALLS:
            out += [p for p in _literal_paths(node.args[0]) if p.endswith(".py") and "://" not in p]
    return out


def page_files(root: Path, main: str) -> list[str]:
    """Every page file a single-file app needs beside ``main`` (relative posix paths, sorted)."""
    found: set[str] = set()
    folder = root / "pages"
    if folder.is_dir():
        found |= {f"pages/{p.name}" for p in folder.glob("*.py") if not p.name.startswith(".")}
    todo = [main, *sorted(found)]
    while todo:
        rel = todo.pop()
        try:
            source = (root / rel).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for name in named_pages(source, rel):
            path = (root / name).resolve()
            try:
                page = path.relative_to(root.resolve()).as_posix()
            except ValueError:
                continue  # outside the app's folder: never shipped
            if path.is_file() and page != main and page not in found:
                found.add(page)
                todo.append(page)
    return sorted(found)
