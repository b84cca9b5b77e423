"""Build-time classifier of the app's SQL (sql-endpoint.md §2.6). sqlglot is imported
lazily: the deployed endpoint never needs it (only the dev raw-SQL mode does).

It is NOT the security boundary (that is the allow list, the read-only transaction and
the database user's grants); it catches mistakes and obvious abuse early. The SQL that
runs is always the app's original text, never sqlglot's regenerated form.
"""

from __future__ import annotations

import re

DENIED_FUNCTIONS = frozenset({
    # MySQL / MariaDB
    "sleep", "benchmark", "get_lock", "release_lock", "release_all_locks", "is_free_lock", "is_used_lock",
    "load_file", "sys_exec", "sys_eval", "master_pos_wait", "source_pos_wait",
    # PostgreSQL
    "pg_sleep", "pg_sleep_for", "pg_sleep_until", "pg_read_file", "pg_read_binary_file", "pg_ls_dir",
    "pg_stat_file", "lo_import", "lo_export", "lo_get", "lo_put", "lo_from_bytea", "dblink",
    "dblink_exec", "dblink_connect", "dblink_send_query", "set_config", "nextval", "setval",
    "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile",
    "pg_advisory_lock", "pg_advisory_xact_lock", "pg_try_advisory_lock", "txid_current",
    "pg_notify", "query_to_xml", "query_to_xml_and_xmlschema", "currval", "lastval",
    # SQLite
    "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "randomblob", "zeroblob",
})
DENIED_PREFIXES = ("http_", "dblink", "pg_sleep", "pg_read", "pg_ls", "lo_")

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
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in DENIED_FUNCTIONS or name.startswith(DENIED_PREFIXES):
                raise Rejected(f"function {name.upper()}() is not allowed")
    lowered = sql.lower()
    if re.search(r"\binto\s+(out|dump)file\b", lowered) or re.search(r"\block\s+in\s+share\s+mode\b", lowered):
        raise Rejected("INTO OUTFILE / LOCK IN SHARE MODE is not allowed")
