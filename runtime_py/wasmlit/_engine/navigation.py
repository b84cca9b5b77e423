"""Multipage apps, engine side: the page registry of one session and where the browser is.

A session keeps one ``Navigation`` (``for_session``). It knows:

- which page the browser asked for (``intent``: a URL pathname, "" = the default page),
  and what the browser's address shows (``url_page`` + the query string), so a run that
  lands on another page can tell the page to push a history entry;
- the pages ``st.navigation`` registered in the last run (``pages``), resolved the way
  Streamlit 1.67 does: by the requested pathname, else the default page;
- whether the app uses the ``pages/`` folder (MPA v1): the main script is then the
  default page and each ``pages/*.py`` file one more page, ordered and labelled from its
  file name, until any run calls ``st.navigation`` itself;
- the compiled page scripts (one ``Script`` per file, recompiled on a source change).

Pages are keyed by their *inferred* URL pathname (Streamlit hashes that), while the
default page is addressed by "" in URLs. The browser carries pages in the hash
(``#/<url_path>``) and query params in ``location.search`` (``web/src/page/router.ts``).
"""

from __future__ import annotations

import os
import re
import tomllib
import types
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlencode

from wasmlit._engine.magic import MAGIC_NAME
from wasmlit._engine.script import Script

PAGES_DIR = "pages"
_PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


# ------------------------------------------------------------------ names from files


def page_sort_key(path: Path) -> tuple[float, str]:
    """``pages/`` order: numeric prefix first (files without one last), then the name."""
    match = _PAGE_FILENAME.fullmatch(path.name) or _PAGE_FILENAME.match(path.name)
    number, label = match.groups() if match else ("", path.stem)
    return (float(number) if number else float("inf"), label.lower())


def _is_emoji_char(ch: str) -> bool:
    code = ord(ch)
    if code in (0x200D, 0xFE0F, 0x20E3) or 0x1F3FB <= code <= 0x1F3FF:  # joiners, VS16, keycap, skin tones
        return True
    if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF:
        return True
    return unicodedata.category(ch) == "So"


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """("🎈", "rest") for "🎈_rest"; ("", text) when it does not start with an emoji."""
    end = 0
    while end < len(text) and not text[end].isascii() and _is_emoji_char(text[end]):
        end += 1
    if end == 0 or all(ord(c) in (0x200D, 0xFE0F) for c in text[:end]):
        return "", text
    return text[:end], text[end:].lstrip("_ -")


def page_icon_and_name(path: Path) -> tuple[str, str]:
    """Icon and URL name of a page file: ``01_🎈_My_page.py`` → ("🎈", "My_page").

    Runs of spaces/underscores become one underscore (a URL-friendly name); the title
    shown is the name with underscores as spaces. A file named only by a number keeps it.
    """
    match = _PAGE_FILENAME.search(path.name)
    if match is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(icon_and_name)


def pages_folder_files(main_script: str) -> list[Path]:
    """The ``pages/*.py`` files next to the main script, in Streamlit's order."""
    folder = Path(main_script).resolve().parent / PAGES_DIR
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.py") if not p.name.startswith(".") and p.name != "__init__.py"]
    return sorted(files, key=page_sort_key)


def show_sidebar_navigation(app_dir: str) -> bool:
    """``[client] showSidebarNavigation`` in ``<app>/.streamlit/config.toml`` (default true)."""
    path = os.path.join(app_dir, ".streamlit", "config.toml")
    try:
        with open(path, "rb") as f:
            value = tomllib.load(f).get("client", {}).get("showSidebarNavigation", True)
    except (OSError, tomllib.TOMLDecodeError):
        return True
    return value is not False


# ------------------------------------------------------------------ query string


def parse_query_string(query_string: str) -> dict[str, str | list[str]]:
    """``a=1&b=2&b=3`` → {"a": "1", "b": ["2", "3"]} (blank values kept)."""
    parsed = parse_qs(query_string.lstrip("?"), keep_blank_values=True)
    return {k: v[0] if len(v) == 1 else v for k, v in parsed.items()}


def build_query_string(params: dict[str, str | list[str]]) -> str:
    return urlencode(params, doseq=True)


# ------------------------------------------------------------------ the registry


@dataclass
class PageEntry:
    """One page as registered by ``st.navigation`` (what the page's nav shows)."""

    key: str  # the inferred URL pathname: identity, even for the default page
    title: str
    icon: str
    url_path: str  # "" for the default page
    script_path: str  # "" for a callable or an external URL
    section: str = ""
    default: bool = False
    hidden: bool = False
    external_url: str | None = None
    help: str = ""

    def wire(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "icon": self.icon, "url_path": self.url_path,
                "section": self.section, "default": self.default, "hidden": self.hidden,
                "external_url": self.external_url, "help": self.help}


@dataclass
class Navigation:
    main_script: str
    intent: str | None = None  # pathname the browser or st.switch_page asked for; None = stay
    intent_key: str | None = None  # a page key (st.switch_page / a page link), wins over ``intent``
    url_page: str = ""  # the pathname the browser's address shows
    shown_query: str = ""  # the query string it shows
    current_key: str = ""  # the page (key) the last run executed; "" = main script only
    pages: dict[str, PageEntry] | None = None
    uses_pages_directory: bool = field(init=False)
    query: dict[str, str | list[str]] = field(default_factory=dict)
    client: dict[str, Any] = field(default_factory=dict)  # st.context fields from the page
    _scripts: dict[str, Script] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.main_script = str(Path(self.main_script).resolve())
        self.uses_pages_directory = (Path(self.main_script).parent / PAGES_DIR).exists()

    @property
    def main_dir(self) -> str:
        return str(Path(self.main_script).parent)

    # ---------------------------------------------------------- page -> worker

    def browser_navigated(self, page: str, query_string: str, from_url: bool) -> None:
        """The page asked for ``page`` ("" = default) with this query string.

        ``from_url``: the browser's address already shows it (first load, back/forward),
        so a run that lands there needs no new history entry."""
        self.intent, self.intent_key = page.strip("/"), None
        self.query = parse_query_string(query_string)
        if from_url:
            self.url_page, self.shown_query = self.intent, build_query_string(self.query)

    def switch_to(self, key: str) -> None:
        """``st.switch_page`` / a page link: run the page ``key`` next."""
        self.intent_key, self.intent = key, None

    # ---------------------------------------------------------- resolving

    def resolve(self, pages: dict[str, PageEntry], default_key: str) -> tuple[PageEntry, bool]:
        """Register ``pages`` and pick the page to run: (page, found). ``found`` is False when
        the requested page does not exist (or is external): then the default page runs."""
        self.pages = pages
        wanted: PageEntry | None
        if self.intent_key is not None:
            wanted = pages.get(self.intent_key)
        elif self.intent is not None:
            wanted = pages.get(default_key) if self.intent == "" else next(
                (p for p in pages.values() if p.url_path == self.intent), None)
        else:
            wanted = pages.get(self.current_key) or pages.get(default_key)
        found = wanted is not None and wanted.external_url is None
        page = wanted if found else pages[default_key]
        self.current_key = page.key
        self.intent = self.intent_key = None
        return page, found

    def history_update(self) -> str | None:
        """After resolving: "push" when the run landed on another page than the address shows."""
        page = self.pages.get(self.current_key) if self.pages else None
        if page is None or page.url_path == self.url_page:
            return None
        self.url_page = page.url_path
        return "push"

    def find_by_script(self, script_path: str) -> PageEntry | None:
        target = os.path.realpath(script_path)
        for page in (self.pages or {}).values():
            if page.script_path and os.path.realpath(page.script_path) == target:
                return page
        return None

    # ---------------------------------------------------------- running page files

    def script_for(self, path: str, main: Script) -> Script:
        resolved = str(Path(path).resolve())
        if resolved == main.path:
            return main
        if resolved not in self._scripts:
            self._scripts[resolved] = Script(resolved)
        return self._scripts[resolved]

    def invalidate(self) -> None:
        """The app's files changed: page files recompile; the pages folder is looked at again."""
        for script in self._scripts.values():
            script.invalidate()
        self._scripts.clear()
        if self.pages is None:
            self.uses_pages_directory = (Path(self.main_dir) / PAGES_DIR).exists()


def for_session(session: Any) -> Navigation:
    """The session's ``Navigation`` (kept in ``session.extras``)."""
    nav = session.extras.get("navigation")
    if nav is None:
        nav = session.extras["navigation"] = Navigation(session.script.path)
    return nav


def run_page_script(nav: Navigation, main: Script, path: str, magic_write: Callable[..., Any]) -> None:
    """Execute a page file in a fresh ``__main__`` module (compiled once per source change,
    with magic). Unlike the main script it does not put its folder on ``sys.path``: as in
    Streamlit, imports resolve from the main script's folder."""
    script = nav.script_for(path, main)
    if script is main:  # the entrypoint as a page (pages/ folder apps): the usual way
        main.execute(magic_write)
        return
    module = types.ModuleType("__main__")
    module.__file__ = script.path
    module.__dict__[MAGIC_NAME] = magic_write
    exec(script.code(), module.__dict__)


# ------------------------------------------------------------------ page messages

PAGE_MESSAGES = ("navigate", "client_context")
CONTEXT_FIELDS = ("timezone", "timezone_offset", "locale", "url", "is_embedded", "color_scheme",
                  "cookies", "headers")


def apply_page_message(session: Any, message: dict[str, Any]) -> bool:
    """Apply a ``navigate`` / ``client_context`` message; True when it asks for a (full) run."""
    nav = for_session(session)
    if message.get("type") == "client_context":
        nav.client = {k: message.get(k) for k in CONTEXT_FIELDS if k in message}
        return False
    key = message.get("page_key")
    nav.browser_navigated(str(message.get("page") or ""), str(message.get("query_string") or ""),
                          bool(message.get("from_url")))
    if key:
        nav.switch_to(str(key))
    return True


def page_info(nav: Navigation, history: str) -> dict[str, Any]:
    """The ``page_info`` message for what the address should show now."""
    nav.shown_query = build_query_string(nav.query)
    return {"type": "page_info", "page": nav.url_page, "query_string": nav.shown_query, "history": history}


def address_update(nav: Navigation) -> dict[str, Any] | None:
    """``page_info`` when the address is out of date: "push" for another page (a history entry,
    so Back returns), "replace" when only the query params differ."""
    history = nav.history_update()
    if history is None and build_query_string(nav.query) != nav.shown_query:
        history = "replace"
    return page_info(nav, history) if history else None
