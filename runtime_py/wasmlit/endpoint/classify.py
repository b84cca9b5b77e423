"""Build-time classifier of the app's SQL (sql-endpoint.md §2.6). sqlglot is imported
lazily; the deployed endpoint needs it at start-up (it re-checks its manifest).

It is NOT the security boundary (that is the allow list of queries, the read-only
transaction and the database user's grants); it catches mistakes and abuse early: one
SELECT, no writes or locking clauses, only functions of the allow list (``functions``),
no ``WITH RECURSIVE`` (refused, not bounded: an unbounded recursion is a CPU/memory bomb
the row cap only sees at the end), no MySQL user or system variables (``@a := 1``).
It runs at build time AND when the endpoint loads its manifest (a hand-edited
queries.json cannot add a query the build would refuse). The SQL that runs is always the
app's original text, never sqlglot's regenerated form.
"""

from __future__ import annotations

import re

from .functions import refusal

_DIALECTS = {"postgresql": "postgres", "postgres": "postgres", "mysql": "mysql", "mariadb": "mysql",
             "sqlite": "sqlite"}


class Rejected(ValueError):
    """The SQL is not a single read-only query (the message says why)."""


def sqlglot_dialect(dialect: str | None) -> str | None:
    return _DIALECTS.get((dialect or "").split("+")[0].lower())


def bind_names(sql: str) -> list[str]:
    """The ``:name`` parameters SQLAlchemy's ``text()`` finds, in order of appearance."""
    from sqlalchemy import text

    return list(text(sql)._bindparams)


def classify(sql: str, dialect: str | None = None) -> None:
    """Raise :class:`Rejected` unless ``sql`` is one read-only query."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ParseError, TokenError

    if "/*!" in sql or "/*M!" in sql:
        raise Rejected("MySQL executable comments (/*! … */) are not allowed")
    if "\x00" in sql:
        raise Rejected("NUL byte in SQL")
    # SQLAlchemy's :name placeholders are not SQL; give sqlglot a neutral literal.
    probe = re.sub(r"(?<![:\w\\]):([A-Za-z_]\w*)", "NULL", sql)
    try:
        stmts = [s for s in sqlglot.parse(probe, read=sqlglot_dialect(dialect)) if s is not None]
    except (ParseError, TokenError) as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise Rejected(f"cannot parse the SQL ({first[:160]})") from None
    if len(stmts) != 1:
        raise Rejected(f"exactly one statement is allowed, found {len(stmts)}")
    root = stmts[0]
    if not isinstance(root, exp.Query):
        raise Rejected(f"only SELECT queries are allowed, not {root.key.upper()}")
    banned = tuple(getattr(exp, n) for n in (
        "Insert", "Update", "Delete", "Merge", "Create", "Drop", "Alter", "Command", "Copy", "Pragma",
        "Attach", "Detach", "Set", "Transaction", "Commit", "Rollback", "Use", "Into", "Lock", "TruncateTable",
        "LoadData", "Grant", "Revoke", "Analyze", "Cache", "Uncache", "Describe", "Kill",
    ) if hasattr(exp, n))
    for node in root.walk():
        if isinstance(node, banned):
            what = {"Into": "SELECT … INTO", "Lock": "FOR UPDATE / FOR SHARE"}.get(type(node).__name__,
                                                                                   node.key.upper())
            raise Rejected(f"{what} is not allowed in a read-only query")
        if isinstance(node, exp.With) and node.args.get("recursive"):
            raise Rejected("WITH RECURSIVE is not allowed (an unbounded recursion cannot be capped in advance)")
        if isinstance(node, (exp.Parameter, exp.SessionParameter)) or type(node).__name__ == "PropertyEQ":
            raise Rejected("MySQL user and system variables (@name, @@name, :=) are not allowed")
        if isinstance(node, exp.Func):
            why = refusal(node, sqlglot_dialect(dialect))
            if why:
                raise Rejected(why)
    lowered = sql.lower()
    if re.search(r"\binto\s+(out|dump)file\b", lowered) or re.search(r"\block\s+in\s+share\s+mode\b", lowered):
        raise Rejected("INTO OUTFILE / LOCK IN SHARE MODE is not allowed")
