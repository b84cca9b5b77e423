"""st.color_picker, st.date_input, st.time_input, st.tabs, st.popover."""

from __future__ import annotations

import datetime as dt

import pytest

from wasmlit.testing import AppTest


# ---------------------------------------------------------------- color_picker

def test_color_picker_values(app):
    at = app("""
        import streamlit as st
        st.write(st.color_picker("a"))
        st.write(st.color_picker("b", "#ABC"))
        st.write(st.color_picker("c", "#FF0000", key="c"))
    """)
    assert at.markdown.values == ["#000000", "#ABC", "#FF0000"]
    assert [c.value for c in at.color_picker] == ["#000000", "#ABC", "#FF0000"]


def test_color_picker_pick_reruns_with_callback():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def cb():
            st.session_state.n += 1
        c = st.color_picker("Color", "#FF0000", on_change=cb)
        st.write(c, st.session_state.n)
    """).run()
    at.color_picker[0].pick("#00ff00").run()
    assert at.markdown[0].value == "#00ff00 `1`"
    assert at.color_picker[0].proto["props"]["value"] == "#00ff00"
    at.run()
    assert at.markdown[0].value == "#00ff00 `1`"


@pytest.mark.parametrize("value, error, message", [
    ("red", "StreamlitAPIException", "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."),
    ("#aabbcc80", "StreamlitAPIException", "'#aabbcc80' is not a valid hex code for colors."),
    (123, "StreamlitInvalidParameterTypeError", "Color Picker Value has invalid type: int."),
])
def test_color_picker_errors(app, value, error, message):
    at = app(f"import streamlit as st\nst.color_picker('c', {value!r})")
    assert at.exception[0].type_name == error
    assert at.exception[0].value.startswith(message)


# ---------------------------------------------------------------- date_input

def test_date_input_values_and_props(app):
    at = app("""
        import datetime as dt
        import streamlit as st
        st.write(repr(st.date_input("a", dt.date(2024, 2, 29))))
        st.write(repr(st.date_input("b", dt.datetime(2024, 1, 2, 13, 0))))
        st.write(repr(st.date_input("c", None)))
        st.write(repr(st.date_input("d", (dt.date(2024, 1, 1), dt.date(2024, 1, 5)))))
        st.write(repr(st.date_input("e", "2023-05-06", min_value=dt.date(2023, 1, 1), format="DD.MM.YYYY")))
        st.write(repr(st.date_input("f") == dt.date.today()))
    """)
    assert at.markdown.values == [
        "datetime.date(2024, 2, 29)", "datetime.date(2024, 1, 2)", "None",
        "(datetime.date(2024, 1, 1), datetime.date(2024, 1, 5))", "datetime.date(2023, 5, 6)", "True"]
    a, _, c, d, e, _ = at.date_input
    assert (a.min, a.max, a.proto["props"]["value"]) == (
        "2014-02-28", "2034-02-28", ["2024-02-29"])
    assert c.proto["props"]["value"] == [] and d.is_range and d.proto["props"]["value"] == ["2024-01-01", "2024-01-05"]
    assert (e.min, e.format) == ("2023-01-01", "DD.MM.YYYY")


def test_date_input_set_value_and_range():
    at = AppTest.from_string("""
        import datetime as dt
        import streamlit as st
        d = st.date_input("D", dt.date(2024, 1, 1), key="d")
        r = st.date_input("R", [], min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1))
        st.write(repr(d), repr(r))
    """).run()
    assert at.markdown[0].value == "datetime.date(2024, 1, 1) ()"
    at.date_input("d").set_value(dt.date(2025, 3, 4))
    at.date_input[1].set_value((dt.date(2021, 1, 1), dt.date(2022, 2, 2))).run()
    assert at.markdown[0].value == "datetime.date(2025, 3, 4) (datetime.date(2021, 1, 1), datetime.date(2022, 2, 2))"
    assert at.session_state.d == dt.date(2025, 3, 4)
    at.date_input[1].set_value((dt.date(2021, 1, 1),)).run()  # half a range, as while picking
    assert at.markdown[0].value.endswith("(datetime.date(2021, 1, 1),)")


@pytest.mark.parametrize("call, message", [
    ("st.date_input('d', dt.date(2024,1,1), min_value=dt.date(2025,1,1))",
     "The default `value` of 2024-01-01 must lie between the `min_value` of 2025-01-01 and the `max_value` of"),
    ("st.date_input('d', format='YY/MM/DD')", "The provided format (`YY/MM/DD`) is not valid."),
    ("st.date_input('d', [dt.date(2024,1,1)] * 3)", "DateInput value should either be an date/datetime or a list/tuple"),
])
def test_date_input_errors(app, call, message):
    at = app(f"import datetime as dt\nimport streamlit as st\n{call}\n")
    assert at.exception[0].value.startswith(message)


# ---------------------------------------------------------------- time_input

def test_time_input_values_and_steps():
    at = AppTest.from_string("""
        import datetime as dt
        import streamlit as st
        t = st.time_input("T", dt.time(8, 45), key="t")
        s = st.time_input("S", dt.datetime(2024, 1, 1, 23, 59), step=dt.timedelta(minutes=1))
        n = st.time_input("N", None)
        now = st.time_input("Now")
        st.write(repr(t), repr(s), repr(n), str(now.second == 0 and now.microsecond == 0))
    """).run()
    assert at.markdown[0].value == "datetime.time(8, 45) datetime.time(23, 59) None True"
    assert [t.step for t in at.time_input] == [900, 60, 900, 900]
    assert at.time_input[0].proto["props"]["value"] == "08:45"
    at.time_input[0].increment()
    at.time_input[1].increment()
    at.time_input[2].increment().run()  # None stays None
    assert at.markdown[0].value.startswith("datetime.time(9, 0) datetime.time(0, 0) None")
    at.time_input("t").decrement().decrement().run()
    assert at.session_state.t == dt.time(8, 30)
    at.time_input[2].set_value(dt.time(12, 5, 30)).run()
    assert "datetime.time(12, 5, 30)" in at.markdown[0].value
    assert at.time_input[2].proto["props"]["value"] == "12:05:30"


@pytest.mark.parametrize("call, message", [
    ("st.time_input('t', step=30)", "`step` must be between 60 seconds and 23 hours but is currently set to 30 seconds."),
    ("st.time_input('t', step=1.5)", "`step` can only be `int` or `timedelta` but <class 'float'> is provided."),
    ("st.time_input('t', 'soon')", "The type of value should be one of datetime, time, ISO string or None"),
])
def test_time_input_errors(app, call, message):
    at = app(f"import streamlit as st\n{call}\n")
    assert at.exception[0].value == message


# ---------------------------------------------------------------- tabs and popover

def test_tabs_run_every_body_and_expose_labels(app):
    at = app("""
        import streamlit as st
        tabs = st.tabs(["One", "Two", "Three"])
        for i, tab in enumerate(tabs):
            with tab:
                st.write(f"body {i}")
        tabs[1].button("In two")
    """)
    assert [t.label for t in at.tabs] == ["One", "Two", "Three"]
    assert at.markdown.values == ["body 0", "body 1", "body 2"]
    assert at.tabs[1].button[0].label == "In two"
    assert at.get("tab_container")[0].proto["props"]["default"] == 0


@pytest.mark.parametrize("call, error, message", [
    # Streamlit 1.67's texts (checked under its own AppTest)
    ("st.tabs([])", "StreamlitMissingRequiredParameterError",
     "The `tabs` parameter is required. Provide at least one tab label."),
    ("st.tabs(['a', 1])", "StreamlitInvalidParameterTypeError",
     "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int."),
])
def test_tabs_errors(app, call, error, message):
    at = app(f"import streamlit as st\n{call}\n")
    assert (at.exception[0].type_name, at.exception[0].value) == (error, message)


def test_popover_body_always_runs(app):
    at = app("""
        import streamlit as st
        with st.popover("Settings", help="h", use_container_width=True):
            st.write("inside")
            v = st.checkbox("Opt")
        st.write(repr(v))
    """)
    pop = at.get("popover")[0]
    assert (pop.label, pop.help, pop.use_container_width) == ("Settings", "h", True)
    assert pop.markdown[0].value == "inside" and pop.checkbox[0].label == "Opt"
    assert at.markdown[1].value == "False"
