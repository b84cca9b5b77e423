"""Streamlit "magic": a bare expression statement is written with ``st.write``.

We rewrite the AST the way Streamlit does: bare expressions at module level and
inside ``with``/``for``/``while``/``if``/``try`` blocks and function bodies become
``__streamlitmagic__(value)``. Calls, docstrings, ``yield`` and ``await`` are left
alone. A bare tuple writes its items (``x, y`` → ``st.write(x, y)``).
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__streamlitmagic__"

_RECURSE_BODY = (ast.FunctionDef, ast.AsyncFunctionDef, ast.With, ast.AsyncWith,
                 ast.For, ast.AsyncFor, ast.While)


def add_magic(source: str, filename: str) -> ast.Module:
    """Parse ``source`` and wrap its bare expressions; raises SyntaxError as ``compile`` would."""
    tree = ast.parse(source, filename, "exec")
    _rewrite_body(tree, "body", tree)
    ast.fix_missing_locations(tree)
    return tree


def _rewrite_body(owner: ast.AST, attr: str, parent: ast.AST) -> None:
    body = getattr(owner, attr)
    for index, node in enumerate(body):
        if isinstance(node, _RECURSE_BODY):
            _rewrite_body(node, "body", node)
            if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
                _rewrite_body(node, "orelse", node)
        elif isinstance(node, ast.If):
            _rewrite_body(node, "body", node)
            _rewrite_body(node, "orelse", node)
        elif isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            _rewrite_body(node, "body", node)
            for handler in node.handlers:
                _rewrite_body(handler, "body", handler)
            _rewrite_body(node, "orelse", node)
            _rewrite_body(node, "finalbody", node)
        elif isinstance(node, ast.Expr):
            wrapped = _wrap_expression(node.value, index, parent)
            if wrapped is not None:
                node.value = wrapped


def _wrap_expression(value: ast.expr, index: int, parent: ast.AST) -> ast.expr | None:
    if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
        return None
    is_docstring = isinstance(value, ast.Constant) and isinstance(value.value, str)
    if is_docstring and index == 0 and isinstance(parent, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return None
    args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
    call = ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])
    return ast.copy_location(call, value)
