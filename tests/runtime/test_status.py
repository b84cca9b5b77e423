"""st.status (Streamlit 1.67's StatusContainer), through AppTest."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def test_st_status_is_the_container_function_not_a_module():
    at = AppTest.from_string("""
        import streamlit as st
        s = st.status("Working")
        st.write(type(s).__name__, str(callable(st.status)))
    """).run()
    assert not at.exception
    assert at.markdown[0].value == "StatusContainer True"


def test_status_states_labels_and_context_manager():
    at = AppTest.from_string("""
        import streamlit as st
        s = st.status("Working", expanded=True)
        with s:
            st.write("inside")
        with st.status("two") as t:
            t.update(label="changed", state="error")
        st.status("three", state="complete")
        try:
            with st.status("four"):
                raise ValueError("boom")
        except ValueError:
            st.write("caught")
        s.update(label="s2", state="complete", expanded=False)
        st.status("five")
    """).run()
    got = [(s.label, s.icon, s.state, s.expanded) for s in at.status]
    assert got == [("s2", ":material/check:", "complete", False),
                   ("changed", ":material/error:", "error", False),
                   ("three", ":material/check:", "complete", False),
                   ("four", ":material/error:", "error", False),
                   ("five", "spinner", "running", False)]
    assert at.status[0].markdown[0].value == "inside"
    assert at.main.markdown.values[-1] == "caught"


def test_exception_inside_status_propagates_and_marks_error():
    at = AppTest.from_string("""
        import streamlit as st
        with st.status("Loading"):
            st.write("step 1")
            raise RuntimeError("failed here")
    """).run()
    assert at.status[0].state == "error"
    assert at.status[0].markdown[0].value == "step 1"
    assert at.exception[0].message == "failed here"


def test_a_state_set_inside_the_with_is_kept():
    at = AppTest.from_string("""
        import streamlit as st
        with st.status("x") as s:
            s.update(state="complete", label="done early")
            s.update(state="running")
            s.update(state="error")
    """).run()
    assert (at.status[0].state, at.status[0].label) == ("error", "done early")


def test_update_keeps_the_children_and_writes_go_inside():
    at = AppTest.from_string("""
        import streamlit as st
        s = st.status("Download")
        s.write("a")
        s.update(label="Half way")
        s.write("b")
        st.write("outside")
    """).run()
    assert at.status[0].label == "Half way"
    assert at.status[0].markdown.values == ["a", "b"]
    assert at.main.markdown.values == ["a", "b", "outside"]
    assert len(at.main.children) == 2


def test_status_in_sidebar_and_columns():
    at = AppTest.from_string("""
        import streamlit as st
        with st.sidebar.status("side"):
            st.write("in side")
        c1, c2 = st.columns(2)
        with c2.status("col"):
            st.write("in col")
    """).run()
    assert at.sidebar.status[0].label == "side"
    assert at.sidebar.status[0].state == "complete"
    assert at.columns[1].status[0].markdown[0].value == "in col"


@pytest.mark.parametrize(("call", "message"), [
    ('st.status("x", state="bad")', "Invalid `state` value. Supported values: 'running', 'complete', 'error'."),
    ('st.status("x", type="bad")', "Invalid `type` value. Supported values: 'default', 'compact', 'step'."),
    ('st.status("x").update(state="bad")', "Invalid `state` value. Supported values: 'running', 'complete', 'error'."),
    ('st.status("x", width="content")',
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
])
def test_status_errors(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert at.exception[0].message == message


def test_empty_and_none_labels_are_allowed():
    at = AppTest.from_string('import streamlit as st\nst.status("")\nst.status(None)').run()
    assert not at.exception
    assert [s.label for s in at.status] == ["", ""]
