"""st.write dispatch, text/data elements, layout blocks, status elements, echo, page config."""

from __future__ import annotations

import json


def test_write_joins_inline_values_into_one_markdown(app):
    at = app("""
        import streamlit as st
        result = st.write("a", 1, "b `x`", 2.5, None)
        st.write(repr(result))
    """)
    assert at.markdown.values == ["a `1` b `x` `2.5` `None`", "None"]


def test_write_dispatches_dicts_lists_and_exceptions(app):
    at = app("""
        import streamlit as st
        st.write("before", {"k": [1, 2]}, "middle", [3, "x"], ValueError("shown, not raised"), "after")
    """)
    kinds = [(c.type, c.value) for c in at.main.children]
    assert kinds == [
        ("markdown", "before"), ("json", '{"k": [1, 2]}'), ("markdown", "middle"), ("json", '[3, "x"]'),
        ("exception", "shown, not raised"), ("markdown", "after"),
    ]


def test_json_accepts_json_text_and_objects(app):
    at = app("""
        import streamlit as st
        st.json('{"a": 1}')
        st.json({"when": {1, 2}}, expanded=False)
    """)
    assert json.loads(at.json[0].value) == {"a": 1}
    assert json.loads(at.json[1].value) == {"when": [1, 2]} and at.json[1].expanded is False


def test_text_elements(app):
    at = app("""
        import streamlit as st
        st.title("T")
        st.header("H", divider=True)
        st.subheader("S", divider="blue")
        st.caption("c")
        st.text("plain")
        st.code("x = 1")
        st.divider()
        st.markdown("**m**")
    """)
    assert (at.title.values, at.header.values, at.subheader.values) == (["T"], ["H"], ["S"])
    assert at.header[0].divider == "rainbow" and at.subheader[0].divider == "blue"
    assert (at.caption.values, at.text.values, at.markdown.values) == (["c"], ["plain"], ["**m**"])
    assert at.code[0].value == "x = 1" and at.code[0].language == "python"
    assert len(at.divider) == 1


def test_bad_divider_color(app):
    at = app('import streamlit as st\nst.header("H", divider="pink")\n')
    assert at.exception[0].value.startswith("Divider parameter has invalid value: `pink`.")


def test_alerts_and_metric(app):
    at = app("""
        import streamlit as st
        st.error("e", icon="🚨")
        st.warning("w")
        st.info("i")
        st.success("s")
        st.metric("Temp", 42, -3)
    """)
    assert [at.error.values, at.warning.values, at.info.values, at.success.values] == [["e"], ["w"], ["i"], ["s"]]
    assert at.error[0].icon == "🚨"
    m = at.metric[0]
    assert (m.label, m.value, m.delta) == ("Temp", "42", "-3")


def test_columns_narrow_queries(app):
    at = app("""
        import streamlit as st
        left, right = st.columns([2, 1])
        left.button("L")
        with right:
            st.button("R")
            st.write("in right")
        st.button("below")
    """)
    assert [c.weight for c in at.columns] == [2 / 3, 1 / 3]
    assert [b.label for b in at.columns[1].button] == ["R"]
    assert at.columns[1].markdown.values == ["in right"]
    assert [b.label for b in at.button] == ["L", "R", "below"]  # page order


def test_columns_spec_errors(app):
    at = app("import streamlit as st\nst.columns(0)\n")
    assert at.exception[0].value.startswith("The `spec` argument to `st.columns` must be either a positive integer")
    at = app("import streamlit as st\nst.columns([1, -1])\n")
    assert at.exception[0].type_name == "StreamlitInvalidColumnSpecError"


def test_sidebar_and_main(app):
    at = app("""
        import streamlit as st
        st.sidebar.button("side")
        with st.sidebar:
            st.write("in sidebar")
        st.button("main")
    """)
    assert [b.label for b in at.sidebar.button] == ["side"]
    assert [b.label for b in at.main.button] == ["main"]
    assert [b.label for b in at.button] == ["main", "side"]  # main area first, then the sidebar
    assert at.sidebar.markdown.values == ["in sidebar"]


def test_expander_and_container(app):
    at = app("""
        import streamlit as st
        with st.expander("More", expanded=True):
            st.write("inside")
        box = st.container(border=True)
        st.write("after")
        box.write("in box")
    """)
    exp = at.expander[0]
    assert (exp.label, exp.expanded, exp.markdown.values) == ("More", True, ["inside"])
    assert at.container[0].markdown.values == ["in box"]
    assert at.markdown.values == ["inside", "in box", "after"]  # the box sits before "after"


def test_empty_is_a_single_replaceable_slot(app):
    at = app("""
        import streamlit as st
        a = st.empty()
        a.write("first")
        a.write("second")
        b = st.empty()
        b.text("gone")
        b.empty()
        c = st.empty()
        with c.container():
            st.write("x")
            st.write("y")
    """)
    assert at.markdown.values == ["second", "x", "y"]
    assert at.text.values == []
    assert [child.type for child in at.main.children] == ["markdown", "empty", "container"]


def test_spinner_leaves_nothing_behind(app):
    at = app("""
        import streamlit as st
        with st.spinner("Working..."):
            st.write("work done")
    """)
    assert at.get("spinner") == []
    assert at.markdown.values == ["work done"]


def test_progress_updates_in_place(app):
    at = app("""
        import streamlit as st
        bar = st.progress(0, text="start")
        bar.progress(0.5, text="half")
        st.progress(100)
    """)
    assert [(p.value, p.text) for p in at.progress] == [(50, "half"), (100, None)]


def test_progress_out_of_range(app):
    at = app("import streamlit as st\nst.progress(101)\n")
    assert at.exception[0].type_name == "StreamlitValueOutOfRangeError"
    assert at.exception[0].value == "The `value` parameter, set to 101, is outside the required range [0, 100]."
    at = app("import streamlit as st\nst.progress(1.5)\n")
    assert at.exception[0].value == "The `value` parameter, set to 1.5, is outside the required range [0.0, 1.0]."


def test_toast_and_balloons(app):
    at = app("""
        import streamlit as st
        st.toast("Saved!", icon="✅")
        st.balloons()
    """)
    assert [(t.value, t.icon) for t in at.toast] == [("Saved!", "✅")]
    assert at.balloons is True


def test_echo_shows_the_code_then_runs_it(app):
    at = app("""
        import streamlit as st
        with st.echo():
            x = 1 + 1
            st.write(x)
        st.write("done")
    """)
    assert at.code[0].value == "x = 1 + 1\nst.write(x)"
    assert [c.type for c in at.main.children] == ["code", "markdown", "markdown"]
    assert at.markdown.values == ["`2`", "done"]


def test_set_page_config(app):
    at = app("""
        import streamlit as st
        st.set_page_config(page_title="My app", page_icon="🎈", layout="wide")
        st.write("hi")
    """)
    assert at.page_config == {"title": "My app", "icon": "🎈", "layout": "wide", "initial_sidebar_state": "auto"}
    at = app('import streamlit as st\nst.set_page_config(layout="huge")\n')
    assert at.exception[0].value == '`layout` must be "centered" or "wide" (got "huge")'
