"""Fixtures of the SQL endpoint tests; the helpers are in sqlep_support.py (a unique module
name: several test folders have a conftest)."""

from __future__ import annotations

import uuid
from typing import Any, Iterator

import pytest
import sqlalchemy as sa
from sqlep_support import DIALECTS, _admin_url, _seed, ensure_servers


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """dialect → the ``[connections.db]`` secrets section of this run's database."""
    ensure_servers()
    name = f"wl_{uuid.uuid4().hex[:10]}"
    pg_admin = sa.create_engine(_admin_url("postgresql", "test"), isolation_level="AUTOCOMMIT")
    my_admin = sa.create_engine(_admin_url("mariadb", "test"))
    with pg_admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    with my_admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    sqlite_file = tmp_path_factory.mktemp("sqlite") / "test.db"
    sections = {
        "sqlite": {"type": "sql", "url": f"sqlite:///{sqlite_file}"},
        "postgresql": {"type": "sql", "dialect": "postgresql", "username": "postgres", "host": "127.0.0.1",
                       "port": 5432, "database": name},
        "mariadb": {"type": "sql", "dialect": "mysql", "username": "root", "password": "", "host": "127.0.0.1",
                    "port": 3306, "database": name},
    }
    for dialect in DIALECTS:
        _seed(dialect, sections[dialect], sqlite_file)
    try:
        yield sections
    finally:
        with pg_admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        with my_admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
        pg_admin.dispose()
        my_admin.dispose()



@pytest.fixture(params=DIALECTS)
def dialect(request: pytest.FixtureRequest) -> str:
    return request.param
