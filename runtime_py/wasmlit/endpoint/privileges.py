"""What the endpoint's database user may do beyond reading (``build.py endpoint`` warns).

The read-only transaction, the allow lists and the caps are layers; the database user is
the boundary. A superuser, or a user that can write, turns any hole in the layers into
damage, so the endpoint says so loudly at start-up (to the operator's terminal, never to
a client). Checks: PostgreSQL ``rolsuper``/``rolcreaterole``/``rolcreatedb``/
``rolreplication``/``rolbypassrls``, membership of the server-file roles, INSERT/UPDATE/
DELETE/TRUNCATE on any table, CREATE on the database or a schema; MariaDB/MySQL the
grants of ``SHOW GRANTS`` (SUPER, FILE, ALL, GRANT OPTION, any write privilege).
"""

from __future__ import annotations

import re
import sqlalchemy as sa

from .config import EndpointConfig

READ_ONLY_ROLE_HINT = "create a read-only user (runtime_py/wasmlit/endpoint/README.md, \"The database user\")"
_PG_ROLE_FLAGS = {"rolsuper": "is a SUPERUSER", "rolcreaterole": "can CREATE ROLE", "rolcreatedb": "can CREATE DATABASE",
                  "rolreplication": "has REPLICATION", "rolbypassrls": "bypasses row-level security"}
_PG_FILE_ROLES = ("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program", "pg_signal_backend")
_MY_ADMIN = {"SUPER", "FILE", "PROCESS", "SHUTDOWN", "RELOAD", "GRANT OPTION", "ALL", "ALL PRIVILEGES",
             "CREATE USER", "BINLOG ADMIN", "CONNECTION ADMIN", "READ_ONLY ADMIN"}
_MY_WRITE = {"INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "INDEX", "TRIGGER", "CREATE TEMPORARY TABLES",
             "CREATE VIEW", "CREATE ROUTINE", "ALTER ROUTINE", "EXECUTE", "EVENT", "LOCK TABLES", "DELETE HISTORY"}


def privilege_warnings(config: EndpointConfig) -> list[str]:
    """One line per problem, naming the connection; [] when every user looks read-only."""
    from .db import create_engine

    out: list[str] = []
    for name in sorted(config.manifest.queries or config.connections):
        section = config.connections.get(name)
        if not section:
            continue
        try:
            engine = create_engine(name, section, config.limits_for(name), config.base_dir)
        except Exception as e:  # a config problem is reported when the first query runs
            out.append(f"connection {name!r}: cannot check the database user's privileges ({type(e).__name__})")
            continue
        try:
            backend = engine.url.get_backend_name()
            with engine.connect() as conn:
                if backend == "postgresql":
                    problems = _postgres(conn)
                elif backend in ("mysql", "mariadb"):
                    problems = _mysql(conn)
                else:
                    problems = []  # SQLite: the endpoint opens the file read-only (mode=ro)
            if problems:
                out.append(f"connection {name!r}: the database user {'; '.join(problems)}. The endpoint is public: "
                           f"{READ_ONLY_ROLE_HINT}.")
        except sa.exc.DBAPIError as e:
            out.append(f"connection {name!r}: cannot check the database user's privileges "
                       f"({type(e.orig).__name__}); make sure it is read-only")
        finally:
            engine.dispose()
    return out


def _postgres(conn: sa.Connection) -> list[str]:
    problems = []
    row = conn.exec_driver_sql(
        "select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls "
        "from pg_roles where rolname = current_user").mappings().first() or {}
    problems += [text for flag, text in _PG_ROLE_FLAGS.items() if row.get(flag)]
    for role in _PG_FILE_ROLES:
        member = conn.exec_driver_sql(
            "select pg_has_role(current_user, r.oid, 'USAGE') from pg_roles r where r.rolname = %(r)s",
            {"r": role}).scalar()
        if member and not row.get("rolsuper"):
            problems.append(f"is a member of {role}")
    tables = conn.exec_driver_sql(
        "select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where c.relkind in ('r', 'p', 'f') and n.nspname not in ('pg_catalog', 'information_schema') "
        "and n.nspname not like 'pg_toast%%' "
        "and has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE') order by 1").scalars().all()
    if tables:
        shown = ", ".join(tables[:3]) + (f" and {len(tables) - 3} more" if len(tables) > 3 else "")
        problems.append(f"can write to {len(tables)} table(s) ({shown})")
    schemas = conn.exec_driver_sql(
        "select nspname from pg_namespace where nspname not like 'pg_%%' and nspname <> 'information_schema' "
        "and has_schema_privilege(oid, 'CREATE') order by 1").scalars().all()
    if schemas:
        problems.append(f"can CREATE in schema(s) {', '.join(schemas[:3])}")
    conn.rollback()
    return problems


_GRANT = re.compile(r"^GRANT\s+(.+?)\s+ON\s+(\S+)\s+TO\s", re.I | re.S)


def _mysql(conn: sa.Connection) -> list[str]:
    admin: set[str] = set()
    write: set[str] = set()
    for (line,) in conn.exec_driver_sql("SHOW GRANTS").all():
        m = _GRANT.match(str(line))
        grant_option = "WITH GRANT OPTION" in str(line).upper()
        if grant_option:
            admin.add("GRANT OPTION")
        if not m:
            continue
        privs = {p.strip().split("(")[0].strip().upper() for p in m.group(1).split(",")}
        admin |= privs & _MY_ADMIN
        write |= privs & _MY_WRITE
    conn.rollback()
    problems = []
    if admin:
        problems.append(f"has administrative privileges ({', '.join(sorted(admin))})")
    if write:
        problems.append(f"can write ({', '.join(sorted(write))})")
    return problems
