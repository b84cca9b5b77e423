"""Differences from Streamlit 1.67 found by the parity harness (tests/parity), each pinned here.

Every expectation was checked against real Streamlit 1.67's AppTest on the same script.
"""

from __future__ import annotations

from wasmlit.testing import AppTest

# ------------------------------------------------------------ buttons in AppTest

BUTTONS = """
import streamlit as st
clicked = st.button("Go")
st.write("clicked", clicked)
with st.form("f"):
    st.text_input("t")
    submitted = st.form_submit_button("Sub")
st.write("sub", submitted)
"""


def test_button_value_is_true_after_the_run_its_click_caused_and_false_after_the_next():
    at = AppTest.from_string(BUTTONS).run()
    assert [b.value for b in at.button] == [False, False]
    at.button[0].click().run()
    assert at.markdown[0].value == "clicked `True`"
    assert [b.value for b in at.button] == [True, False]
    at.run()
    assert [b.value for b in at.button] == [False, False]


def test_at_button_lists_form_submit_buttons_too():
    at = AppTest.from_string(BUTTONS).run()
    assert [b.label for b in at.button] == ["Go", "Sub"]
    assert [b.label for b in at.form_submit_button] == ["Sub"]
    at.button[1].click().run()
    assert at.markdown[1].value == "sub `True`"
    assert at.button[1].value is True


def test_button_value_is_false_when_the_clicked_run_called_st_rerun():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        if st.button("Go"):
            st.session_state.n += 1
            if st.session_state.n == 1:
                st.rerun()
        st.write(st.session_state.n)
    """).run()
    at.button[0].click().run()
    assert (at.button[0].value, at.markdown[0].value) == (False, "`1`")
    at.button[0].click().run()
    assert (at.button[0].value, at.markdown[0].value) == (True, "`2`")


# ------------------------------------------------------------ spinners leave no slot


def test_a_cache_miss_spinner_leaves_no_slot_behind():
    at = AppTest.from_string("""
        import streamlit as st

        @st.cache_data
        def load(n):
            return n * 2

        st.write("value", load(21))
        st.button("again")
    """).run()
    spinners = [m["node"]["props"]["text"] for m in at._local.messages
                if m.get("type") == "delta" and m["node"].get("type") == "spinner"]
    assert spinners == ["Running `load(...)`."]  # the page got the spinner while load() ran
    assert [c.type for c in at.main.children] == ["markdown", "button"]
    assert at.markdown[0].value == "value `42`"
    at.button[0].click().run()  # a hit: no spinner, the same page
    assert [c.type for c in at.main.children] == ["markdown", "button"]


def test_st_spinner_slot_is_taken_by_the_next_element():
    at = AppTest.from_string("""
        import streamlit as st
        st.title("T")
        with st.spinner("Working..."):
            x = 1
        st.write("done")
    """).run()
    assert [c.type for c in at.main.children] == ["title", "markdown"]
