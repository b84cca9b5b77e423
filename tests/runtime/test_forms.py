"""st.form + st.form_submit_button: values travel on submit, callbacks, clear_on_submit, errors."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest

FORM_APP = """
import streamlit as st
st.session_state.setdefault("log", [])
def submitted():
    st.session_state.log.append(("cb", st.session_state.name, st.session_state.age))
with st.form("f", clear_on_submit=CLEAR):
    name = st.text_input("Name", key="name")
    age = st.number_input("Age", 0, 120, 30, key="age")
    sent = st.form_submit_button("Send", on_click=submitted)
st.write(f"name={name!r} age={age} sent={sent}")
st.write(f"log={st.session_state.log}")
"""


def form_app(clear: bool = False) -> AppTest:
    return AppTest.from_string(FORM_APP.replace("CLEAR", str(clear))).run()


def test_form_widget_values_wait_for_submit():
    at = form_app()
    at.text_input("name").input("Ada").run()
    at.number_input("age").set_value(36).run()
    assert at.markdown[0].value == "name='' age=30 sent=False"  # nothing sent yet
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name='Ada' age=36 sent=True"
    assert at.markdown[1].value == "log=[('cb', 'Ada', 36)]"  # on_click ran first, with the new values
    at.run()
    assert at.markdown[0].value == "name='Ada' age=36 sent=False"
    assert at.markdown[1].value == "log=[('cb', 'Ada', 36)]"


def test_clear_on_submit_resets_after_the_submit_run():
    at = form_app(clear=True)
    at.text_input("name").input("Ada")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name='Ada' age=30 sent=True"
    # the page shows the defaults right away; the state has them after the run
    assert at.text_input[0].proto["props"]["value"] == ""
    assert at.session_state.name == ""
    at.run()
    assert at.markdown[0].value == "name='' age=30 sent=False"


def test_form_nodes_carry_the_form_id_and_submit_button_type():
    at = form_app()
    form = at.get("form")[0]
    assert form.proto["props"] == {"form_id": "f", "clear_on_submit": False, "enter_to_submit": True,
                                   "border": True}
    assert at.text_input[0].proto["props"]["form_id"] == "f"
    assert at.form_submit_button[0].form_id == "f"
    assert at.form[0].text_input[0].key == "name"
    assert "form_id" not in AppTest.from_string("import streamlit as st\nst.text_input('x')").run() \
        .text_input[0].proto["props"]


def test_widgets_outside_the_form_send_at_once():
    at = AppTest.from_string("""
        import streamlit as st
        with st.form("f"):
            a = st.text_input("A")
            st.form_submit_button()
        b = st.text_input("B")
        st.write(a, "|", b)
    """).run()
    at.text_input[0].input("in form")
    at.text_input[1].input("outside").run()
    assert at.markdown[0].value == "| outside"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "in form | outside"


def test_form_submit_button_defaults_and_return():
    at = AppTest.from_string("""
        import streamlit as st
        f = st.form("k")
        with f:
            r = st.form_submit_button()
        st.write(repr(r))
        f.form_submit_button("Other", type="primary")
    """).run()
    assert [b.label for b in at.form_submit_button] == ["Submit", "Other"]
    assert at.form_submit_button[1].kind == "primary"
    assert at.markdown[0].value == "False"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "True"


@pytest.mark.parametrize("script, error, message", [
    ("with st.form('a'):\n    with st.form('b'):\n        pass", "StreamlitInvalidLayoutContextError",
     "Forms cannot be nested in other forms."),
    ("st.form_submit_button()", "StreamlitInvalidLayoutContextError",
     "`st.form_submit_button()` must be used inside an `st.form()`."),
    ("with st.form('a'):\n    st.text_input('t', on_change=print)\n    st.form_submit_button()",
     "StreamlitInvalidFormCallbackError",
     "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on other "
     "widgets inside a form is not allowed."),
    ("with st.form('a'):\n    st.button('b')", "StreamlitInvalidLayoutContextError",
     "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead to submit the form."
     "\n\nFor more information, refer to the\n[documentation for forms]"),
    ("with st.form('a'):\n    st.download_button('d', 'x')", "StreamlitInvalidLayoutContextError",
     "`st.download_button()` can't be used in an `st.form()`.\n\nFor more information"),
    ("st.form('a')\nst.form('a')", "StreamlitDuplicateElementKey", "There are multiple elements with the same `key='a'`."),
    ("st.session_state.a = 1\nst.form('a')", "StreamlitValueAssignmentNotAllowedError",
     "`st.session_state['a']` is read-only"),
])
def test_form_errors(app, script, error, message):
    at = app("import streamlit as st\n" + script)
    assert at.exception[0].type_name == error
    assert at.exception[0].value.startswith(message)


def test_submit_button_key_is_read_only(app):
    at = app("""
        import streamlit as st
        with st.form("f"):
            st.form_submit_button(key="go")
        try:
            st.session_state.go = True
        except Exception as e:
            st.write(type(e).__name__)
    """)
    assert at.markdown[0].value == "StreamlitWidgetAlreadyInstantiatedError"  # 1.67: it is on the page


def test_form_in_sidebar_and_columns():
    at = AppTest.from_string("""
        import streamlit as st
        with st.sidebar.form("s"):
            c1, c2 = st.columns(2)
            x = c1.slider("X", 0, 10, 1)
            c2.form_submit_button("Go")
        st.write(x)
    """).run()
    at.sidebar.slider[0].set_value(7).run()
    assert at.markdown[0].value == "`1`"
    at.sidebar.form_submit_button[0].click().run()
    assert at.markdown[0].value == "`7`"
    assert at.sidebar.slider[0].proto["props"]["form_id"] == "s"


def test_clear_on_submit_with_callback_reading_values():
    at = AppTest.from_string("""
        import streamlit as st
        if "seen" not in st.session_state:
            st.session_state.seen = []
        def cb():
            st.session_state.seen.append(st.session_state.c)
        with st.form("f", clear_on_submit=True):
            st.checkbox("C", key="c")
            st.form_submit_button(on_click=cb)
        st.write(str(st.session_state.seen), st.session_state.c)
    """).run()
    at.checkbox[0].check()
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "[True] `True`"
    at.run()
    assert at.markdown[0].value == "[True] `False`"
