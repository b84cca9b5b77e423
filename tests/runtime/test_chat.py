"""st.chat_input, st.chat_message and st.write_stream (Streamlit 1.67 behaviour), through AppTest."""

from __future__ import annotations

import types

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest

CHAT_APP = """
    import streamlit as st
    st.session_state.setdefault("messages", [])
    for m in st.session_state.messages:
        with st.chat_message(m["role"]):
            st.markdown(m["content"])
    if prompt := st.chat_input("Say something"):
        st.session_state.messages.append({"role": "user", "content": prompt})
        with st.chat_message("user"):
            st.markdown(prompt)
        with st.chat_message("assistant"):
            reply = st.write_stream(w + " " for w in ["You", "said:", prompt])
        st.session_state.messages.append({"role": "assistant", "content": reply})
"""


# ---------------------------------------------------------------- chat_input


def test_chat_input_returns_the_text_once_then_none():
    at = AppTest.from_string("""
        import streamlit as st
        v = st.chat_input("Say")
        st.write(repr(v))
    """).run()
    assert at.markdown[0].value == "None"
    assert at.chat_input[0].placeholder == "Say"
    at.chat_input[0].set_value("hi").run()
    assert at.markdown[0].value == "'hi'"
    assert at.chat_input[0].value == "hi"  # what that run returned, as Streamlit's AppTest
    at.run()
    assert at.markdown[0].value == "None"
    assert at.chat_input[0].value is None


def test_chat_history_stays_across_runs():
    at = AppTest.from_string(CHAT_APP).run()
    assert len(at.chat_message) == 0
    at.chat_input[0].set_value("hello").run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[1].markdown[0].value == "You said: hello"
    at.chat_input[0].set_value("again").run()
    assert [m.name for m in at.chat_message] == ["user", "assistant", "user", "assistant"]
    assert [m.markdown[0].value for m in at.chat_message] == ["hello", "You said: hello", "again",
                                                               "You said: again"]
    at.run()  # a plain rerun shows the history from session_state, nothing new
    assert len(at.chat_message) == 4


def test_chat_input_in_the_main_area_goes_to_the_bottom_root_else_inline():
    at = AppTest.from_string("""
        import streamlit as st
        st.write("top")
        st.chat_input("main", key="a")
        with st.container():
            st.chat_input("in container", key="b")
        st.sidebar.chat_input("side", key="c")
        col, = st.columns(1)
        col.chat_input("column", key="d")
        st.empty().chat_input("empty slot", key="e")
        st.write("after")
    """).run()
    where = {c.placeholder: (c._path[0], c.bottom) for c in at.chat_input}
    assert where == {"main": (protocol.Root.BOTTOM, True), "in container": (protocol.Root.MAIN, False),
                     "side": (protocol.Root.SIDEBAR, False), "column": (protocol.Root.MAIN, False),
                     "empty slot": (protocol.Root.BOTTOM, True)}
    # The main area keeps its own order: nothing of the pinned inputs is left in it.
    assert [m.value for m in at.main.markdown] == ["top", "after"]


def test_max_chars_truncates_and_is_sent_to_the_page():
    at = AppTest.from_string("""
        import streamlit as st
        v = st.chat_input(max_chars=5, key="k")
        st.write(repr(v), repr(st.session_state.k))
    """).run()
    assert at.chat_input[0].max_chars == 5
    at.chat_input[0].set_value("hello world").run()
    assert at.markdown[0].value == "'hello' 'hello'"


def test_on_submit_runs_before_the_script_with_the_value_in_session_state():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def cb(tag, *, n):
            st.session_state.seen.append((tag, n, st.session_state.box))
        st.chat_input(key="box", on_submit=cb, args=("x",), kwargs={"n": 1})
        st.write(str(st.session_state.seen))
    """).run()
    assert at.markdown[0].value == "[]"
    at.chat_input[0].set_value("a").run()
    assert at.markdown[0].value == "[('x', 1, 'a')]"
    at.run()
    assert at.markdown[0].value == "[('x', 1, 'a')]"  # no callback without a submission
    at.chat_input[0].set_value("a").run()  # the same text again is a new submission
    assert at.markdown[0].value == "[('x', 1, 'a'), ('x', 1, 'a')]"


def test_session_state_puts_text_in_the_box_without_submitting():
    at = AppTest.from_string("""
        import streamlit as st
        if st.button("fill"):
            st.session_state.ci = "prefilled"
        v = st.chat_input("Say", key="ci")
        st.write(repr(v), repr(st.session_state.get("ci")))
    """).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "None None"
    assert at.chat_input[0].proto["props"]["value"] == "prefilled"
    at.run()
    assert at.markdown[0].value == "None None"
    assert at.chat_input[0].proto["props"]["value"] is None


def test_disabled_chat_input_cannot_be_set():
    at = AppTest.from_string("import streamlit as st\nst.chat_input(disabled=True)").run()
    assert at.chat_input[0].disabled
    with pytest.raises(Exception, match="disabled"):
        at.chat_input[0].set_value("x")


def test_accept_file_returns_text_and_uploaded_files():
    at = AppTest.from_string("""
        import streamlit as st
        v = st.chat_input("Msg", accept_file="multiple", file_type=["txt"])
        if v:
            st.write(type(v).__name__, v.text, v["text"], str(sorted(v)))
            for f in v.files:
                st.write(f.name, f.type, f.read().decode())
    """).run()
    assert at.chat_input[0].proto["props"]["accept_file"] == "multiple"
    assert at.chat_input[0].proto["props"]["file_type"] == [".txt"]
    at.chat_input[0].upload("a.txt", b"alpha", "text/plain").upload("b.txt", b"beta", "text/plain")
    at.chat_input[0].set_value("see files").run()
    assert at.markdown.values == ["ChatInputValue see files see files ['files', 'text']",
                                  "a.txt text/plain alpha", "b.txt text/plain beta"]
    at.run()
    assert at.markdown.values == []  # files are one-shot, like the text


def test_accept_file_single_replaces_and_no_attribute_files_without_it():
    at = AppTest.from_string("""
        import streamlit as st
        v = st.chat_input(accept_file=True, key="a")
        if v:
            st.write(str([f.name for f in v.files]))
        w = st.chat_input(key="b")
    """).run()
    at.chat_input[0].upload("1.bin", b"1").upload("2.bin", b"2").set_value("t").run()
    assert at.markdown[0].value == "['2.bin']"
    with pytest.raises(Exception, match="does not accept files"):
        at.chat_input[1].upload("x.txt", b"x")


def test_chat_input_value_without_files_has_no_files_attribute():
    from wasmlit.st._chat_value import ChatInputValue

    v = ChatInputValue("hi", include_audio=True)
    assert dict(v) == {"text": "hi", "audio": None}
    with pytest.raises(AttributeError, match="accept_file=False"):
        v.files
    with pytest.raises(KeyError):
        v["files"]


@pytest.mark.parametrize(("call", "message"), [
    ('st.chat_input(accept_file="x")',
     "Invalid `accept_file` value. Supported values: True, False, 'multiple', 'directory'. Got 'x'."),
    ('st.chat_input(submit_mode="x")', "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."),
    ("st.chat_input(max_upload_size=0)",
     "Invalid `max_upload_size` value. Supported values: a positive integer. Set it to None to fall back to "
     "the `server.maxUploadSize` configuration option."),
    ('with st.form("f"):\n    st.chat_input()', "`st.chat_input()` can't be used in a `st.form()`."),
    ("st.chat_input(); st.chat_input()", "There are multiple `chat_input` elements with the same auto-generated ID."),
    ('st.chat_input(width="content")',
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
])
def test_chat_input_errors(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert at.exception[0].message.startswith(message)


# ---------------------------------------------------------------- chat_message


def test_chat_message_names_and_default_avatars():
    at = AppTest.from_string("""
        import streamlit as st
        for n in ["user", "human", "assistant", "ai", "Bob", "🦖", "USER"]:
            with st.chat_message(n):
                st.write(n)
        with st.chat_message("x", avatar="🤖"):
            st.write("emoji")
        with st.chat_message("x", avatar=":material/smart_toy:"):
            st.write("icon")
        st.chat_message("")
    """).run()
    got = [(m.name, m.avatar, m.proto["props"]["avatar_type"]) for m in at.chat_message]
    assert got == [("user", "user", "icon"), ("human", "user", "icon"), ("assistant", "assistant", "icon"),
                   ("ai", "assistant", "icon"), ("Bob", "", "icon"), ("🦖", "🦖", "emoji"),
                   ("USER", "user", "icon"), ("x", "🤖", "emoji"), ("x", ":material/smart_toy:", "icon"),
                   ("", "", "icon")]
    assert at.chat_message[0].markdown[0].value == "user"
    assert at.chat_message[7].markdown[0].value == "emoji"


def test_chat_message_image_avatars():
    at = AppTest.from_string("""
        import numpy as np
        import streamlit as st
        st.chat_message("a", avatar=np.zeros((4, 4, 3), dtype=np.uint8)).write("numpy")
        st.chat_message("b", avatar="https://example.com/a.png").write("url")
    """).run()
    first, second = at.chat_message
    assert first.proto["props"]["avatar_type"] == "image"
    assert first.avatar.startswith("data:image/png;base64,")
    assert second.avatar == "https://example.com/a.png"
    assert first.markdown[0].value == "numpy"


@pytest.mark.parametrize(("call", "message"), [
    ("st.chat_message(None)", "The `name` parameter is required."),
    ('st.chat_message("a", avatar="notanimage")', "Failed to load the provided avatar value as an image."),
    ('st.chat_message("a", avatar=123)', "Failed to load the provided avatar value as an image."),
    ('st.chat_message("a", avatar=":material/Not An Icon:")', "is not a valid Material icon."),
    ('st.chat_message("a", width="bad")',
     "Invalid width value: 'bad'. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
])
def test_chat_message_errors(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert message in at.exception[0].message


# ---------------------------------------------------------------- write_stream


def _deltas_at(at: AppTest, path: list[int]) -> list[str]:
    """Every markdown body sent to ``path`` (the page sees each one as it arrives)."""
    return [m["node"]["props"]["body"] for m in at._local.messages
            if m.get("type") == "delta" and m["path"] == path and m["node"]["type"] == "markdown"]


def test_write_stream_grows_one_markdown_element_chunk_by_chunk():
    at = AppTest.from_string("""
        import streamlit as st
        r = st.write_stream(["Hel", "lo", "", " world"], cursor="▌")
        st.write(repr(r))
    """).run()
    assert at.markdown.values == ["Hello world", "'Hello world'"]
    assert _deltas_at(at, [0, 0]) == ["Hel", "Hello▌", "Hello world▌", "Hello world"]


def test_write_stream_generators_async_and_generator_functions():
    at = AppTest.from_string("""
        import asyncio
        import time
        import streamlit as st
        def gen():
            for w in ["a", "b"]:
                time.sleep(0.01)
                yield w
        async def agen():
            for w in ["x", "y"]:
                await asyncio.sleep(0.01)
                yield w
        st.write(repr(st.write_stream(gen)))
        st.write(repr(st.write_stream(gen())))
        st.write(repr(st.write_stream(agen)))
        st.write(repr(st.write_stream(agen())))
        st.write(repr(st.write_stream([])))
    """).run()
    assert at.markdown.values == ["ab", "'ab'", "ab", "'ab'", "xy", "'xy'", "xy", "'xy'", "''"]


def test_write_stream_mixed_chunks_return_the_list():
    at = AppTest.from_string("""
        import streamlit as st
        r = st.write_stream(["a", "b", "", {"k": 1}, lambda: st.write("called"), "c"])
        st.write(repr(r), type(r).__name__)
    """).run()
    assert at.markdown.values == ["ab", "called", "c", "['ab', {'k': 1}, 'c'] StreamingOutput"]
    assert at.json[0].value == '{"k": 1}'


def _chunk_class(module: str, name: str) -> type:
    return type(name, (), {"__module__": module})


def test_write_stream_openai_and_langchain_chunks():
    openai_chunk = _chunk_class("openai.types.chat.chat_completion_chunk", "ChatCompletionChunk")
    lc_chunk = _chunk_class("langchain_core.messages.ai", "AIMessageChunk")

    def oa(text):
        c = openai_chunk()
        c.choices = [types.SimpleNamespace(delta=types.SimpleNamespace(content=text))]
        return c

    empty = openai_chunk()
    empty.choices = []
    lc = lc_chunk()
    lc.content = "!"
    chunks = [empty, oa("Hi"), oa(None), oa(" there"), lc]
    at = AppTest.from_string("""
        import streamlit as st
        st.write(repr(st.write_stream(st.session_state.chunks)))
    """)
    at.session_state.chunks = chunks
    at.run()
    assert at.markdown.values == ["Hi there!", "'Hi there!'"]


@pytest.mark.parametrize(("call", "message"), [
    ('st.write_stream("abc")', "Invalid `stream` type. Expected one of: generator, stream-like object. "
                               "Provided type: str. Please use `st.write` instead for this data type."),
    ("st.write_stream(5)", "The provided input (type: <class 'int'>) cannot be iterated. Please make sure "
                           "that it is a generator, generator function or iterable."),
])
def test_write_stream_errors(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert at.exception[0].message == message


def test_write_stream_inside_a_chat_message():
    at = AppTest.from_string("""
        import streamlit as st
        with st.chat_message("assistant"):
            st.write_stream(iter(["one ", "two"]))
    """).run()
    assert at.chat_message[0].markdown[0].value == "one two"


def test_the_browser_event_loop_serves_timers_by_sleeping():
    """In Pyodide an async stream runs on _PlainLoop (no I/O, timers only); check it on CPython too."""
    import asyncio
    import time

    from wasmlit.st.write_stream import _PlainLoop

    async def agen():
        for w in ["a", "b"]:
            await asyncio.sleep(0.05)
            yield w

    loop = _PlainLoop()
    started = time.monotonic()
    gen = agen()
    got = [loop.run_until_complete(gen.__anext__()) for _ in range(2)]
    loop.close()
    assert got == ["a", "b"]
    assert time.monotonic() - started >= 0.1
