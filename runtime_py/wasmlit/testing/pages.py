"""AppTest's multipage, query-param and st.context seams (Streamlit 1.67's AppTest API).

- ``at.query_params``: a dict set before ``run()`` seeds the run (str, or a list for a
  repeated key); after the run it holds the app's query params in the same shapes.
- ``at.context``: ``timezone``, ``timezone_offset``, ``locale``, ``url``, ``is_embedded``,
  ``theme`` ("light"/"dark") — what the page would send in ``client_context``.
- ``at.switch_page(path)``: the next ``run()`` runs the page whose file is ``path``
  (relative to the main script), like a nav click.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit._engine import navigation as nav_mod

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

_CONTEXT_FIELDS: dict[str, tuple[str, type]] = {
    "timezone": ("timezone", str), "timezone_offset": ("timezone_offset", int), "locale": ("locale", str),
    "url": ("url", str), "is_embedded": ("is_embedded", bool), "theme": ("color_scheme", str),
}


def _nav(at: "AppTest") -> nav_mod.Navigation:
    return nav_mod.for_session(at._local.session)


def _context_fields(context: Any) -> dict[str, Any]:
    from wasmlit.testing.app_test import AppTestError

    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    out: dict[str, Any] = {}
    for key, value in context.items():
        if key not in _CONTEXT_FIELDS:
            supported = ", ".join(repr(k) for k in sorted(_CONTEXT_FIELDS))
            raise AppTestError(f"AppTest.context does not support {key!r}. Supported keys: {supported}.")
        if value is None:
            continue
        field, kind = _CONTEXT_FIELDS[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise AppTestError(f"AppTest.context[{key!r}] must be {kind.__name__}, not {type(value).__name__}.")
        if key == "theme" and value not in ("light", "dark"):
            raise AppTestError(f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}.")
        out[field] = value
    return out


def before_run(at: "AppTest") -> None:
    """Seed the session with the test's query params and context, as the page would."""
    nav = _nav(at)
    fields = _context_fields(getattr(at, "context", {}))
    nav.client = {**{k: v for k, v in nav.client.items() if k in ("cookies", "headers")}, **fields}
    query = nav_mod.build_query_string({str(k): (list(map(str, v)) if isinstance(v, (list, tuple)) else str(v))
                                        for k, v in at.query_params.items()})
    nav.query = nav_mod.parse_query_string(query)
    nav.shown_query = query


def after_run(at: "AppTest") -> None:
    at.query_params = {k: (list(v) if isinstance(v, list) else v) for k, v in _nav(at).query.items()}


def switch_page(at: "AppTest", page_path: str) -> None:
    main = Path(at._script_path)
    full = main.parent / page_path
    if not full.is_file():
        raise ValueError(f"Could not find page {page_path!r} relative to the main script {str(main)!r}. "
                         f"Resolved page path: {str(full.resolve())!r}.")
    nav = _nav(at)
    entry = nav.find_by_script(str(full.resolve()))
    if entry is not None:
        nav.switch_to(entry.key)
    elif nav.pages:
        raise ValueError(f"Could not find a navigation page for {str(full.resolve())!r}. "
                         "AppTest.switch_page() matches registered script paths.")
    elif full.resolve() == main.resolve():
        nav.intent = ""  # the main script / the default page
    else:  # before the first run: the page's name from its file, as Streamlit's AppTest does
        nav.intent = nav_mod.page_icon_and_name(full)[1]
