"""What ``st.chat_input(accept_file=...)`` returns: the text and the files of one submission.

It reads as attributes (``.text``, ``.files``, ``.audio``) and as a mapping
(``value["text"]``, ``dict(value)``), as Streamlit 1.67's ``ChatInputValue``; ``files``
exists only with ``accept_file``, ``audio`` only with ``accept_audio``.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any


class ChatInputValue(MutableMapping[str, Any]):
    def __init__(self, text: str, files: list[Any] | None = None, audio: Any = None, *,
                 include_files: bool = False, include_audio: bool = False) -> None:
        fields = {"text": text}
        if include_files:
            fields["files"] = list(files or [])
        if include_audio:
            fields["audio"] = audio
        object.__setattr__(self, "_fields", fields)

    def __getattr__(self, name: str) -> Any:
        fields = object.__getattribute__(self, "_fields")
        if name in fields:
            return fields[name]
        if name == "files":
            raise AttributeError("'ChatInputValue' object has no attribute 'files' (accept_file=False)")
        if name == "audio":
            raise AttributeError("'ChatInputValue' object has no attribute 'audio' (accept_audio=False)")
        raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'")

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def to_dict(self) -> dict[str, Any]:
        return dict(self._fields)

    def __getitem__(self, key: str) -> Any:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        return self._fields[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        self._fields[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        del self._fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._fields))

    def __len__(self) -> int:
        return len(self._fields)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self._fields == other._fields
        return NotImplemented

    def __deepcopy__(self, memo: dict[int, Any]) -> "ChatInputValue":
        import copy

        clone = ChatInputValue("")
        object.__setattr__(clone, "_fields", copy.deepcopy(self._fields, memo))
        return clone

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"ChatInputValue({args})"
