"""Layout and element gaps closed for Streamlit 1.67: stateful expander/popover/tabs (.open,
key, on_change), st.container's horizontal layout and arguments, st.table, st.metric's
icon/sparkline, SVG text with an XML prolog in st.image.

A user's toggle is sent the way the page does: the block's ``id`` prop with the new value.
"""

from __future__ import annotations

STATEFUL = """
import streamlit as st

st.session_state.setdefault("calls", [])

def opened(tag):
    st.session_state.calls.append((tag, st.session_state.get("ex")))

ex = st.expander("Details", key="ex", on_change=opened, args=("ex",))
with ex:
    st.write("inside")
plain = st.expander("Plain")
pop = st.popover("Menu", key="pop", on_change="rerun")
tabs = st.tabs(["One", "Two"], key="tabs", on_change="rerun")
st.text(repr((ex.open, plain.open, pop.open, [t.open for t in tabs], st.session_state.get("tabs"))))
st.text(repr(st.session_state.calls))
"""


def toggle(at, block, value):
    at._pending[block.proto["props"]["id"]] = value
    return at.run()


def test_stateful_containers_report_open_and_follow_the_page(app):
    at = app(STATEFUL)
    assert at.text.values == ["(False, None, False, [True, False], 'One')", "[]"]
    assert at.expander[1].proto["props"]["id"] is None  # untracked: the page sends nothing
    toggle(at, at.expander[0], True)
    assert at.text.values == ["(True, None, False, [True, False], 'One')", "[('ex', True)]"]
    assert at.expander[0].proto["props"]["expanded"] is True
    toggle(at, at.popover[0], True)
    assert at.text.values[0] == "(True, None, True, [True, False], 'One')"
    assert at.popover[0].proto["props"]["open"] is True
    tab_container = at.get("tab_container")[0]
    toggle(at, tab_container, "Two")
    assert at.text.values[0] == "(True, None, True, [False, True], 'Two')"
    assert at.get("tab_container")[0].proto["props"]["default"] == 1
    assert at.text.values[1] == "[('ex', True)]"  # only the expander has a callback


def test_session_state_drives_the_containers(app):
    at = app("""
        import streamlit as st
        if st.button("open all"):
            st.session_state.ex = True
            st.session_state.tabs = "B"
        ex = st.expander("E", key="ex", on_change="rerun")
        tabs = st.tabs(["A", "B"], key="tabs", on_change="rerun")
        st.text(repr((ex.open, [t.open for t in tabs])))
    """)
    assert at.text.values == ["(False, [True, False])"]
    at.button[0].click().run()
    assert at.text.values == ["(True, [False, True])"]
    assert at.expander[0].proto["props"]["expanded"] is True
    assert at.get("tab_container")[0].proto["props"]["default"] == 1


def test_tabs_state_outside_the_labels_falls_back_to_the_default(app):
    at = app("""
        import streamlit as st
        st.session_state.setdefault("t", "Gone")
        tabs = st.tabs(["A", "B"], key="t", default="B", on_change="rerun")
        st.text(repr(([t.open for t in tabs], st.session_state.t)))
    """)
    assert at.text.values == ["([False, True], 'B')"]


def test_container_open_is_not_a_property(app):
    at = app("""
        import streamlit as st
        st.text(repr(callable(st.container().open)))
    """)
    assert at.text.values == ["True"]  # 1.67: an unknown DeltaGenerator attribute is a failing function


def error_of(app, line: str) -> str:
    at = app(f"import streamlit as st\n{line}\n")
    assert at.exception, line
    return at.exception[0].value


def test_stateful_container_errors_are_1_67s(app):
    on_change = "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
    assert error_of(app, 'st.expander("a", on_change="bogus")') == on_change
    assert error_of(app, 'st.expander("a", on_change=None)') == on_change
    assert error_of(app, 'st.popover("a", on_change=3)') == on_change
    assert error_of(app, 'st.tabs(["a"], on_change="x")') == on_change
    assert error_of(app, 'st.expander("a", type="x")') == (
        "Invalid `type` value. Supported values: 'default', 'compact', 'step'.")
    assert error_of(app, "st.expander(None)") == "The `label` parameter is required."
    assert error_of(app, 'st.tabs(["a"], default="z")') == (
        "Invalid `default` value. Supported values: a tab label from `tabs`. `z` is not in the list of tabs.")
    assert error_of(app, "st.tabs([])") == "The `tabs` parameter is required. Provide at least one tab label."
    assert error_of(app, "st.tabs([1])") == (
        "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int.")
    assert error_of(app, 'st.expander("a", key="k")\nst.popover("b", key="k")') == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that the `key` "
        "argument is unique for each element you create.")


def test_horizontal_container_props(app):
    at = app("""
        import streamlit as st
        with st.container(horizontal=True, horizontal_alignment="right", vertical_alignment="center",
                          gap="large", border=True, width=300, height=200):
            st.write("a")
            st.write("b")
        st.container(gap=None)
        st.container(gap=12, height="stretch")
    """)
    [row] = at.get("horizontal")  # a horizontal container is a row, like st.columns' (1.67: one flex kind)
    no_gap, pixels = at.container
    assert row.proto["type"] == "horizontal"
    assert row.proto["props"] == {
        "border": True, "height": 200, "width": 300, "stretch_height": False, "horizontal": True, "wrap": True,
        "horizontal_alignment": "right", "vertical_alignment": "center", "gap": "4.0rem"}
    assert [m.value for m in row.markdown] == ["a", "b"]
    assert no_gap.proto["props"]["gap"] == "0" and no_gap.proto["props"]["border"] is False
    assert pixels.proto["props"]["gap"] == "12px" and pixels.proto["props"]["stretch_height"] is True


def test_container_argument_errors(app):
    assert error_of(app, 'st.container(horizontal_alignment="x")') == (
        "Invalid `horizontal_alignment` value. Supported values: 'left', 'center', 'right', 'distribute'. Got 'x'.")
    assert error_of(app, 'st.container(vertical_alignment="x")') == (
        "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom', 'distribute'. Got 'x'.")
    assert error_of(app, 'st.container(gap="huge")') == (
        "Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', "
        "'xxlarge', None, a non-negative integer (pixels). Got 'huge'.")
    assert error_of(app, 'st.container(width="x")') == (
        "Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', or 'content'.")
    assert error_of(app, "st.container(height=-3)") == (
        "Invalid height value: -3. Height must be either a positive integer (pixels), 'stretch', or 'content'.")


def test_table_hide_index_header_and_border(app):
    at = app("""
        import streamlit as st
        st.table({"a": [1, 2]}, hide_index=True, hide_header=True, border="horizontal")
        st.table({"a": [1]})
    """)
    first, second = (t.proto["props"] for t in at.table)
    assert (first["hide_index"], first["hide_header"], first["border"]) == (True, True, "horizontal")
    assert (second["hide_index"], second["hide_header"], second["border"]) == (False, False, True)
    assert error_of(app, 'st.table({"a": [1]}, border="x")') == (
        "Invalid `border` value. Supported values: True, False, 'horizontal'.")


def test_metric_icon_and_chart(app):
    at = app("""
        import streamlit as st
        st.metric("Speed", 10, 2, icon="🔥", chart_data=[1, 2.5, 3], chart_type="bar", border=True)
        st.metric("Plain", 1)
    """)
    speed, plain = (m.proto["props"] for m in at.metric)
    assert (speed["icon"], speed["chart_data"], speed["chart_type"]) == ("🔥", [1.0, 2.5, 3.0], "bar")
    assert plain["chart_data"] is None and plain["icon"] is None
    assert error_of(app, 'st.metric("a", 1, chart_data=["x"])') == (
        "Only numeric values are supported for chart data sequence. The value 'x' is of type <class 'str'> "
        "and cannot be converted to float.")
    assert error_of(app, 'st.metric("a", 1, icon="notanicon")') == (
        'The value "notanicon" is not a valid icon. Please use a single emoji or a Material icon shortcode '
        "like `:material\u200b/thumb_up:`.")


def test_svg_text_with_xml_prolog_is_an_image(app):
    at = app("""
        import streamlit as st
        st.image('<?xml version="1.0"?>\\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>')
        st.image('  <svg xmlns="http://www.w3.org/2000/svg"></svg>')
    """)
    assert not at.exception
    images = [img for image in at.image for img in image.proto["props"]["images"]]
    assert [i["mime"] for i in images] == ["image/svg+xml", "image/svg+xml"]
    assert images[0]["data"].startswith(b"<?xml")


def test_text_elements_width_alignment_icon_and_alert_title(app):
    at = app("""
        import streamlit as st
        st.header("Hi", icon="🔥", width=200, text_alignment="center")
        st.markdown("x", text_alignment="right", width=100)
        st.text("t")
        st.error("body", title="Oops")
    """)
    header = at.header[0].proto["props"]
    assert (header["icon"], header["width"], header["text_alignment"]) == ("🔥", 200, "center")
    assert (at.markdown[0].proto["props"]["width"], at.markdown[0].proto["props"]["text_alignment"]) == (100, "right")
    assert at.text[0].proto["props"]["width"] == "content"  # 1.67's default for st.text
    assert at.error[0].proto["props"]["title"] == "Oops" and at.error[0].value == "body"
    assert error_of(app, 'st.text("a", text_alignment="middle")') == (
        "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', 'justify'.")
    assert error_of(app, 'st.markdown("a", width="x")') == (
        "Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', or 'content'.")
    assert error_of(app, 'st.error("a", width="content")') == (
        "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.")


def test_grid_cells_and_props(app):
    at = app("""
        import streamlit as st
        g = st.grid(3, gap=("small", 8), border=True, row_height=120)
        with g:
            st.write("a")
            st.write("b")
        g.write("c")
        st.grid(min_column_width=220)
    """)
    first, auto = at.grid
    assert [m.value for m in first.markdown] == ["a", "b", "c"]
    props = first.proto["props"]
    assert (props["columns"], props["row_gap"], props["column_gap"], props["row_height"], props["border"]) == (
        3, "1.0rem", "8px", 120, True)
    assert (auto.proto["props"]["columns"], auto.proto["props"]["min_column_width"]) == (None, 220)


def test_grid_errors_are_1_67s(app):
    gap_values = ("'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, "
                  "a non-negative integer (pixels)")
    cases = {
        'st.grid("x")': "Invalid `columns` value. Supported values: \"auto\", an integer from 1 to 24. Got 'x'.",
        "st.grid(1.5)": 'Invalid `columns` type. Expected one of: int, "auto". Provided type: float.',
        "st.grid(0)": "The `columns` parameter, set to 0, is outside the required range [1, 24].",
        'st.grid("auto", wrap=False)': '`columns="auto"` and `wrap=False` cannot be used together. `wrap=False` '
                                       "requires an explicit column count. Pass an integer, such as "
                                       "`st.grid(3, wrap=False)`.",
        "st.grid(min_column_width=0)": 'Invalid `min_column_width` value. Supported values: "auto", a positive '
                                       "integer. Got 0.",
        'st.grid(row_height="x")': "Invalid `row_height` value. Supported values: \"content\", a positive integer. "
                                   "Got 'x'.",
        'st.grid(gap=("small", "huge"))': f"Invalid `gap` value. Supported values: {gap_values}. Got 'huge' for "
                                          "the column gap in `gap`.",
        'st.grid(vertical_alignment="x")': "Invalid `vertical_alignment` value. Supported values: 'top', 'center', "
                                           "'bottom'. Got 'x'.",
    }
    for line, message in cases.items():
        assert error_of(app, line) == message, line


def test_iframe_sources_and_skeleton(app, tmp_path):
    (tmp_path / "page.html").write_text("<h1>framed</h1>")
    at = app(f"""
        import pathlib, streamlit as st
        st.iframe("https://example.com/embed")
        st.iframe("<p>inline</p>", height=120)
        st.iframe(pathlib.Path({str(tmp_path / 'page.html')!r}))
        placeholder = st.skeleton(height=80)
        st.skeleton()
        placeholder.text("loaded")
    """)
    frames = [n.proto["props"] for n in at.get("iframe")]
    assert (frames[0]["src"], frames[0]["height"], frames[0]["width"]) == ("https://example.com/embed", 400, "stretch")
    assert (frames[1]["srcdoc"], frames[1]["height"]) == ("<p>inline</p>", 120)
    assert frames[2]["srcdoc"] == "<h1>framed</h1>"
    assert at.text.values == ["loaded"]  # writing into a skeleton replaces it
    assert [n.proto["props"]["height"] for n in at.get("skeleton")] == [None]
    assert error_of(app, 'st.iframe("x", tab_index=-5)') == (
        "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.")
    assert error_of(app, 'st.skeleton(height="content")') == (
        "Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'.")


def test_pdf_is_a_frame_of_its_bytes(app, tmp_path):
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4 tiny")
    at = app(f"""
        import io, streamlit as st
        st.pdf({str(tmp_path / 'doc.pdf')!r}, height=300)
        st.pdf(io.BytesIO(b"%PDF-1.4 mem"))
        st.pdf("https://example.com/a.pdf")
    """)
    frames = [n.proto["props"] for n in at.get("iframe")]
    assert [(f.get("data"), f.get("mime"), f["height"]) for f in frames[:2]] == [
        (b"%PDF-1.4 tiny", "application/pdf", 300), (b"%PDF-1.4 mem", "application/pdf", 500)]
    assert frames[2]["src"] == "https://example.com/a.pdf"
    assert error_of(app, "st.pdf(None)") == (
        "The `data` parameter is required. Please provide a valid PDF file path, URL, bytes data, "
        "or file-like object.")
    assert error_of(app, "st.pdf(3)") == (
        "Invalid `data` type. Expected one of: str, Path, bytes, file-like object. Provided type: int. "
        "A str can be a file path or a URL.")
