"""Endpoint configuration: secrets (Streamlit's ``[connections.*]`` tables), the query
manifest written by the build, and the limits (defaults of sql-endpoint.md §2.4).

Where settings come from, later wins:

1. ``endpoint.json`` next to the manifest (written by the build; no secrets);
2. ``[wasmlit.endpoint]`` in the secrets TOML (endpoint-wide) and
   ``[connections.NAME.proxy]`` (per connection);
3. environment: ``WASMLIT_ALLOWED_ORIGINS`` (comma-separated),
   ``WASMLIT_RATE_LIMIT_STORE`` (``memory`` or ``redis://…``).

Secrets come from ``--secrets PATH`` / ``WASMLIT_SECRETS_FILE`` (a TOML file) or
``WASMLIT_SECRETS_TOML`` (the TOML text itself, for hosts that only have env vars).
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

MANIFEST_FILE = "queries.json"
CONFIG_FILE = "endpoint.json"
MANIFEST_VERSION = 1


class ConfigError(Exception):
    """A configuration mistake, reported at start-up (never to a client)."""


@dataclass(frozen=True)
class Limits:
    """Per connection (``[connections.NAME.proxy]``)."""

    statement_timeout: float = 10.0      # s, enforced by the database
    connect_timeout: float = 3.0         # s
    max_rows: int = 100_000
    max_response_bytes: int = 8 << 20    # uncompressed JSON, counted while encoding
    max_value_bytes: int = 1 << 20       # one cell
    pool_size: int = 2
    pool_timeout: float = 2.0            # s waiting for a pooled connection → 503 busy
    pool_recycle: int = 300
    fetch_batch: int = 1000
    platform_max_duration: float = 30.0  # s; statement_timeout must stay 5 s below it

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str) -> "Limits":
        names = {f.name: f.type for f in fields(cls)}
        kw = {}
        for k, v in d.items():
            if k not in names:
                raise ConfigError(f"{where}: unknown setting {k!r} (known: {', '.join(sorted(names))})")
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
                raise ConfigError(f"{where}.{k} must be a positive number")
            kw[k] = int(v) if names[k] in ("int", int) else float(v)
        lim = replace(cls(), **kw)
        if lim.statement_timeout > lim.platform_max_duration - 5:
            raise ConfigError(
                f"{where}: statement_timeout ({lim.statement_timeout:g} s) must be at least 5 s below "
                f"platform_max_duration ({lim.platform_max_duration:g} s)")
        return lim


@dataclass(frozen=True)
class EndpointSettings:
    """Endpoint-wide (``[wasmlit.endpoint]`` / endpoint.json / env)."""

    allowed_origins: tuple[str, ...] = ()
    require_origin: bool = False
    rate_limit_per_minute: float = 60.0
    rate_limit_burst: int = 20
    rate_limit_store: str = "memory"     # or redis://host:port/db
    client_ip_header: str = ""           # trusted proxy header, e.g. "cf-connecting-ip"
    max_body_bytes: int = 64 << 10
    max_params: int = 100
    max_param_bytes: int = 64 << 10
    max_inflight_bytes: int = 32 << 20
    allow_raw_sql: bool = False          # development only; also needs a loopback server
    gzip_min_bytes: int = 1024
    gzip_level: int = 5
    body_timeout: float = 10.0           # s to receive the whole request body → 400
    # build.py endpoint's uvicorn (server.py): connection hygiene against half-open clients
    header_timeout: float = 10.0         # s from accept to a complete request head
    keep_alive_timeout: float = 5.0      # s idle between requests on one connection
    max_connections: int = 200           # open sockets; more are closed at once

    @classmethod
    def merge(cls, base: "EndpointSettings", d: dict[str, Any], where: str) -> "EndpointSettings":
        known = {f.name for f in fields(cls)}
        kw: dict[str, Any] = {}
        for k, v in d.items():
            if k not in known:
                raise ConfigError(f"{where}: unknown setting {k!r}")
            default = getattr(base, k)
            if k == "allowed_origins":
                if isinstance(v, str):
                    v = [v]
                if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) for x in v):
                    raise ConfigError(f"{where}.allowed_origins must be a list of origins")
                for o in v:
                    if o == "null" or o.endswith("/") or "://" not in o:
                        raise ConfigError(f"{where}.allowed_origins: {o!r} is not an origin like https://user.github.io")
                v = tuple(v)
            elif isinstance(default, bool):
                if not isinstance(v, bool):
                    raise ConfigError(f"{where}.{k} must be true or false")
            elif isinstance(default, (int, float)):
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                    raise ConfigError(f"{where}.{k} must be a non-negative number")
                v = type(default)(v)
            elif isinstance(default, str) and not isinstance(v, str):
                raise ConfigError(f"{where}.{k} must be a string")
            kw[k] = v
        return replace(base, **kw)


@dataclass(frozen=True)
class QueryEntry:
    sql: str
    params: tuple[str, ...]
    ttl: Any = None
    where: str = ""


@dataclass
class Manifest:
    """``{connection: {query_id: QueryEntry}}``; replaced in place by the dev server."""

    queries: dict[str, dict[str, QueryEntry]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Manifest":
        if data.get("v") != MANIFEST_VERSION:
            raise ConfigError(f"query manifest: unsupported version {data.get('v')!r}")
        out: dict[str, dict[str, QueryEntry]] = {}
        for conn, entries in data.get("connections", {}).items():
            out[conn] = {
                qid: QueryEntry(e["sql"], tuple(e.get("params", ())), e.get("ttl"), e.get("where", ""))
                for qid, e in entries.items()
            }
        return cls(out)

    def lookup(self, connection: str, qid: str) -> QueryEntry | None:
        conn = self.queries.get(connection)
        return None if conn is None else conn.get(qid)


@dataclass
class EndpointConfig:
    connections: dict[str, dict[str, Any]]        # secrets sections (without "proxy")
    limits: dict[str, Limits]
    settings: EndpointSettings
    manifest: Manifest
    base_dir: Path                                 # relative SQLite paths resolve here
    secret_values: tuple[str, ...] = ()            # for scrubbing logs

    def limits_for(self, name: str) -> Limits:
        return self.limits.get(name, Limits())


def load_secrets(path: str | Path | None = None, text: str | None = None) -> dict[str, Any]:
    """The secrets TOML: ``text``, else ``path``, else the environment (see module doc)."""
    if text is None and path is None:
        text = os.environ.get("WASMLIT_SECRETS_TOML")
        if text is None:
            path = os.environ.get("WASMLIT_SECRETS_FILE")
    if text is None and path is None:
        raise ConfigError("no secrets: pass --secrets PATH, or set WASMLIT_SECRETS_FILE or WASMLIT_SECRETS_TOML")
    where = "WASMLIT_SECRETS_TOML" if text is not None else str(path)
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")  # type: ignore[arg-type]
        return tomllib.loads(text)
    except OSError as e:
        raise ConfigError(f"cannot read secrets file {where}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"secrets {where} is not valid TOML: {e}") from None


def secret_strings(secrets: dict[str, Any], min_len: int = 4) -> tuple[str, ...]:
    out: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, (str, int)) and not isinstance(v, bool) and len(str(v)) >= min_len:
            out.append(str(v))

    walk(secrets.get("connections", {}))
    return tuple(sorted(set(out), key=len, reverse=True))


def build_config(secrets: dict[str, Any], manifest: Manifest, *, base_dir: Path,
                 file_settings: dict[str, Any] | None = None,
                 overrides: dict[str, Any] | None = None, env: dict[str, str] | None = None,
                 verify_queries: bool = True) -> EndpointConfig:
    """``verify_queries=False`` skips the load-time classifier: only for tests of the deeper
    defences (read-only transaction, caps), which need queries the classifier refuses."""
    env = os.environ if env is None else env
    settings = EndpointSettings()
    if file_settings:
        settings = EndpointSettings.merge(settings, file_settings, CONFIG_FILE)
    wl = secrets.get("wasmlit", {})
    if isinstance(wl, dict) and isinstance(wl.get("endpoint"), dict):
        settings = EndpointSettings.merge(settings, wl["endpoint"], "[wasmlit.endpoint]")
    env_over: dict[str, Any] = {}
    if env.get("WASMLIT_ALLOWED_ORIGINS"):
        env_over["allowed_origins"] = [o.strip() for o in env["WASMLIT_ALLOWED_ORIGINS"].split(",") if o.strip()]
    if env.get("WASMLIT_RATE_LIMIT_STORE"):
        env_over["rate_limit_store"] = env["WASMLIT_RATE_LIMIT_STORE"]
    if env_over:
        settings = EndpointSettings.merge(settings, env_over, "environment")
    if overrides:
        settings = EndpointSettings.merge(settings, overrides, "overrides")

    conns: dict[str, dict[str, Any]] = {}
    limits: dict[str, Limits] = {}
    raw = secrets.get("connections", {})
    if not isinstance(raw, dict):
        raise ConfigError("secrets: [connections] must be a table")
    for name, section in raw.items():
        if not isinstance(section, dict):
            continue
        section = dict(section)
        proxy = section.pop("proxy", {}) or {}
        limits[name] = Limits.from_dict(proxy, f"[connections.{name}.proxy]")
        conns[name] = section
    for name in manifest.queries:
        if name not in conns:
            raise ConfigError(f"the app queries connection {name!r} but the secrets have no [connections.{name}]")
    if verify_queries:
        verify_manifest(manifest, conns)
    return EndpointConfig(conns, limits, settings, manifest, Path(base_dir), secret_strings(secrets))


def section_dialect(section: dict[str, Any]) -> str | None:
    if section.get("url"):
        return str(section["url"]).split(":", 1)[0].split("+")[0]
    return section.get("dialect")


def verify_manifest(manifest: Manifest, conns: dict[str, dict[str, Any]]) -> None:
    """Refuse to start when a manifest query is one the build would refuse (a hand-edited or
    stale queries.json): the same classifier, with the connection's real dialect."""
    from .classify import Rejected, classify

    for name, entries in manifest.queries.items():
        dialect = section_dialect(conns.get(name, {}))
        for entry in entries.values():
            try:
                classify(entry.sql, dialect)
            except Rejected as e:
                where = f" ({entry.where})" if entry.where else ""
                raise ConfigError(f"query{where} on connection {name!r} refused: {e}") from None


def load_dir(directory: str | Path) -> tuple[Manifest, dict[str, Any]]:
    """The manifest and build-time settings of a built endpoint folder."""
    d = Path(directory)
    try:
        manifest = Manifest.from_json(json.loads((d / MANIFEST_FILE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ConfigError(f"{d} has no {MANIFEST_FILE}; is it a built endpoint folder?") from None
    settings = {}
    if (d / CONFIG_FILE).is_file():
        settings = json.loads((d / CONFIG_FILE).read_text(encoding="utf-8")).get("settings", {})
    return manifest, settings
