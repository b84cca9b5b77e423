"""st.write_stream: write a stream of chunks as it arrives (a "typewriter").

Consecutive text chunks grow ONE markdown slot: every chunk re-sends that slot with the
text so far, and each delta is posted at once (the worker forwards it to the page while
the script is still running), so the page paints the reply chunk by chunk. Anything else
is written with st.write (a callable chunk is called), which closes the current text run.
Returns the text when the stream was one text run, else the list of what was written.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import sys
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from wasmlit.st.delta_generator import DeltaGenerator

_OPENAI_CHUNK = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_EVENT = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_TEXT_EVENTS = ("response.output_text.delta", "response.refusal.delta")
_LANGCHAIN_CHUNK = "langchain_core.messages.ai.AIMessageChunk"


class StreamingOutput(list):  # type: ignore[type-arg]
    """What write_stream returns when the stream was not a single text run."""


def _type_name(obj: Any) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def _library_fix(library: str, what: str) -> str:
    return (f"Failed to parse the {what}. The most likely cause is a change of the chunk object structure "
            f"due to a recent {library} update. You might be able to fix this by downgrading the {library} "
            "library or upgrading Streamlit. Also, please report this issue to: "
            "https://github.com/streamlit/streamlit/issues.")


def chunk_text(chunk: Any) -> Any:
    """OpenAI / LangChain chunk objects → their text; any other chunk unchanged."""
    name = _type_name(chunk)
    if _OPENAI_CHUNK.match(name):
        try:
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""  # e.g. Azure OpenAI's first chunk has no choices
            return chunk.choices[0].delta.content or ""
        except AttributeError as exc:
            raise StreamlitAPIException(_library_fix("OpenAI", "OpenAI ChatCompletionChunk")) from exc
    if _OPENAI_EVENT.match(name):
        try:
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
        except AttributeError as exc:
            message = _library_fix("OpenAI", "OpenAI Response stream event").replace(
                "chunk object", "event object")
            raise StreamlitAPIException(message) from exc
    if name == _LANGCHAIN_CHUNK:
        try:
            return chunk.content or ""
        except AttributeError as exc:
            raise StreamlitAPIException(_library_fix("LangChain", "LangChain AIMessageChunk")) from exc
    return chunk


class _SleepingSelector:
    """Stands in for a selector in a loop that has no I/O to wait for: it just sleeps."""

    def select(self, timeout: float | None) -> list[Any]:
        if timeout:
            time.sleep(min(timeout, 1.0))
        return []

    def close(self) -> None:
        pass


class _PlainLoop(asyncio.BaseEventLoop):
    """An event loop for async generators in the browser worker.

    Pyodide's own loop cannot block until a coroutine is done (the worker's JS event loop
    would have to run), but a script runs synchronously; timers (asyncio.sleep) are all an
    async stream needs there, and this loop serves them by sleeping.
    """

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepingSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def _new_loop() -> asyncio.AbstractEventLoop:
    return _PlainLoop() if sys.platform == "emscripten" else asyncio.new_event_loop()


def _run(loop: asyncio.AbstractEventLoop, awaitable: Any) -> Any:
    # Pyodide's WebLoop is registered as the running loop for the whole worker, which makes
    # any other loop refuse to run; step it aside while ours runs, then put it back.
    outer = asyncio._get_running_loop()
    asyncio._set_running_loop(None)
    try:
        return loop.run_until_complete(awaitable)
    finally:
        asyncio._set_running_loop(outer)


def _sync_chunks(stream: AsyncIterator[Any]) -> Iterator[Any]:
    loop = _new_loop()
    try:
        while True:
            try:
                yield _run(loop, stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


def _as_iterator(stream: Any) -> Iterator[Any]:
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream) or (hasattr(stream, "__anext__") and not hasattr(stream, "__next__")):
        return _sync_chunks(stream)
    try:
        return iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable.") from exc


class WriteStreamMixin:
    def write_stream(self: "DeltaGenerator", stream: Any, *, cursor: str | None = None) -> Any:
        from wasmlit.st.write import _is_dataframe_like

        if isinstance(stream, str) or _is_dataframe_like(stream):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `stream` type. Expected one of: generator, stream-like object. "
                f"Provided type: {type(stream).__name__}. Please use `st.write` instead for this data type.")
        written: list[Any] = StreamingOutput()
        text = ""
        slot: "DeltaGenerator | None" = None

        def flush() -> None:
            nonlocal text, slot
            if text and slot is not None:
                slot.markdown(text)  # the final text, without the cursor
                written.append(text)
            text, slot = "", None

        for chunk in _as_iterator(stream):
            chunk = chunk_text(chunk)
            if isinstance(chunk, str):
                if not chunk:
                    continue
                first = slot is None
                if first:
                    slot = self.empty()
                text += chunk
                slot.markdown(text + ("" if first else (cursor or "")))
            elif callable(chunk):
                flush()
                chunk()
            else:
                flush()
                self.write(chunk)
                written.append(chunk)
        flush()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written
