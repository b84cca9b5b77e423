"""``python build.py build|serve|endpoint|assets`` — thin argparse front over the build package.

Every error a user can cause prints one line and exits non-zero (2 for usage).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BuildError
from .versions import PYODIDE_VERSION


def _console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _human(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)


def cmd_build(args, con) -> int:
    from rich.table import Table

    if args.single_file:
        return _build_single_file(args, con)

    from .site import Site

    with con.status("building…") as status:
        site = Site(args.app, args.out, force=args.force, endpoint_url=args.endpoint_url,
                    upgrade=args.upgrade, prerender=not args.no_prerender, log=lambda m: status.update(m))
        result = site.build()
        endpoint_dir = _write_endpoint(args, site)
    for w in result.warnings:
        con.print(f"[yellow]warning:[/] {w}")
    files = result.files()
    table = Table(title=f"{result.manifest['title']} → {result.out}", show_edge=False)
    table.add_column("file")
    table.add_column("size", justify="right")
    for rel, size in files:
        table.add_row(rel, _human(size))
    total = sum(s for _, s in files)
    table.add_section()
    table.add_row(f"{len(files)} files", _human(total))
    con.print(table)
    if site.prerender_note and result.manifest and not site.prerender_note.startswith("no prerender"):
        con.print(site.prerender_note)
    pk = ", ".join(result.packages) or "none"
    con.print(f"packages: {pk}; downloaded: {len(result.downloaded)} file(s)")
    con.print(f"[green]done.[/] try: python -m http.server -d {result.out} 8000")
    if endpoint_dir is not None:
        n = len(site.scan.queries)
        con.print(f"SQL endpoint ({n} quer{'y' if n == 1 else 'ies'}) → {endpoint_dir}; run it locally with "
                  f"`build.py endpoint {args.app} --secrets PATH`, deploy: runtime_py/wasmlit/endpoint/README.md")
    return 0


def _build_single_file(args, con) -> int:
    from .single_file import build_single_file

    with con.status("building…") as status:
        r = build_single_file(args.app, args.out, force=args.force, endpoint_url=args.endpoint_url,
                              upgrade=args.upgrade, prerender=not args.no_prerender, log=lambda m: status.update(m))
        endpoint_dir = _write_endpoint(args, r.site)
    for w in r.build.warnings:
        con.print(f"[yellow]warning:[/] {w}")
    con.print(f"{r.build.manifest['title']} → {r.path}: {_human(r.size)} ({r.size:,} B; gzip {_human(r.gzip_size)}), "
              f"{len(r.embedded)} files embedded" + (", charts included" if r.charts else "")
              + (", plotly included" if r.plotly else ""))
    pk = ", ".join(r.build.packages) or "none"
    con.print(f"packages: {pk}; downloaded: {len(r.build.downloaded)} file(s)")
    con.print(f"[green]done.[/] open {r.path} in Chromium (file://, offline)")
    if endpoint_dir is not None:
        con.print(f"SQL endpoint → {endpoint_dir} (a file:// page has origin \"null\": the endpoint must allow it)")
    return 0


def _write_endpoint(args, site):
    from .queries import write_endpoint_dir

    if site.scan is None or not site.scan.queries:
        return None
    out = args.endpoint_out or args.out.with_name(args.out.name + "-endpoint")
    settings = {"allowed_origins": args.allowed_origin} if args.allowed_origin else {}
    return write_endpoint_dir(out, site.app, site.scan, settings)


def cmd_endpoint(args, con) -> int:
    from .serve import run_endpoint

    try:
        run_endpoint(args.app, secrets=args.secrets, host=args.host, port=args.port,
                     allowed_origins=args.allowed_origin, log=con.print)
    except KeyboardInterrupt:
        pass
    return 0


def cmd_serve(args, con) -> int:
    from .serve import serve

    def log(msg: str) -> None:
        con.print(msg)

    def built(site) -> None:
        for w in site.warnings:
            con.print(f"[yellow]warning:[/] {w}")

    try:
        serve(args.app, host=args.host, port=args.port, out=args.out, log=log, on_built=built)
    except KeyboardInterrupt:
        pass
    return 0


def cmd_assets(args, con) -> int:
    from .lock import Lock
    from .pyodide_assets import PyodideAssets

    with con.status("verifying Pyodide core…") as status:
        assets = PyodideAssets(log=lambda m: status.update(m))
        core = assets.core()
        names = Lock(assets.lock()).closure(args.packages) if args.packages else []
        pkgs = assets.package_files(names)
    for name, path in {**core, **pkgs}.items():
        con.print(f"ok  {name}  ({_human(path.stat().st_size)})")
    con.print(f"[green]verified[/] {len(core) + len(pkgs)} file(s) in {assets.store.cache_dir}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description=f"wasmlit: Streamlit-style apps in the browser (Pyodide {PYODIDE_VERSION})")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a static site for APP")
    b.add_argument("app", metavar="APP", help="app folder (with app.py) or a single .py file")
    b.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    b.add_argument("--force", action="store_true", help="overwrite a non-empty folder that is not a wasmlit site")
    b.add_argument("--endpoint-url", metavar="URL", help="where the site sends st.connection queries (the deployed SQL endpoint)")
    b.add_argument("--endpoint-out", type=Path, metavar="EDIR", help="write the deployable SQL endpoint here (default: DIR-endpoint)")
    b.add_argument("--allowed-origin", action="append", metavar="ORIGIN", help="site origin the endpoint accepts, e.g. https://user.github.io (repeatable)")
    b.add_argument("--no-prerender", action="store_true",
                   help="do not run the app at build time to paint its first run before Python is ready")
    b.add_argument("--single-file", action="store_true",
                   help="write ONE self-contained DIR/index.html that works opened from disk (file://), offline")
    b.add_argument("--upgrade", action="store_true",
                   help="resolve packages from the index again instead of reusing the app's wasmlit.lock")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("endpoint", help="run APP's SQL endpoint locally (uvicorn) with the given secrets")
    e.add_argument("app", metavar="APP")
    e.add_argument("--secrets", metavar="PATH", help="secrets.toml with [connections.*] (default: APP/.streamlit/secrets.toml)")
    e.add_argument("--port", type=int, default=8502)
    e.add_argument("--host", default="127.0.0.1")
    e.add_argument("--allowed-origin", action="append", metavar="ORIGIN", help="site origin to accept (repeatable)")
    e.set_defaults(func=cmd_endpoint)

    s = sub.add_parser("serve", help="build APP and serve it with reload on save")
    s.add_argument("app", metavar="APP")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--out", type=Path, default=None, metavar="DIR", help="build here instead of a temp folder")
    s.set_defaults(func=cmd_serve)

    a = sub.add_parser("assets", help="fetch and verify the Pyodide core (and PACKAGES) into the cache")
    a.add_argument("packages", nargs="*", metavar="PACKAGE")
    a.set_defaults(func=cmd_assets)
    return p


def _config_error():
    try:
        from wasmlit.endpoint.config import ConfigError
    except ImportError:  # the endpoint's dependencies are not installed
        return ()
    return ConfigError


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    con = _console()
    try:
        return args.func(args, con)
    except BuildError as e:
        con.print(f"[red]error:[/] {e}", soft_wrap=True)
        return e.exit_code
    except _config_error() as e:
        con.print(f"[red]endpoint configuration error:[/] {e}", soft_wrap=True)
        return 1
    except OSError as e:
        con.print(f"[red]error:[/] {e}", soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
