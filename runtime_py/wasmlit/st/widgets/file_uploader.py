"""st.file_uploader and ``UploadedFile``.

Files reach the worker inside the interaction itself: the page sends the widget's
whole file list, ``[{file_id, name, type, size, data?}]``, where ``data`` (bytes,
sent as a transferred Uint8Array and restored by ``protocol.decode``) is present only
for files added since the last update; files sent before are referred to by
``file_id`` and looked up in the session's upload store.

``server.maxUploadSize`` (MB, default 200) from the app's ``.streamlit/config.toml``
is checked by the page before reading a file, and again here.
"""

from __future__ import annotations

import io
import logging
import mimetypes
import os
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.st.widgets._registry import WidgetSpec, common_props, register

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

log = logging.getLogger("wasmlit")

DEFAULT_MAX_UPLOAD_MB = 200
STORE = "uploaded_files"  # AppSession.extras: file_id -> _FileRecord
OWNERS = "uploaded_files_by_widget"  # AppSession.extras: widget id -> file ids
ERRORS = "upload_errors"  # AppSession.extras: widget id -> files refused by the last update


@dataclass(frozen=True)
class _FileRecord:
    file_id: str
    name: str
    type: str
    data: bytes


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a ``BytesIO`` (``read``, ``seek``, ``getvalue``) with
    ``name``, ``type``, ``size`` and ``file_id``. Each run gets a fresh object at position 0."""

    def __init__(self, record: _FileRecord, file_urls: Any = None) -> None:
        super().__init__(record.data)
        self._record = record
        self.file_id = record.file_id
        self.name = record.name
        self.type = record.type
        self.size = len(record.data)
        self._file_urls = file_urls

    def __deepcopy__(self, memo: dict[int, Any]) -> "UploadedFile":
        return UploadedFile(self._record, self._file_urls)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"


def max_upload_mb(app_dir: str) -> float:
    """``[server] maxUploadSize`` in ``<app>/.streamlit/config.toml`` (MB), default 200."""
    path = os.path.join(app_dir, ".streamlit", "config.toml")
    try:
        with open(path, "rb") as f:
            value = tomllib.load(f).get("server", {}).get("maxUploadSize", DEFAULT_MAX_UPLOAD_MB)
    except FileNotFoundError:
        return DEFAULT_MAX_UPLOAD_MB
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("wasmlit: ignoring .streamlit/config.toml (%s)", exc)
        return DEFAULT_MAX_UPLOAD_MB
    return float(value) if isinstance(value, (int, float)) and value > 0 else DEFAULT_MAX_UPLOAD_MB


def too_large_message(limit_mb: float) -> str:
    return f"File must be {float(limit_mb)}MB or smaller."


def normalize_types(type: str | list[str] | tuple[str, ...] | None) -> list[str] | None:
    """Streamlit's rules: lower case, a leading dot, jpg/jpeg go together."""
    if type is None:
        return None
    items = [type] if isinstance(type, str) else list(type)
    out: list[str] = []
    for item in items:
        t = str(item).strip().lower()
        if not t:
            continue
        if "/" not in t and not t.startswith("."):
            t = "." + t
        if t not in out:
            out.append(t)
    for a, b in ((".jpg", ".jpeg"), (".jpeg", ".jpg")):
        if a in out and b not in out:
            out.append(b)
    return out or None


def accepted(name: str, mime: str, types: list[str] | None) -> bool:
    if types is None:
        return True
    lower = name.lower()
    for t in types:
        if t.startswith(".") and lower.endswith(t):
            return True
        if "/" in t and (mime == t or (t.endswith("/*") and mime.startswith(t[:-1]))):
            return True
    return False


class FileUploaderMixin:
    def file_uploader(self: "DeltaGenerator", label: str, type: str | list[str] | None = None,
                      accept_multiple_files: bool | str = False, key: str | int | None = None,
                      help: str | None = None, on_change: Callable[..., Any] | None = None,
                      args: Any = None, kwargs: Any = None, *, max_upload_size: int | None = None,
                      disabled: bool = False, label_visibility: str = "visible", width: Any = None) -> Any:
        run = ctx_mod.get_run_context()
        session = run.session
        types = normalize_types(type)
        multiple = bool(accept_multiple_files)
        limit_mb = float(max_upload_size) if max_upload_size else max_upload_mb(session.script.directory)
        store: dict[str, _FileRecord] = session.extras.setdefault(STORE, {})
        errors: dict[str, list[dict[str, str]]] = session.extras.setdefault(ERRORS, {})
        me: dict[str, str] = {}  # this widget's id, once registered

        def deserialize(wire: Any) -> Any:
            files: list[UploadedFile] = []
            rejected = errors.setdefault(me.get("id", ""), [])
            for item in wire or []:
                if not isinstance(item, dict) or "file_id" not in item:
                    continue
                file_id, name = str(item["file_id"]), str(item.get("name", ""))
                mime = str(item.get("type") or mimetypes.guess_type(name)[0] or "application/octet-stream")
                if "data" in item and item["data"] is not None:
                    data = item["data"]
                    data = bytes(data.data if isinstance(data, protocol.Binary) else data)
                    if len(data) > limit_mb * 1024 * 1024:
                        rejected.append({"name": name, "message": too_large_message(limit_mb)})
                        continue
                    if not accepted(name, mime, types):
                        rejected.append({"name": name, "message": f"{mime} files are not allowed."})
                        continue
                    store[file_id] = _FileRecord(file_id, name, mime, data)
                record = store.get(file_id)
                if record is not None:
                    files.append(UploadedFile(record))
            if not multiple:
                return files[-1] if files else None
            return files

        def serialize(value: Any) -> list[dict[str, Any]]:
            items = value if isinstance(value, list) else ([] if value is None else [value])
            return [{"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size} for f in items]

        current, widget_id = register(self, WidgetSpec(
            kind="file_uploader", label=str(label), key=key, default=[] if multiple else None,
            identity={"type": types, "accept_multiple_files": multiple, "help": help},
            keyed_identity={"type": types, "accept_multiple_files": multiple},
            deserialize=deserialize, serialize=serialize, on_change=on_change, args=args, kwargs=kwargs,
            disabled=disabled, label_visibility=label_visibility, readonly_key=True,
        ))
        me["id"] = widget_id
        # Forget the bytes of files no uploader holds any more.
        owners: dict[str, set[str]] = session.extras.setdefault(OWNERS, {})
        owners[widget_id] = {f["file_id"] for f in serialize(current)}
        for gone in [w for w in owners if session.state.widget_meta(w) is None]:
            del owners[gone]
        live = set().union(*owners.values())
        for file_id in [f for f in store if f not in live]:
            del store[file_id]
        self._enqueue("file_uploader", {
            **common_props(str(label), help, disabled, label_visibility),
            "value": serialize(current), "accept": types, "multiple": multiple,
            "max_upload_size_mb": limit_mb, "errors": errors.pop(widget_id, []),
        }, widget_id)
        return current
