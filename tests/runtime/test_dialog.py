"""@st.dialog: a modal whose body is a fragment (Streamlit 1.67 behaviour), headless."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest

VOTE_APP = """
import streamlit as st
ss = st.session_state
ss.setdefault("full", 0)
ss.full += 1

@st.dialog("Cast your vote", width="large")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...", key="reason")
    if st.button("Submit"):
        ss.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in ss:
    st.write("Vote for your favorite")
    if st.button("A"):
        vote("A")
else:
    st.write(f"You voted for {ss.vote['item']} because {ss.vote['reason']}")
"""


def dialog_of(at: AppTest):
    dialogs = at.get("dialog")
    return dialogs[0] if dialogs else None


def test_calling_the_function_opens_a_dialog_in_the_event_root():
    at = AppTest.from_string(VOTE_APP).run()
    assert dialog_of(at) is None
    at.button[0].click().run()
    dialog = dialog_of(at)
    assert dialog is not None and dialog.proto["props"]["title"] == "Cast your vote"
    assert dialog.proto["props"]["width"] == "large" and dialog.proto["props"]["is_open"] is True
    assert at.children[2].children[0].type == "dialog"  # root 2, as in Streamlit's AppTest tree
    assert [m.value for m in dialog.markdown] == ["Why is A your favorite?"]
    assert [m.value for m in at.main.markdown] == ["Vote for your favorite"]  # main's slots unchanged


def test_an_interaction_inside_the_dialog_reruns_only_the_dialog():
    at = AppTest.from_string(VOTE_APP).run()
    at.button[0].click().run()
    at.text_input(key="reason").input("it is first").run()
    assert at.session_state.full == 2 and dialog_of(at) is not None  # still open, same args
    assert [m.value for m in dialog_of(at).markdown] == ["Why is A your favorite?"]


def test_st_rerun_inside_the_dialog_closes_it():
    at = AppTest.from_string(VOTE_APP).run()
    at.button[0].click().run()
    at.text_input(key="reason").input("it is first").run()
    [b for b in at.button if b.label == "Submit"][0].click().run()
    assert dialog_of(at) is None
    assert [m.value for m in at.markdown] == ["You voted for A because it is first"]


@pytest.mark.parametrize("on_dismiss, reruns", [("ignore", False), ("rerun", True)])
def test_on_dismiss(on_dismiss, reruns):
    at = AppTest.from_string(f"""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("full", 0)
        ss.full += 1
        @st.dialog("Hi", on_dismiss={on_dismiss!r})
        def hi():
            st.write("hello")
        if ss.full == 1:
            hi()
    """).run()
    dismiss_id = dialog_of(at).proto["props"]["dismiss_id"]
    assert (dismiss_id is not None) == reruns
    if reruns:  # the page sends the dialog's trigger when the user closes it: a full rerun
        at._pending[dismiss_id] = True
        at.run()
        assert at.session_state.full == 2 and dialog_of(at) is None


def test_on_dismiss_callable_runs_before_the_app():
    at = AppTest.from_string("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("log", [])
        ss.log.append("run")
        @st.dialog("Hi", on_dismiss=lambda: ss.log.append("dismissed"))
        def hi():
            st.write("hello")
        if len(ss.log) == 1:
            hi()
    """).run()
    at._pending[dialog_of(at).proto["props"]["dismiss_id"]] = True
    at.run()
    assert at.session_state.log == ["run", "dismissed", "run"]


def test_a_dialog_opened_from_a_fragment_closes_when_that_fragment_reruns_without_it():
    at = AppTest.from_string("""
        import streamlit as st
        @st.dialog("D")
        def d():
            st.write("inside")
        @st.fragment
        def f():
            if st.button("open"):
                d()
            st.button("other")
        f()
    """).run()
    at.button[0].click().run()
    assert dialog_of(at) is not None
    [b for b in at.button if b.label == "other"][0].click().run()
    assert dialog_of(at) is None


ERRORS = [
    ('@st.dialog("")\ndef d(): pass\nd()', 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'),
    ("@st.dialog\ndef d(): pass\nd()", 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'),
    ('@st.dialog("T", width="huge")\ndef d(): pass\nd()',
     "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got 'huge'."),
    ('@st.dialog("T", on_dismiss="nope")\ndef d(): pass\nd()',
     "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('@st.dialog("T")\ndef d(): pass\n@st.dialog("U")\ndef e(): pass\nd()\ne()',
     "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
     "dialog-decorated function more than once in a script run."),
    ('@st.dialog("U")\ndef e(): pass\n@st.dialog("T")\ndef d():\n    e()\nd()',
     "Dialogs may not be nested inside other dialogs."),
]


@pytest.mark.parametrize("source, message", ERRORS)
def test_dialog_errors_match_streamlit(source, message):
    at = AppTest.from_string("import streamlit as st\n" + source).run()
    assert at.exception[0].value == message
