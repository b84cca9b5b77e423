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
