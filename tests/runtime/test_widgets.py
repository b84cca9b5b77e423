"""Every widget: return values, defaults, errors, and interactions through AppTest."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest, AppTestError


def values(at):
    return at.markdown.values


# ---------------------------------------------------------------- number_input

def test_number_input_types_and_defaults(app):
    at = app("""
        import streamlit as st
        st.write(repr(st.number_input("a")))
        st.write(repr(st.number_input("b", min_value=1)))
        st.write(repr(st.number_input("c", value=None)))
        st.write(repr(st.number_input("d", 0.5, 2.5)))
        st.write(repr(st.number_input("e", value=7)))
    """)
    assert values(at) == ["0.0", "1", "None", "0.5", "7"]
    a, b, c, d, e = at.number_input
    assert (a.is_int, a.step, a.format) == (False, 0.01, "%0.2f")
    assert (b.is_int, b.step, b.format, b.min) == (True, 1, "%d", 1)
    assert c.value is None and d.value == 0.5


@pytest.mark.parametrize("call, error, message", [
    ('st.number_input("n", 0, 10, 20)', "StreamlitValueAboveMaxError",
     "The `value` 20 is greater than the `max_value` 10."),
    ('st.number_input("n", 5, 10, 1)', "StreamlitValueBelowMinError", "The `value` 1 is less than the `min_value` 5."),
    ('st.number_input("n", min_value=0, value=0.5)', "StreamlitMixedNumericTypesError", None),
    ('st.number_input("n", format="%q")', "StreamlitAPIException",
     "Format string for st.number_input contains invalid characters: %q"),
])
def test_number_input_errors(app, call, error, message):
    at = app(f"import streamlit as st\n{call}\n")
    assert at.exception[0].type_name == error
    if message is None:
        assert at.exception[0].value.startswith("All numerical arguments must be of the same type.")
        assert "`value` has float type." in at.exception[0].value
    else:
        assert at.exception[0].value == message


def test_number_input_interactions():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(repr(st.number_input("n", min_value=0, max_value=3, key="n")))
        st.write(repr(st.number_input("f", value=1.0, step=0.5)))
    """).run()
    at.number_input(key="n").increment().run()
    assert values(at)[0] == "1"
    for _ in range(5):
        at.number_input(key="n").increment().run()
    assert values(at)[0] == "3"  # clamped at max_value
    at.number_input(key="n").decrement().run()
    at.number_input[1].set_value(4.25).run()
    assert values(at) == ["2", "4.25"]


def test_keyed_number_input_keeps_its_value_when_the_default_changes_but_not_when_the_range_does():
    at = AppTest.from_string("""
        import streamlit as st
        default = st.session_state.get("default", 1)
        top = st.session_state.get("top", 10)
        st.write(repr(st.number_input("n", 0, top, default, key="n")))
    """).run()
    at.number_input(key="n").set_value(5).run()
    at.session_state.default = 2
    at.run()
    assert values(at) == ["5"]
    at.session_state.top = 20
    at.run()
    assert values(at) == ["2"]  # a new widget identity: the value starts from the default again


# ---------------------------------------------------------------- slider

def test_slider_defaults_and_return_types(app):
    at = app("""
        import streamlit as st
        st.write(repr(st.slider("i")))
        st.write(repr(st.slider("f", 0.0)))
        st.write(repr(st.slider("r", 0, 10, (2, 6))))
        st.write(repr(st.slider("z", 0, 10, 20)))
        st.write(repr(st.slider("m", 5, 50)))
    """)
    assert values(at) == ["0", "0.0", "(2, 6)", "20", "5"]
    i, f, r, z, m = at.slider
    assert (i.min, i.max, i.step, i.is_int, i.is_range) == (0, 100, 1, True, False)
    assert (f.min, f.max, f.step, f.is_int) == (0.0, 1.0, 0.01, False)
    assert (r.value, r.is_range, r.proto["props"]["value"]) == ((2, 6), True, [2, 6])


@pytest.mark.parametrize("call, message", [
    ('st.slider("s", 5, 5)', "Slider `min_value` must be less than the `max_value`.\nThe values were 5 and 5."),
    ('st.slider("s", 0, 1.5)', "Slider value arguments must be of matching types."
                               "\n`min_value` has int type.\n`max_value` has float type.\n`step` has NoneType type."),
    ('import datetime\nst.slider("s", value=datetime.date(2024, 1, 1))',
     "Date and time sliders are not supported yet by wasmlit"),
])
def test_slider_errors(app, call, message):
    at = app(f"import streamlit as st\n{call}\n")
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value.startswith(message)


def test_slider_interactions():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(repr(st.slider("s", 0, 10, key="s")))
        st.write(repr(st.slider("r", 0.0, 1.0, (0.2, 0.4), key="r")))
    """).run()
    at.slider(key="s").set_value(7)
    at.slider(key="r").set_range(0.5, 0.9).run()
    assert values(at) == ["7", "(0.5, 0.9)"]
    assert at.session_state.r == (0.5, 0.9)


def test_select_slider(app):
    at = app("""
        import streamlit as st
        size = st.select_slider("size", options=[1, 2, 3], format_func=lambda n: "S M L".split()[n - 1], key="size")
        span = st.select_slider("span", options=["a", "b", "c", "d"], value=("c", "a"), key="span")
        st.write(repr(size), repr(span))
    """)
    assert values(at) == ["1 ('a', 'c')"]
    assert at.select_slider(key="size").options == ["S", "M", "L"]
    assert at.select_slider(key="span").proto["props"]["value"] == [0, 2]
    at.select_slider(key="size").set_value(3)
    at.select_slider(key="span").set_range("b", "d").run()
    assert values(at) == ["3 ('b', 'd')"]


def test_select_slider_errors(app):
    at = app('import streamlit as st\nst.select_slider("s", options=[])\n')
    assert at.exception[0].value == "The `options` argument needs to be non-empty"
    at = app('import streamlit as st\nst.select_slider("s", options=["a"], value="z")\n')
    assert at.exception[0].value == "Select slider value 'z' is not part of the options."


# ---------------------------------------------------------------- selectbox / radio

class_def = """
    import streamlit as st
    class Fruit:
        def __init__(self, name): self.name = name
        def __repr__(self): return f"Fruit({self.name})"
    FRUITS = [Fruit("apple"), Fruit("pear")]
"""


def test_selectbox_returns_the_option_object(app):
    at = app(class_def + """
    choice = st.selectbox("fruit", FRUITS, format_func=lambda f: f.name.title(), key="fruit")
    st.write(repr(choice), choice is FRUITS[0])
    """)
    assert values(at) == ["Fruit(apple) `True`"]
    box = at.selectbox(key="fruit")
    assert (box.options, box.index) == (["Apple", "Pear"], 0)
    box.select_index(1).run()
    assert values(at) == ["Fruit(pear) `False`"]
    assert repr(at.selectbox(key="fruit").value) == "Fruit(pear)"


def test_selectbox_none_cases_and_options_from_any_iterable(app):
    at = app("""
        import streamlit as st
        st.write(repr(st.selectbox("none", ["a", "b"], index=None, placeholder="Pick one")))
        st.write(repr(st.selectbox("empty", [])))
        st.write(repr(st.selectbox("dict", {"x": 1, "y": 2}, index=1)))
        st.write(repr(st.selectbox("range", range(3), index=2)))
        st.write(repr(st.selectbox("tuple", ("p", "q"))))
    """)
    assert values(at) == ["None", "None", "'y'", "2", "'p'"]
    assert at.selectbox[0].placeholder == "Pick one" and at.selectbox[0].proto["props"]["value"] is None
    at.selectbox[0].select("b").run()
    assert values(at)[0] == "'b'"


def test_selectbox_with_pandas_options(app):
    pytest.importorskip("pandas")
    at = app("""
        import pandas as pd
        import streamlit as st
        st.write(repr(st.selectbox("s", pd.Series([10, 20, 30]), index=1)))
        st.write(repr(st.selectbox("i", pd.Index(["u", "v"]))))
        st.write(repr(st.selectbox("df", pd.DataFrame({"col": ["first", "second"], "x": [1, 2]}))))
    """)
    assert values(at) == ["20", "'u'", "'first'"]


def test_runtime_does_not_import_pandas_for_plain_options():
    import subprocess
    import sys

    code = ("import sys\nfrom wasmlit.testing import AppTest\n"
            "at = AppTest.from_string('import streamlit as st\\nst.selectbox(\"s\", [1, 2])').run()\n"
            "assert at.selectbox[0].value == 1\n"
            "print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("call, message", [
    ('st.selectbox("s", ["a"], index=3)', "The `index` parameter, set to 3, is outside the required range [0, 0]."),
    ('st.selectbox("s", ["a"], index="0")', "Invalid `index` type. Expected one of: int, None. Provided type: str."),
    ('st.radio("r", ["a"], index=5)', "The `index` parameter, set to 5, is outside the required range [0, 0]."),
    ('st.radio("r", ["a", "b"], captions=["only one"])', "Radio captions must be the same length"),
    ('st.selectbox("s", ["a"], label_visibility="nope")',
     "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."),
])
def test_select_errors(app, call, message):
    at = app(f"import streamlit as st\n{call}\n")
    assert at.exception[0].value.startswith(message)


def test_keyed_selectbox_whose_value_left_the_options_falls_back_to_the_default():
    at = AppTest.from_string("""
        import streamlit as st
        opts = st.session_state.get("opts", ["a", "b", "c"])
        st.write(repr(st.selectbox("s", opts, key="s")))
    """).run()
    at.selectbox(key="s").select("c").run()
    at.session_state.opts = ["a", "b", "c", "d"]
    at.run()
    assert values(at) == ["'c'"]  # options changed, the value is still one of them
    at.session_state.opts = ["x", "y"]
    at.run()
    assert values(at) == ["'x'"]
    assert at.session_state.s == "x"


def test_radio(app):
    at = app("""
        import streamlit as st
        st.write(repr(st.radio("r", ["one", "two", "three"], index=1, horizontal=True,
                               captions=["1", "2", "3"], key="r")))
        st.write(repr(st.radio("n", ["x"], index=None)))
    """)
    assert values(at) == ["'two'", "None"]
    r = at.radio(key="r")
    assert (r.horizontal, r.captions, r.index) == (True, ["1", "2", "3"], 1)
    r.set_value("three").run()
    assert values(at)[0] == "'three'"
    with pytest.raises(ValueError, match="'four' is not one of the options of this radio"):
        at.radio(key="r").set_value("four")


def test_selectbox_value_from_session_state(app):
    at = app("""
        import streamlit as st
        st.session_state.s = "b"
        st.write(repr(st.selectbox("s", ["a", "b"], key="s")))
    """)
    assert values(at) == ["'b'"]
    assert at.selectbox(key="s").proto["props"]["value"] == 1


# ---------------------------------------------------------------- multiselect

def test_multiselect_defaults_and_interactions(app):
    at = app("""
        import streamlit as st
        st.write(repr(st.multiselect("m", ["a", "b", "c"], default=["b"], key="m")))
        st.write(repr(st.multiselect("one", [1, 2, 3], default=2)))
        st.write(repr(st.multiselect("none", {"k": 1})))
    """)
    assert values(at) == ["['b']", "[2]", "[]"]
    m = at.multiselect(key="m")
    assert (m.options, m.indices, m.proto["props"]["value"]) == (["a", "b", "c"], [1], [1])
    m.select("a").select("c").unselect("b").run()
    assert values(at)[0] == "['a', 'c']"
    assert at.session_state.m == ["a", "c"]


def test_multiselect_errors(app):
    at = app('import streamlit as st\nst.multiselect("m", ["a", "b"], default=["z"])\n')
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value == ("The default value 'z' is not part of the options. "
                                     "Please make sure that every default values also exists in the options.")
    at = app('import streamlit as st\nst.multiselect("m", ["a", "b"], default=["a", "b"], max_selections=1)\n')
    assert at.exception[0].value.startswith("Multiselect has 2 options selected but `max_selections` is set to 1.")


# ---------------------------------------------------------------- checkbox, toggle, text

def test_checkbox_toggle_and_text_widgets(app):
    at = app("""
        import streamlit as st
        st.write(repr(st.checkbox("c")), repr(st.toggle("t", value=True)))
        st.write(repr(st.text_input("ti")), repr(st.text_input("none", value=None)))
        st.write(repr(st.text_area("ta", "x", max_chars=3)))
    """)
    assert values(at) == ["False True", "'' None", "'x'"]
    assert len(at.checkbox) == 1 and len(at.toggle) == 1
    at.checkbox[0].check()
    at.toggle[0].set_value(False)
    at.text_input[0].input("typed")
    at.text_area[0].input("toolong")  # more than max_chars: the page would not accept it
    at.run()
    assert values(at) == ["True False", "'typed' None", "'x'"]


def test_disabled_widget_cannot_be_set():
    at = AppTest.from_string('import streamlit as st\nst.checkbox("c", disabled=True)\n').run()
    with pytest.raises(AppTestError):
        at.checkbox[0].check()


def test_interaction_uses_the_wire_value_the_page_sends():
    at = AppTest.from_string("""
        import streamlit as st
        st.selectbox("s", ["a", "b"])
        st.multiselect("m", ["a", "b"])
        st.slider("r", 0, 9, (1, 2))
    """).run()
    at.selectbox[0].select("b")
    at.multiselect[0].select("b")
    at.slider[0].set_range(3, 4)
    assert sorted(at._pending.values(), key=repr) == sorted([1, [1], [3, 4]], key=repr)
