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


# ------------------------------------------------------------ Streamlit 1.67's error classes and texts

import pytest  # noqa: E402

FORMS_DOC = ("\n\nFor more information, refer to the\n[documentation for forms]"
             "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).")
ERRORS = [
    ("st.columns(0)", "StreamlitInvalidColumnSpecError",
     "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a list of "
     "positive numbers (width ratios of the columns). See [documentation]"
     "(https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information."),
    ("st.columns(1.5)", "StreamlitInvalidParameterTypeError",
     "Invalid `spec` type. Expected one of: int, sequence of numbers. Provided type: float."),
    ("st.number_input('n', min_value=10, max_value=5)", "StreamlitInvalidMinMaxError",
     "The `min_value`, set to 10, cannot be greater than the `max_value`, set to 5."),
    ("st.number_input('n', 0, 10, 20)", "StreamlitValueAboveMaxError",
     "The `value` 20 is greater than the `max_value` 10."),
    ("st.radio('r', ['a', 'b'], index=5)", "StreamlitValueOutOfRangeError",
     "The `index` parameter, set to 5, is outside the required range [0, 1]."),
    ("st.selectbox('s', ['a'], index='0')", "StreamlitInvalidParameterTypeError",
     "Invalid `index` type. Expected one of: int, None. Provided type: str."),
    ("st.button('x', type='huge')", "StreamlitValueError",
     "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
    ("st.download_button('x', 'd', type='huge')", "StreamlitValueError",
     "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
    ("with st.form('same'):\n    st.form_submit_button()\nwith st.form('same'):\n    st.form_submit_button()",
     "StreamlitDuplicateElementKey",
     "There are multiple elements with the same `key='same'`. To fix this, please make sure that the `key` "
     "argument is unique for each element you create."),
    ("with st.form('f'):\n    st.button('x')\n    st.form_submit_button()", "StreamlitInvalidLayoutContextError",
     "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead to submit the form."
     + FORMS_DOC),
    ("with st.form('f'):\n    st.download_button('x', 'd')\n    st.form_submit_button()",
     "StreamlitInvalidLayoutContextError", "`st.download_button()` can't be used in an `st.form()`." + FORMS_DOC),
    ("st.slider('S', 0, 10, key='s')\nst.session_state.s = 5", "StreamlitWidgetAlreadyInstantiatedError",
     "`st.session_state['s']` cannot be modified after the widget with that key is instantiated. Assign "
     "`st.session_state['s']` before creating the widget, or update it from an `on_change` or `on_click` "
     "callback, which runs before the widget is instantiated. If this is a read-only session state key "
     "(buttons, file and media inputs, `st.data_editor`, forms, chart or `ButtonColumn` selections), store the "
     "value under a different session state key."),
    ("st.button('B', key='b')\nst.session_state.b = True", "StreamlitWidgetAlreadyInstantiatedError",
     "`st.session_state['b']` cannot be modified after the widget with that key is instantiated. Assign "
     "`st.session_state['b']` before creating the widget, or update it from an `on_change` or `on_click` "
     "callback, which runs before the widget is instantiated. If this is a read-only session state key "
     "(buttons, file and media inputs, `st.data_editor`, forms, chart or `ButtonColumn` selections), store the "
     "value under a different session state key."),
    ("st.session_state.b = True\nst.button('B', key='b')", "StreamlitValueAssignmentNotAllowedError",
     "`st.session_state['b']` is read-only and cannot be assigned through session state. Use a different "
     "session state key for values you need to set."),
    ("import pandas as pd\nst.line_chart(pd.DataFrame({'a': [1, 2]}), x='missing')", "StreamlitAPIException",
     'Data does not have a column named `"missing"`. Available columns are `a`'),
    ("d = {'a': 1}\nst.write(d['b'])", "KeyError", "'b'"),
    ("st.write(st.session_state['missing'])", "KeyError",
     "'st.session_state has no key \"missing\". Did you forget to initialize it? More info: "
     "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization'"),
]


@pytest.mark.parametrize("script, type_name, message", ERRORS)
def test_errors_have_streamlit_167_classes_and_texts(script, type_name, message):
    at = AppTest.from_string("import streamlit as st\n" + script).run()
    exc = at.exception[0]
    assert (exc.type_name, exc.value) == (type_name, message)


# ------------------------------------------------------------ text is cleaned as Streamlit cleans it

INDENTED = '"""\n    hello\n      world  \n"""'


def test_text_elements_are_dedented_and_stripped():
    at = AppTest.from_string(f"""
import streamlit as st
B = {INDENTED}
st.markdown(B); st.caption(B); st.text(B); st.title(B); st.info(B)
st.write("query:", "")
st.write("a ", "b ")
""").run()
    # Not dedented, the body would be a markdown code block (4-space indent) in the page.
    assert at.markdown.values == ["hello\n  world", "query:", "a  b"]
    assert [at.caption[0].value, at.text[0].value, at.title[0].value, at.info[0].value] == ["hello\n  world"] * 4


def test_code_drops_one_newline_at_each_end_and_keeps_indentation():
    at = AppTest.from_string(f"""
import streamlit as st
st.code({INDENTED})
st.code("\\n\\nx\\n\\n")
""").run()
    assert at.code.values == ["    hello\n      world  ", "\nx\n"]


def test_elements_written_under_a_spinner_take_its_place_and_it_leaves_no_slot():
    at = AppTest.from_string("""
        import streamlit as st

        @st.cache_data
        def part():
            st.text("made inside")
            return 1

        part()
        with st.spinner("Working..."):
            st.write("under the spinner")
        st.write("after")
    """).run()
    assert [c.type for c in at.main.children] == ["text", "markdown", "markdown"]
    at.run()  # a cache hit replays the text, and no spinner was recorded with it
    assert [c.type for c in at.main.children] == ["text", "markdown", "markdown"]
    assert at.get("spinner") == []


def test_a_placeholder_spinner_blanks_the_placeholder_again():
    at = AppTest.from_string("""
        import streamlit as st
        slot = st.empty()
        with slot.container():
            pass
        box = st.empty()
        with box.spinner("Loading"):
            pass
        st.write("after")
    """).run()
    assert [c.type for c in at.main.children][1:] == ["empty", "markdown"]


# ------------------------------------------------------------ st.write's choices, help and divider accessors


def test_st_write_numpy_scalars_inline_and_functions_classes_as_help():
    at = AppTest.from_string('''
        import numpy as np
        import streamlit as st

        def my_function(a, b=2):
            """Adds numbers."""

        class Dog:
            """A dog."""

        st.write(np.int64(5), np.float64(2.5))
        st.write(np.arange(6).reshape(2, 3))
        st.write(my_function)
        st.write(Dog)
        st.write("code with `ticks`", ("a`b",))
    ''').run()
    assert [c.type for c in at.main.children] == ["markdown", "dataframe", "help", "help", "markdown"]
    assert at.markdown.values == ["`5` `2.5`", "code with `ticks` ``('a`b',)``"]
    assert [h.value for h in at.get("help")] == ["my_function", "Dog"]
    assert at.get("help")[0].doc_string == "Adds numbers."


def test_help_value_is_the_shown_value_for_plain_objects_and_divider_reads_as_markdown():
    at = AppTest.from_string("""
        import streamlit as st
        x = 5
        st.help(x)
        st.help(len)
        st.divider()
    """).run()
    assert [h.value for h in at.get("help")] == ["5", "len"]
    assert at.divider[0].value == "---"
