"""``build.py build APP --out DIR --single-file``: the whole site in ONE ``DIR/index.html``.

A page opened from disk (``file://``) can fetch nothing next to it and cannot start a
worker from a file (pyodide-lab §5), so everything is inside the HTML:

- the CSS in a ``<style>``, its fonts as ``data:`` URLs;
- the page bundle in an inline ``<script>`` (at the end of ``<body>``);
- the worker bundle as text in ``<script type="text/x-wasmlit-worker" id="wasmlit-worker">``
  (the page starts it from a Blob URL: ``web/src/page/worker-client.ts``);
- every other file the worker fetches (``pyodide/*``, ``wasmlit/*``) and, when the app
  draws charts, ``wasmlit-vega.js``: each in
  ``<script type="application/x-b64" data-path="…" [data-gzip]>`` — gzip-compressed (when
  that saves something) then base64. The page decodes them (``web/src/page/embedded.ts``)
  and posts them to the worker, which answers its requests for
  ``https://embedded.invalid/<path>`` from memory (``web/src/worker/embedded.ts``).

The normal site is built first (same checks, same secrets scan) into a temporary folder.
"""

from __future__ import annotations

import base64
import gzip
import html
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildError, UsageError
from .site import BuildResult, Site

OUTPUT = "index.html"
MARKER = "<!-- wasmlit single-file build -->"
WORKER_ELEMENT_ID = "wasmlit-worker"  # web/src/page/embedded.ts
#: Site files the worker fetches (everything else is the page's own).
WORKER_DIRS = ("pyodide/", "wasmlit/")
VEGA = "wasmlit-vega.js"
PLOTLY = "wasmlit-plotly.js"  # embedded only for apps that use plotly (~1.4 MB gzip)
KATEX = "wasmlit-katex.js"  # KaTeX + CSS + fonts (~0.34 MB gzip): embedded when the app may show math
#: st.latex, or a `$` anywhere in an app file (Markdown math cannot always be found statically).
MATH_USE = re.compile(r"\.latex\s*\(|\$")
#: A call that draws a chart (st.line_chart, …, st.altair_chart, st.vega_lite_chart) or an altair import.
CHART_USE = re.compile(r"\b(?:line|area|bar|scatter|altair|vega_lite)_chart\b|\bimport\s+altair\b|\bfrom\s+altair\b")
_SCRIPT_TAG = re.compile(r"<(/?)script", re.IGNORECASE)
_FONT_URL = re.compile(r"""url\(\s*["']?(\./)?(fonts/[^"')]+)["']?\s*\)""")


@dataclass
class SingleFileResult:
    site: Site  # the normal site it was made from (its folder no longer exists)
    build: BuildResult
    path: Path
    size: int
    gzip_size: int
    embedded: list[tuple[str, int, int]]  # (site path, raw bytes, bytes in the HTML)
    charts: bool
    plotly: bool = False


def check_out(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {out} exists and is not a folder")
    if not out.is_dir() or force:
        return
    names = {p.name for p in out.iterdir()}
    if not names:
        return
    if (out / "wasmlit" / "manifest.json").is_file():
        return  # a previous (multi-file) build: replaced
    index = out / OUTPUT
    if names == {OUTPUT} and MARKER in index.read_text(encoding="utf-8", errors="replace")[:2000]:
        return  # a previous single-file build
    raise UsageError(f"output folder {out} is not empty and is not a wasmlit site (use --force)")


def uses_charts(site: Site) -> bool:
    app = site.app
    for rel in app.files:
        if rel.endswith(".py") and CHART_USE.search(app.path(rel).read_text(encoding="utf-8", errors="replace")):
            return True
    return "altair" in site.packages


def uses_plotly(site: Site) -> bool:
    """The app imports plotly (the resolver vendored it) or calls st.plotly_chart."""
    if any(p.name == "plotly" for p in site.pypi):
        return True
    return any(rel.endswith(".py") and "plotly_chart" in site.app.path(rel).read_text(encoding="utf-8", errors="replace")
               for rel in site.app.files)


def uses_math(site: Site) -> bool:
    """The app may show math: it calls st.latex or has a `$` in a .py/.md file (a Markdown math candidate)."""
    return any(rel.endswith((".py", ".md")) and MATH_USE.search(site.app.path(rel).read_text(encoding="utf-8",
                                                                                         errors="replace"))
               for rel in site.app.files)


def build_single_file(app_path: str | Path, out: str | Path, *, force: bool = False, **site_kw) -> SingleFileResult:
    out = Path(out).expanduser().resolve()
    check_out(out, force)
    with tempfile.TemporaryDirectory(prefix="wasmlit-single-") as tmp:
        site = Site(app_path, Path(tmp) / "site", **site_kw)
        app = site.app
        if out == app.root or out in app.root.parents:
            raise UsageError(f"output folder {out} would contain or overwrite the app itself")
        if app.root in out.parents:  # `build my_app --out my_app/dist`: don't ship old builds
            app.files = [f for f in app.files if out not in app.path(f).parents]
        result = site.build()
        charts = uses_charts(site)
        plotly = uses_plotly(site)
        text, embedded = render(result.out, charts=charts, plotly=plotly, math=uses_math(site))
        data = text.encode("utf-8")
        out.mkdir(parents=True, exist_ok=True)
        for child in out.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        path = out / OUTPUT
        path.write_bytes(data)
    return SingleFileResult(site, result, path, len(data), len(gzip.compress(data, 6)), embedded, charts, plotly)


def _inline_js(text: str, what: str) -> str:
    """Script text safe inside <script>…</script> (esbuild already escapes "</script" in strings)."""
    if _SCRIPT_TAG.search(text):
        raise BuildError(f"{what} contains a literal <script or </script and cannot be inlined; rebuild web/ with esbuild")
    return text


def _b64_element(path: str, data: bytes) -> tuple[str, int]:
    packed = gzip.compress(data, 9, mtime=0)
    zipped = len(packed) < len(data) * 0.95
    body = base64.b64encode(packed if zipped else data).decode("ascii")
    attrs = f' data-path="{html.escape(path)}"' + (" data-gzip" if zipped else "")
    return f'<script type="application/x-b64"{attrs}>{body}</script>\n', len(body)


def _css(site: Path) -> str:
    css = (site / "wasmlit.css").read_text(encoding="utf-8") if (site / "wasmlit.css").is_file() else ""

    def font(m: re.Match) -> str:
        f = site / m.group(2)
        if not f.is_file():
            return m.group(0)
        return f'url("data:font/woff2;base64,{base64.b64encode(f.read_bytes()).decode("ascii")}")'

    css = _FONT_URL.sub(font, css)
    if re.search(r"</style", css, re.IGNORECASE):
        raise BuildError("wasmlit.css contains </style and cannot be inlined")
    return css


def render(site: Path, *, charts: bool, plotly: bool = False, math: bool = False) -> tuple[str, list[tuple[str, int, int]]]:
    """The single HTML text for the built site in ``site``."""
    index = (site / "index.html").read_text(encoding="utf-8")
    page_js = _inline_js((site / "wasmlit-page.js").read_text(encoding="utf-8"), "wasmlit-page.js")
    worker_js = _inline_js((site / "wasmlit-worker.js").read_text(encoding="utf-8"), "wasmlit-worker.js")
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    wanted = [f for f in files if f.startswith(WORKER_DIRS)]
    if charts and VEGA in files:
        wanted.append(VEGA)
    if plotly and PLOTLY in files:
        wanted.append(PLOTLY)
    if math and KATEX in files:
        wanted.append(KATEX)
    parts, embedded = [], []
    for rel in wanted:
        data = (site / rel).read_bytes()
        element, n = _b64_element(rel, data)
        parts.append(element)
        embedded.append((rel, len(data), n))

    head_links = re.compile(r'\s*<link rel="stylesheet" href="wasmlit.css">|\s*<script src="wasmlit-page.js"[^>]*></script>')
    index = head_links.sub("", index)
    index = index.replace("</head>", f"<style>{_css(site)}</style>\n</head>", 1)
    tail = (
        f'<script type="text/x-wasmlit-worker" id="{WORKER_ELEMENT_ID}">{worker_js}</script>\n'
        + "".join(parts)
        + f"<script>{page_js}</script>\n"
    )
    if "</body>" not in index:
        raise BuildError("web/dist/index.html has no </body>")
    index = index.replace("</body>", tail + "</body>", 1)
    index = index.replace("<!doctype html>", f"<!doctype html>\n{MARKER}", 1) if index.lower().startswith("<!doctype html>") \
        else f"{MARKER}\n{index}"
    return index, embedded
