"""Where an app imports what: top-level module names with file:line, optional or not.

An import is *optional* when the app already copes with its absence: it sits in a
``try:`` whose handlers catch ``ImportError``/``ModuleNotFoundError`` (or ``Exception``,
or everything), or under ``if TYPE_CHECKING:``. Optional imports never fail the build.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

_CATCHES_IMPORT = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}


@dataclass(frozen=True)
class ImportSite:
    name: str  # top-level module name
    where: str  # "app.py:3"
    optional: bool


def _handler_names(handler: ast.ExceptHandler) -> set[str]:
    t = handler.type
    if t is None:
        return {"BaseException"}
    items = t.elts if isinstance(t, ast.Tuple) else [t]
    out = set()
    for item in items:
        if isinstance(item, ast.Name):
            out.add(item.id)
        elif isinstance(item, ast.Attribute):
            out.add(item.attr)
    return out


def _guards_imports(node: ast.Try) -> bool:
    return any(_handler_names(h) & _CATCHES_IMPORT for h in node.handlers)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


class _Visitor(ast.NodeVisitor):
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.sites: list[ImportSite] = []
        self._optional = 0

    def _add(self, module: str, node: ast.AST) -> None:
        self.sites.append(ImportSite(module.split(".")[0], f"{self.filename}:{node.lineno}", self._optional > 0))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and node.module:
            self._add(node.module, node)

    def _visit_optional(self, body: list[ast.stmt], optional: bool) -> None:
        self._optional += optional
        for stmt in body:
            self.visit(stmt)
        self._optional -= optional

    def visit_Try(self, node: ast.Try) -> None:
        self._visit_optional(node.body, _guards_imports(node))
        for part in (*node.handlers, *node.orelse, *node.finalbody):
            self.visit(part)

    visit_TryStar = visit_Try

    def visit_If(self, node: ast.If) -> None:
        self._visit_optional(node.body, _is_type_checking(node.test))
        for stmt in node.orelse:
            self.visit(stmt)


def import_sites(source: str, filename: str) -> list[ImportSite]:
    """Every absolute import in ``source``, in order. SyntaxError propagates."""
    v = _Visitor(filename)
    v.visit(ast.parse(source, filename=filename))
    return v.sites
