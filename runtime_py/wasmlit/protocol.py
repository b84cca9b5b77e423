"""Every message that crosses the page <-> worker boundary, defined once.

The page (main thread) renders; the worker runs Python. They talk only in the
messages below. Python owns the definitions; ``web/src/protocol.gen.ts`` is
generated from this module (``python -m wasmlit.protocol > web/src/protocol.gen.ts``)
and a unit test fails when the generated file is stale.

Bulk bytes (DataFrame columns, images, uploads) never travel as JSON numbers: an
element wraps them in ``Binary``; the message is sent as JSON text where each
``Binary`` became ``{"$binary": i}`` plus a list of buffers, which the worker
restores as ``Uint8Array``s and *transfers* to the page (see ``encode``).

Element trees travel as *deltas*: ``path`` addresses a slot, ``path[0]`` is the
root (see ``Root``) and each further number is the index of a child inside the
block above it. A rerun re-sends deltas for every slot it fills; the page keeps
the DOM for a slot whose node has the same ``type`` (and ``id``, for widgets), so
focus and typed text survive, and drops slots a finished run did not fill.
"""

from __future__ import annotations

import json
import sys
import typing
from typing import Any, Literal, TypedDict, Union

PROTOCOL_VERSION = 1

BINARY_REF = "$binary"


class Binary:
    """Bytes inside a message (e.g. a column buffer); arrives in the page as a Uint8Array."""

    __slots__ = ("data",)

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"Binary({len(memoryview(self.data).cast('B'))} bytes)"


def encode(message: dict[str, Any]) -> tuple[str, list[Any]]:
    """A message as (JSON text, buffers). Each ``Binary`` becomes ``{"$binary": index}``.

    The ``default`` hook only runs for values JSON cannot encode, so messages without
    buffers pay nothing for this.
    """
    buffers: list[Any] = []

    def default(value: Any) -> Any:
        if isinstance(value, Binary):
            buffers.append(value.data)
            return {BINARY_REF: len(buffers) - 1}
        return str(value)

    return json.dumps(message, default=default, allow_nan=False), buffers


def decode(text: str, buffers: list[Any]) -> dict[str, Any]:
    """The inverse of ``encode`` (for the CPython twin): buffers come back as ``bytes``."""

    def hook(obj: dict[str, Any]) -> Any:
        if len(obj) == 1 and BINARY_REF in obj:
            return bytes(buffers[obj[BINARY_REF]])
        return obj

    return json.loads(text, object_hook=hook)


class Root:
    """Values of ``path[0]``."""

    MAIN = 0
    SIDEBAR = 1
    EVENT = 2  # overlays that are not part of the page flow: st.dialog
    BOTTOM = 3  # pinned under the main area: st.chat_input written in the main area outside containers
    LOGO = 4  # st.logo: one "logo" element at slot 0, shown atop the sidebar and in the header


# ---------------------------------------------------------------- tree nodes

ElementType = Literal[
    "heading",  # title / header / subheader: {tag, body, anchor, help, divider}
    "markdown",  # {body, unsafe_allow_html, help, variant: "normal"|"caption"}
    "text",  # {body, help}
    "code",  # {body, language, line_numbers}
    "divider",  # {}
    "alert",  # {kind: "error"|"warning"|"info"|"success", body, icon}
    "exception",  # {type_name, message, traceback: str[], is_warning}
    "json",  # {body (JSON text), expanded}
    "metric",  # {label, value, delta, delta_color, help, label_visibility, border, icon, width, height,
    # chart_data: number[]|null, chart_type: "line"|"bar"|"area"}  (chart_data draws a sparkline)
    "html",  # {body, style_only, width}  st.html: sanitised like markdown's unsafe_allow_html (scripts never
    # run); style_only = only <style> tags: the styles apply and the element takes no space
    "badge",  # {label, icon, color, help, width, body}  st.badge; body is the ":color-badge[...]" markdown
    "space",  # {size: CSS length ("0.75rem", "40px") | "stretch", value: the size as given}  st.space
    "help",  # {name, module, type, doc_string, value, members: [{name, type, doc_string, value}]}  st.help
    "logo",  # {image, icon_image: {url}|{data: Binary, mime}|{icon}|{emoji}|null, link, size}  in Root.LOGO
    "iframe",  # {src: url} | {srcdoc: html} | {data: Binary, mime}, + {width, height, tab_index, alt}  st.iframe;
    # srcdoc frames are sandboxed without same-origin (scripts run in the frame, never in the app's page)
    "skeleton",  # {height: int|"stretch"|null, width}  st.skeleton: a loading placeholder
    "pagination",  # {value: page (1-based), num_pages, max_visible_pages: int|null, width, disabled}
    # wire value: the page number
    "menu_button",  # {label, options: str[], help, kind, icon, disabled, use_container_width, width}
    # wire value: the picked option's index (a trigger: the value is None again after that run)
    "progress",  # {value: 0..100, text}
    "spinner",  # {text, show_after_ms}
    "empty",  # {} an unfilled st.empty() slot
    "button",  # {label, help, kind, disabled, use_container_width, icon}
    "checkbox",  # {label, value, help, disabled, label_visibility, toggle}
    "text_input",  # {label, value, max_chars, input_type, placeholder, help, disabled, label_visibility}
    "text_area",  # {label, value, max_chars, height, placeholder, help, disabled, label_visibility}
    "number_input",  # {label, value, min, max, step, format, is_int, placeholder, help, disabled, label_visibility}
    "slider",  # {label, value: number[], min, max, step, format, is_int, is_range, help, disabled, label_visibility}
    "select_slider",  # {label, options: str[], value: int[], is_range, help, disabled, label_visibility}
    "selectbox",  # {label, options: str[], value: int|null, placeholder, accept_new_options, help, disabled, label_visibility}
    "radio",  # {label, options: str[], value: int|null, horizontal, captions, help, disabled, label_visibility}
    "multiselect",  # {label, options: str[], value: int[], max_selections, placeholder, accept_new_options, help, disabled, label_visibility}
    # selectbox/multiselect with accept_new_options: the page may send the typed text (a str)
    # in place of an index; a new option the user added comes back appended to ``options``.
    # Widgets inside an st.form also carry ``form_id``: the page keeps their changes and sends them with the
    # form's submit button click, in one interaction (see st/widgets/form.py).
    "color_picker",  # {label, value: "#RRGGBB"|"#RGB", help, disabled, label_visibility}
    "date_input",  # {label, value: ISO date str[] (0-2), is_range, min, max (ISO dates), format, help, disabled, label_visibility}
    "time_input",  # {label, value: "HH:MM"|"HH:MM:SS"|null, step (seconds), help, disabled, label_visibility}
    "form_submit_button",  # {label, help, kind, icon, disabled, use_container_width, form_id}
    "file_uploader",  # {label, value: [{file_id, name, type, size}], accept: str[]|null (".csv", "image/png"),
    # multiple, max_upload_size_mb, errors: [{name, message}], help, disabled, label_visibility}
    # wire value: the whole list; a file added since the last update also has ``data`` (a Uint8Array).
    "download_button",  # {label, data: Binary, file_name, mime, on_click: "rerun"|"ignore", help, kind, icon,
    # disabled, use_container_width}  a click saves the bytes; with "rerun" it also sends true.
    "button_group",  # {label, options: [{content, icon: emoji|":material/x:"|null}], value: int[] (selected
    # indices), selection_mode: "single"|"multi", style: "pills"|"segmented_control", required, width, help,
    # disabled, label_visibility}  st.pills / st.segmented_control; wire value: the selected indices.
    "feedback",  # {options: "thumbs"|"faces"|"stars", value: int|null, disabled, width}  wire: index | null
    "datetime_input",  # {label, value: "YYYY-MM-DDTHH:MM"|null, min, max (same form), step (seconds), format,
    # required, help, disabled, label_visibility}
    "audio_input",  # {label, value: [{file_id, name, type, size}] (0-1), sample_rate: int|null, help, disabled,
    # label_visibility}  wire value as file_uploader's: a new recording (WAV) carries ``data``.
    "camera_input",  # {label, value: [{file_id, name, type, size}] (0-1), resolution_height: int|null, help,
    # disabled, label_visibility}  wire value as file_uploader's: a new photo (JPEG) carries ``data``.
    "link_button",  # {label, url, help, kind, icon, disabled, use_container_width, on_click: "rerun"|"ignore"}
    # an <a target="_blank" rel="noopener">; with "rerun" (a widget id) a click also sends true.
    "image",  # {images: [{url} | {data: Binary, mime}, + caption], width: int|null, use_container_width}
    "audio",  # {url} | {data: Binary, mime}, + {start_time, end_time, loop, autoplay}
    "video",  # {url} | {data: Binary, mime}, + {start_time, end_time, loop, autoplay, muted}
    "dataframe",  # {data: table, height: int|null, width: int|"stretch"|"content", hide_index: bool|null,
    # column_order: str[]|null, index_config: ColumnConfig[], column_config: ColumnConfig[], row_height: int|null}
    # ``table`` = the columnar format of st/_table.py (buffers as Binary); ``*_config`` = one resolved
    # st.column_config dict per index level / data column (st/column_config.py), {} when unset.
    "table",  # {data: table, hide_index, hide_header, border: true|false|"horizontal"}  st.table: a static
    # HTML table, every row in the DOM
    "data_editor",  # the dataframe props + {value: edits, num_rows: "fixed"|"dynamic", disabled: bool}
    # edits (= the wire value) = {edited_rows: {"<row position>": {"<column>": v}}, added_rows: [{"<column>": v}],
    # deleted_rows: int[]}; "_index" names the index; v is JSON (dates/times as ISO text).
    "vega_lite_chart",  # {spec (Vega-Lite JSON text, data by name), datasets: [{name, data: table} | {name, values}],
    # use_container_width, theme: "streamlit"|null, builtin}  every st.*_chart / altair_chart / vega_lite_chart;
    # ``data`` is a columnar table (buffers as Binary); ``name`` is a content hash: same name = same data.
    "plotly_chart",  # {spec (plotly figure JSON text), config (JSON text), theme: "streamlit"|"", width: "stretch"|
    # "content"|px, height: "stretch"|px, alt: str|null, selection_mode: ("box"|"lasso"|"points")[] (empty: not a
    # widget)}  st.plotly_chart; with on_select a widget whose wire value is the selection as JSON text
    # {"selection": {points, point_indices, box, lasso}}; drawn by the lazily loaded plotly.js chunk.
    "chat_input",  # {placeholder, max_chars, disabled, accept_file: "none"|"single"|"multiple"|"directory",
    # file_type: str[]|null, max_upload_size_mb, accept_audio, submit_mode, width, bottom: bool (in Root.BOTTOM),
    # value: str|null (text put in the box by st.session_state, once), set_value_run: int|null}
    # wire value (sent on Enter): {text, files: [{file_id, name, type, size, data: Uint8Array}]}.
    "page_link",  # {label, page: url_path | external URL, page_key: str|null, external, icon, help, disabled,
    # use_container_width, query_string}  st.page_link; a click on an app page sends ``navigate``.
]

BlockType = Literal[
    "vertical",  # {border, height}  st.container / the body of a column, expander ...
    # st.container adds {width, stretch_height, horizontal, wrap, horizontal_alignment: left|center|right|
    # distribute, vertical_alignment: top|center|bottom|distribute, gap: CSS length}
    "horizontal",  # {gap, vertical_alignment}  the row made by st.columns; st.container(horizontal=True)
    # is one too, with st.container's props (see "vertical"; its gap is a CSS length)
    "column",  # {weight}
    "expander",  # {label, expanded, icon, type, width, id}
    # id (expander, tab_container, popover): a widget id when on_change is not "ignore"; the page then sends
    # the user's changes to it (expander/popover: open as a bool; tabs: the selected tab's label).
    "tab_container",  # {default: index, width, height, id}  st.tabs; its children are "tab" blocks
    "tab",  # {label}  every tab's body is rendered; the page shows the selected one
    "popover",  # {label, help, icon, disabled, use_container_width, width, kind, open, id}
    "grid",  # {columns: int|null ("auto"), min_column_width: px|null, wrap, row_gap, column_gap (CSS lengths),
    # vertical_alignment, border, row_height: px|null, width, height, dense}  st.grid: each child is a cell
    "form",  # {form_id, clear_on_submit, enter_to_submit, border}
    "chat_message",  # {name, avatar_type: "icon"|"emoji"|"image", avatar: str ("user"|"assistant"|""|emoji|
    # ":material/x:"|url), avatar_image: {url}|{data: Binary, mime}|null, width}  "" = the name's first letter
    "status",  # {label, expanded, state: "running"|"complete"|"error", icon, type: "default"|"compact"|"step",
    # width}  st.status; .update() re-sends the block at its path (children are kept)
    # A "vertical" block with ``fragment_id`` in its props is an @st.fragment's part of the page.
    "dialog",  # {title, width: "small"|"medium"|"large"|int, dismissible, icon, is_open, dismiss_id: str|null}
    # in Root.EVENT; its child 0 is the body (a fragment). With on_dismiss != "ignore", dismissing it sends
    # an interaction {id: dismiss_id, value: true}.
]


class ElementNode(TypedDict):
    kind: Literal["element"]
    type: ElementType
    # Widget id for widgets, null for plain elements. The page sends it back in WidgetUpdate.
    id: str | None
    props: dict[str, Any]


class BlockNode(TypedDict):
    kind: Literal["block"]
    type: BlockType
    props: dict[str, Any]


Node = Union[ElementNode, BlockNode]

RunStatus = Literal[
    "ok",  # finished; stale slots are removed
    "error",  # an uncaught exception (shown as an element); stale slots are removed
    "stopped",  # st.stop(); stale slots are removed
    "rerun",  # st.rerun(); another run follows, stale slots stay until it ends
    "compile_error",  # the script did not compile; the previous page stays, plus the error
]

# ---------------------------------------------------------------- worker -> page


class BootProgress(TypedDict):
    type: Literal["boot_progress"]
    stage: str  # "pyodide" | "packages" | "runtime" | "app"
    label: str  # human text, e.g. "Loading pandas"
    fraction: float  # 0..1 of the whole boot


class BootError(TypedDict):
    type: Literal["boot_error"]
    message: str  # what went wrong, in words a user can act on
    detail: str  # technical detail (URL, status, exception text)


class Ready(TypedDict):
    type: Literal["ready"]
    protocol: int
    session_id: str
    # The dev server's event stream (manifest.dev_events), so the page need not read the manifest again.
    dev_events: str | None


# A run's *scope*: null = the whole page; otherwise the block paths it rewrites (an
# @st.fragment rerun: the fragment's block, plus the blocks it writes into elsewhere).
# run_started marks stale only the slots inside those blocks; run_finished removes only
# unwritten slots inside them, and every slot outside them counts as written by the run.
Scope = Union[list[list[int]], None]


class RunStarted(TypedDict):
    type: Literal["run_started"]
    run_id: int
    scope: Scope


class Delta(TypedDict):
    type: Literal["delta"]
    run_id: int
    path: list[int]
    node: Node


class RunFinished(TypedDict):
    type: Literal["run_finished"]
    run_id: int
    status: RunStatus
    # Usually the run_started scope; [] when nothing may be removed (a callback raised:
    # the exception is shown after the page, which stays as it was).
    scope: Scope


class PageConfig(TypedDict):
    type: Literal["page_config"]
    title: str | None
    icon: str | None
    layout: Literal["centered", "wide"]
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"]


class Effect(TypedDict):
    """One-shot visual effects that are not part of the element tree."""

    type: Literal["effect"]
    effect: Literal["toast", "balloons", "snow"]
    body: str | None
    icon: str | None


class FragmentTimers(TypedDict):
    """The @st.fragment(run_every=...) timers the page runs: sent after every run, the whole set.

    The page (re)starts a timer per fragment id and, when one fires, sends ``fragment_rerun``.
    A fragment that is gone (or changed interval) is dropped from the set."""

    type: Literal["fragment_timers"]
    timers: dict[str, float]  # fragment id -> interval in seconds


class NavPage(TypedDict):
    key: str  # the page's identity (its inferred URL pathname, also for the default page)
    title: str
    icon: str  # emoji, ":material/name:" or ""
    url_path: str  # "" for the default page; the page's URL is ``#/<url_path>``
    section: str
    default: bool
    hidden: bool  # visibility="hidden": runs and links work, the nav does not list it
    external_url: str | None
    help: str


class Navigation(TypedDict):
    """st.navigation (or the pages/ folder) in this run: the pages and which one runs."""

    type: Literal["navigation"]
    pages: list[NavPage]
    sections: list[str]
    position: Literal["sidebar", "top", "hidden"]
    expanded: bool
    visible_items: int | None
    current: str  # key of the page this run executes
    page_not_found: str | None  # the pathname asked for that does not exist (the default page runs)


class PageInfo(TypedDict):
    """What the browser's address should show: ``?<query_string>#/<page>`` (no hash for "").

    history "push" adds an entry (the run landed on another page), "replace" rewrites the
    current one (st.query_params changed)."""

    type: Literal["page_info"]
    page: str  # url_path
    query_string: str
    history: Literal["push", "replace"]


class StateSnapshot(TypedDict):
    """session_state pickled after a completed run (``_state/persist.py``). The page keeps
    the latest one and hands it to a replacement worker (Stop without isolation, a crash)."""

    type: Literal["state_snapshot"]
    data: Any  # Uint8Array (transferred)


class WorkerCrashed(TypedDict):
    """The runtime cannot go on (a fatal Pyodide error, out of memory, ``self.close()``):
    the page replaces the worker."""

    type: Literal["worker_crashed"]
    message: str
    detail: str


WorkerMessage = Union[BootProgress, BootError, Ready, RunStarted, Delta, RunFinished, PageConfig, Effect,
                      FragmentTimers, Navigation, PageInfo]
# Worker lifecycle messages (page/supervisor.ts), outside WorkerMessage: never reach PageState.
WorkerLifecycle = Union[StateSnapshot, WorkerCrashed]

# ---------------------------------------------------------------- page -> worker


class WidgetUpdate(TypedDict):
    id: str
    # The widget's wire value: the same shape as the node's ``props.value``
    # (bool, str, number, null, index, list of indices/numbers). For buttons: true.
    # Bytes (file_uploader) are Uint8Arrays in the page; the worker sends them to Python
    # beside the JSON, as {"$binary": i} + buffers, the mirror of ``encode`` (``decode``).
    value: Any


class Interaction(TypedDict):
    """The user changed widgets; apply them, run callbacks, rerun the script."""

    type: Literal["interaction"]
    updates: list[WidgetUpdate]


class RerunRequest(TypedDict):
    """Rerun with no widget change (the "Rerun" key, or a dev reload)."""

    type: Literal["rerun"]


class FragmentRerun(TypedDict):
    """A run_every timer fired: rerun only these fragments (ids from ``fragment_timers``)."""

    type: Literal["fragment_rerun"]
    fragment_ids: list[str]


class SourceChanged(TypedDict):
    """Dev server: the app's files changed; the worker fetched them again."""

    type: Literal["source_changed"]


class EmbeddedAssets(TypedDict):
    """Single-file build only: the site's files, sent once, as the worker's first message.

    The page decodes them from the HTML (``single_file.py``) and transfers them; the worker
    answers its own requests for ``https://embedded.invalid/<path>`` from them. Never
    reaches Python.
    """

    type: Literal["embedded_assets"]
    files: dict[str, Any]  # site path ("pyodide/pyodide.asm.wasm") -> ArrayBuffer


class Navigate(TypedDict):
    """Open a page: a nav or page link click, back/forward, or the address at first load.

    The first load sends it (and ``client_context``) before the worker is ready, so the
    first run already runs the page of the URL with its query params."""

    type: Literal["navigate"]
    page: str  # url_path from the address / the link ("" = the default page)
    page_key: str | None  # a link's page key (wins over ``page``)
    query_string: str  # without "?"
    from_url: bool  # the address already shows this page (first load, popstate)


class ClientContext(TypedDict):
    """st.context fields only the page knows; applied before the next run (no run by itself)."""

    type: Literal["client_context"]
    timezone: str | None
    timezone_offset: int | None  # minutes, as JavaScript's getTimezoneOffset()
    locale: str | None
    url: str  # the page's URL without query string and hash
    is_embedded: bool
    color_scheme: Literal["light", "dark"] | None
    cookies: dict[str, str]  # document.cookie (HttpOnly cookies are not readable)
    headers: dict[str, str]  # the request headers JavaScript knows: Host, User-Agent, Accept-Language...


class RestoreState(TypedDict):
    """A replacement worker's first message after boot: the last ``state_snapshot``. Never reaches the engine."""

    type: Literal["restore_state"]
    data: Any  # Uint8Array


class InterruptBuffer(TypedDict):
    """Cross-origin isolated pages only, sent once at start: the Int32Array over a
    SharedArrayBuffer that Stop writes 2 (SIGINT) into (``pyodide.setInterruptBuffer``)."""

    type: Literal["interrupt_buffer"]
    buffer: Any  # Int32Array over a SharedArrayBuffer


PageMessage = Union[Interaction, RerunRequest, SourceChanged, EmbeddedAssets, FragmentRerun, Navigate, ClientContext]
PageLifecycle = Union[RestoreState, InterruptBuffer]  # handled by worker.ts itself

MESSAGE_TYPES = [
    BootProgress, BootError, Ready, RunStarted, Delta, RunFinished, PageConfig, Effect, FragmentTimers,
    NavPage, Navigation, PageInfo, Navigate, ClientContext,
    WidgetUpdate, Interaction, RerunRequest, SourceChanged, EmbeddedAssets, FragmentRerun, ElementNode, BlockNode,
    StateSnapshot, WorkerCrashed, RestoreState, InterruptBuffer,
]

# ---------------------------------------------------------------- TypeScript generation


def _ts_type(tp: Any) -> str:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return "any"
    if tp is type(None):
        return "null"
    if tp is str:
        return "string"
    if tp in (int, float):
        return "number"
    if tp is bool:
        return "boolean"
    if origin is Literal:
        return " | ".join(f'"{a}"' if isinstance(a, str) else str(a) for a in args)
    if origin is list:
        inner = _ts_type(args[0])
        return f"({inner})[]" if " " in inner else f"{inner}[]"
    if origin is dict:
        return f"Record<{_ts_type(args[0])}, {_ts_type(args[1])}>"
    if origin in (Union, getattr(__import__("types"), "UnionType", Union)):
        return " | ".join(_ts_type(a) for a in args)
    if isinstance(tp, type) and typing.is_typeddict(tp):
        return tp.__name__
    raise TypeError(f"no TypeScript form for {tp!r}")


def typescript() -> str:
    """The TypeScript declarations of every message, for ``web/src``."""
    module = sys.modules[__name__]
    hints_ns = vars(module)
    out = [
        "// GENERATED from runtime_py/wasmlit/protocol.py — do not edit.",
        "// Regenerate: python -m wasmlit.protocol > web/src/protocol.gen.ts",
        "",
        f"export const PROTOCOL_VERSION = {PROTOCOL_VERSION};",
        f"export const ROOT_MAIN = {Root.MAIN};",
        f"export const ROOT_SIDEBAR = {Root.SIDEBAR};",
        f"export const ROOT_EVENT = {Root.EVENT};",
        f"export const ROOT_BOTTOM = {Root.BOTTOM};",
        f"export const ROOT_LOGO = {Root.LOGO};",
        f'export const BINARY_REF = "{BINARY_REF}";',
        "",
        f"export type ElementType = {_ts_type(ElementType)};",
        f"export type BlockType = {_ts_type(BlockType)};",
        f"export type RunStatus = {_ts_type(RunStatus)};",
        "",
    ]
    for cls in MESSAGE_TYPES:
        hints = typing.get_type_hints(cls, globalns=hints_ns)
        out.append(f"export interface {cls.__name__} {{")
        for name, tp in hints.items():
            if tp is ElementType:
                ts = "ElementType"
            elif tp is BlockType:
                ts = "BlockType"
            elif tp is RunStatus:
                ts = "RunStatus"
            else:
                ts = _ts_type(tp)
            out.append(f"  {name}: {ts};")
        out.append("}")
        out.append("")
    out.append("export type Node = ElementNode | BlockNode;")
    out.append("export type WorkerMessage = " + " | ".join(c.__name__ for c in typing.get_args(WorkerMessage)) + ";")
    out.append("export type PageMessage = " + " | ".join(c.__name__ for c in typing.get_args(PageMessage)) + ";")
    for name, union in (("WorkerLifecycle", WorkerLifecycle), ("PageLifecycle", PageLifecycle)):
        out.append(f"export type {name} = " + " | ".join(c.__name__ for c in typing.get_args(union)) + ";")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(typescript())
