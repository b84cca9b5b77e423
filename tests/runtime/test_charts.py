"""st.line/area/bar/scatter_chart, st.vega_lite_chart, st.altair_chart: the Vega-Lite spec each
call produces (Streamlit 1.67's rules), their errors, and the data that travels with it."""

from __future__ import annotations

import json
import textwrap

import pytest

pd = pytest.importorskip("pandas")

PRE = "import streamlit as st, pandas as pd, numpy as np\n"
INDEX = "index -- streamlit-generated"
VALUE = "value -- streamlit-generated"
COLOR = "color -- streamlit-generated"
DF = 'df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.0], "c": [7, 8, 9], "cat": ["p", "q", "p"]})\n'


@pytest.fixture
def app():
    """Run PRE [+ DF] + an indented body (each part dedented on its own)."""
    from wasmlit.testing import AppTest

    def run(source: str):
        head = ""
        for part in (PRE, DF):
            if source.startswith(part):
                head, source = head + part, source[len(part):]
        return AppTest.from_string(head + textwrap.dedent(source)).run()

    return run


def chart(at, i=0):
    return at.get("vega_lite_chart")[i]


def spec_of(app, body: str, i: int = 0) -> dict:
    at = app(PRE + DF + body)
    assert not at.exception, at.exception[0].value
    return chart(at, i).spec


def error_of(app, body: str) -> str:
    at = app(PRE + DF + body)
    assert at.exception, "expected an exception"
    return at.exception[0].value


def unit(spec: dict) -> dict:
    """The chart's unit spec (line charts are a layer: the line, then the hover points)."""
    return spec["layer"][0] if "layer" in spec else spec


# ------------------------------------------------------------------ the seed's scatter chart


def test_seed_scatter_spec(app):
    at = app(PRE + """
        if "df" not in st.session_state:
            st.session_state.df = pd.DataFrame(np.random.randn(20, 2), columns=["x", "y"])
        st.scatter_chart(st.session_state.df, x="x", y="y", color="#FF0000")
    """)
    el = chart(at)
    spec = json.loads(el.proto.spec)  # Streamlit's AppTest access path: a JSON string
    assert el.type == "vega_lite_chart"
    assert spec["mark"] == {"type": "circle"}
    enc = spec["encoding"]
    assert enc["x"]["field"] == "x" and enc["x"]["title"] == "x" and enc["x"]["type"] == "quantitative"
    assert enc["y"]["field"] == "y" and enc["y"]["title"] == "y" and enc["y"]["type"] == "quantitative"
    assert enc["x"]["axis"] == {"grid": False} and enc["y"]["axis"] == {"grid": True}
    assert enc["color"] == {"value": "#FF0000"}
    assert enc["size"] == {"value": 100}
    assert enc["tooltip"] == [{"field": "x", "type": "quantitative"}, {"field": "y", "type": "quantitative"}]
    assert spec["params"][0]["bind"] == "scales"  # zoom and pan, like Altair's .interactive()
    # The data is referred to by name and travels beside the spec, as columns.
    (name,) = el.datasets
    assert spec["data"] == {"name": name}
    assert "datasets" not in spec and "values" not in json.dumps(spec)
    pd.testing.assert_frame_equal(el.data, at.session_state.df.reset_index(drop=True), check_dtype=False)
    assert el.use_container_width is True and el.theme == "streamlit"


def test_same_data_keeps_its_dataset_name_and_new_data_gets_a_new_one(app):
    from wasmlit.testing import AppTest

    at = AppTest.from_string(PRE + textwrap.dedent("""
        if "df" not in st.session_state:
            st.session_state.df = pd.DataFrame(np.random.randn(20, 2), columns=["x", "y"])
        color = st.text_input("color", "#FF0000")
        st.scatter_chart(st.session_state.df, x="x", y="y", color=color)
        if st.button("new data"):
            st.session_state.df = pd.DataFrame(np.random.randn(20, 2), columns=["x", "y"])
            st.rerun()
    """)).run()
    first = chart(at)
    name = list(first.datasets)[0]
    at.text_input[0].input("#00FF00").run()
    again = chart(at)
    assert list(again.datasets) == [name]
    assert again.spec["encoding"]["color"] == {"value": "#00FF00"}
    pd.testing.assert_frame_equal(again.data, first.data)
    at.button[0].click().run()
    assert list(chart(at).datasets) != [name]


def test_data_travels_as_binary_column_buffers(app):
    from wasmlit._platform.cpython import LocalSession

    at = app(PRE + 'st.scatter_chart(pd.DataFrame({"x": np.arange(1000.0), "y": np.arange(1000.0)}), x="x", y="y")')
    table = chart(at).proto["props"]["datasets"][0]["data"]
    assert table["nrows"] == 1000
    for column in table["columns"]:
        assert isinstance(column["data"], bytes) and len(column["data"]) == 8000
    assert LocalSession  # the harness decoded {"$binary": i} refs back into bytes


def test_user_data_is_not_modified(app):
    at = app(PRE + DF + """
        before = df.copy()
        st.line_chart(df)
        st.bar_chart(df, x="cat", y=["a", "c"], horizontal=True)
        st.write(str(df.equals(before)), str(list(df.index.names)))
    """)
    assert at.markdown.values == ["True [None]"]


# ------------------------------------------------------------------ x and y


def test_x_defaults_to_the_index_and_y_to_every_other_column(app):
    spec = spec_of(app, "st.scatter_chart(df[['a', 'b']])")
    enc = spec["encoding"]
    assert enc["x"]["field"] == INDEX and enc["x"]["title"] == ""
    assert enc["y"]["field"] == VALUE and enc["y"]["title"] == ""
    assert enc["color"] == {"field": COLOR, "legend": {"titlePadding": 5, "offset": 5, "orient": "bottom"},
                            "type": "nominal", "title": " "}
    assert enc["tooltip"] == [
        {"field": INDEX, "title": "index", "type": "quantitative"},
        {"field": VALUE, "title": "value", "type": "quantitative"},
        {"field": COLOR, "title": "color", "type": "nominal"},
    ]


def test_several_y_columns_are_melted_into_series(app):
    at = app(PRE + DF + 'st.line_chart(df, x="a", y=["b", "c"])')
    el = chart(at)
    data = el.data
    assert list(data.columns) == ["a", COLOR, VALUE]
    assert data[COLOR].tolist() == ["b", "b", "b", "c", "c", "c"]
    assert data[VALUE].tolist() == [4.0, 5.5, 6.0, 7, 8, 9]
    assert data["a"].tolist() == [1, 2, 3, 1, 2, 3]
    enc = unit(el.spec)["encoding"]
    assert enc["x"]["title"] == "a" and enc["x"]["axis"] == {"tickMinStep": 1, "grid": False}
    assert enc["y"]["field"] == VALUE and enc["y"]["title"] == ""


def test_a_named_index_is_the_x_column(app):
    spec = spec_of(app, 'st.line_chart(df.set_index("cat")[["a"]])')
    enc = unit(spec)["encoding"]
    assert enc["x"]["field"] == "cat" and enc["x"]["title"] == "" and enc["x"]["type"] == "nominal"
    assert enc["y"]["field"] == "a" and enc["y"]["title"] == ""  # y not named by the user: no title
    assert enc["tooltip"][0] == {"field": "cat", "type": "nominal"}


def test_single_y_column_and_labels(app):
    spec = spec_of(app, 'st.scatter_chart(df, x="a", y="b", x_label="Alpha", y_label="Beta")')
    enc = spec["encoding"]
    assert (enc["x"]["title"], enc["y"]["title"]) == ("Alpha", "Beta")
    assert enc["y"]["field"] == "b" and enc["y"]["axis"] == {"grid": True}


def test_x_in_y_only_when_asked(app):
    at = app(PRE + DF + 'st.line_chart(df[["a", "b"]], x="a")\nst.line_chart(df[["a", "b"]], x="a", y=["a", "b"])')
    assert unit(chart(at, 0).spec)["encoding"]["y"]["field"] == "b"
    assert unit(chart(at, 1).spec)["encoding"]["y"]["field"] == VALUE  # a and b melted into series


def test_datetime_and_date_columns_are_temporal(app):
    spec = spec_of(app, """
        t = pd.DataFrame({"t": pd.date_range("2024-01-01", periods=3), "v": [1, 2, 3]})
        st.line_chart(t, x="t", y="v")
        import datetime
        d = pd.DataFrame({"d": [datetime.date(2024, 1, i) for i in (1, 2, 3)], "v": [1, 2, 3]})
        st.bar_chart(d, x="d", y="v")
    """)
    assert unit(spec)["encoding"]["x"]["type"] == "temporal"


def test_date_x_of_a_bar_chart_stays_temporal(app):
    spec = spec_of(app, """
        import datetime
        d = pd.DataFrame({"d": [datetime.date(2024, 1, i) for i in (1, 2, 3)], "v": [1, 2, 3]})
        st.bar_chart(d, x="d", y="v")
    """)
    assert spec["encoding"]["x"]["type"] == "temporal"


def test_missing_columns_name_the_column(app):
    expected = 'Data does not have a column named `"zz"`. Available columns are `a, b, c, cat`'
    assert error_of(app, 'st.scatter_chart(df, x="zz")') == expected
    assert error_of(app, 'st.scatter_chart(df, y="zz")') == expected
    assert error_of(app, 'st.line_chart(df, y=["a", "zz"])') == expected
    assert error_of(app, 'st.bar_chart(df, x="a", y="b", sort="-zz")') == expected


def test_x_must_be_a_column_name(app):
    message = error_of(app, "st.line_chart(df, x=3)")
    assert message.startswith("x parameter should be a column name (str) or None")


def test_empty_data_draws_empty_axes(app):
    at = app(PRE + "st.line_chart()\nst.scatter_chart(pd.DataFrame())")
    for el in at.get("vega_lite_chart"):
        enc = unit(el.spec)["encoding"]
        assert enc["x"]["field"] == "DOES_NOT_EXIST -- streamlit-generated"
        assert "tooltip" not in enc


def test_other_data_types(app):
    at = app(PRE + """
        st.line_chart([1, 3, 2])
        st.line_chart({"u": [1, 2], "v": [3, 4]})
        st.line_chart(np.array([[1, 2], [3, 4]]))
        st.line_chart(pd.Series([5, 6], name="s"))
    """)
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) == 4
    assert charts[0].data[INDEX].tolist() == [0, 1, 2]
    assert unit(charts[3].spec)["encoding"]["y"]["field"] == "s"


def test_unsupported_data_type_names_it(app):
    message = error_of(app, "st.line_chart(object())")
    assert "Unable to convert object of type" in message and "object" in message


# ------------------------------------------------------------------ color


@pytest.mark.parametrize("color, css", [
    ('"#ffaa00"', "#ffaa00"),
    ('"#ffaa0088"', "#ffaa0088"),
    ("(255, 0, 0)", "rgb(255, 0, 0)"),
    ("(1.0, 0.5, 0.0)", "rgb(255, 127, 0)"),
    ("(255, 0, 0, 0.5)", "rgba(255, 0, 0, 0.5)"),
    ('["#123456"]', "#123456"),
])
def test_color_values(app, color, css):
    spec = spec_of(app, f'st.scatter_chart(df, x="a", y="b", color={color})')
    assert spec["encoding"]["color"] == {"value": css}


def test_color_column_nominal_and_quantitative(app):
    at = app(PRE + DF + 'st.scatter_chart(df, x="a", y="b", color="cat")\nst.scatter_chart(df, x="a", y="b", color="c")')
    nominal, quantitative = (chart(at, i).spec["encoding"] for i in (0, 1))
    assert nominal["color"] == {"field": "cat", "legend": {"titlePadding": 5, "offset": 5, "orient": "bottom"},
                                "type": "nominal"}
    assert quantitative["color"]["type"] == "quantitative"
    assert nominal["tooltip"][-1] == {"field": "cat", "type": "nominal"}
    assert list(chart(at, 0).data.columns) == ["a", "cat", "b"]


def test_color_column_of_color_codes(app):
    at = app(PRE + """
        d = pd.DataFrame({"x": [1, 2, 3], "y": [1, 2, 3], "col": ["#ff0000", "#00ff00", "#ff0000"],
                          "tup": [(255, 0, 0), (0, 0, 255), (255, 0, 0)]})
        st.scatter_chart(d, x="x", y="y", color="col")
        st.scatter_chart(d, x="x", y="y", color="tup")
    """)
    codes = chart(at, 0).spec["encoding"]
    assert codes["color"]["scale"] == {"range": ["#ff0000", "#00ff00"]}
    assert codes["color"]["legend"] is None
    assert [t["field"] for t in codes["tooltip"]] == ["x", "y"]  # no tooltip line of color codes
    tuples = chart(at, 1)
    assert tuples.spec["encoding"]["color"]["scale"] == {"range": ["rgb(255, 0, 0)", "rgb(0, 0, 255)"]}
    assert tuples.data["tup"].tolist() == ["rgb(255, 0, 0)", "rgb(0, 0, 255)", "rgb(255, 0, 0)"]


def test_list_of_colors_for_several_series(app):
    spec = spec_of(app, 'st.line_chart(df, y=["a", "b"], color=["#ff0000", (0, 0, 255)])')
    assert unit(spec)["encoding"]["color"] == {
        "field": COLOR, "scale": {"range": ["#ff0000", "rgb(0, 0, 255)"]},
        "legend": {"titlePadding": 5, "offset": 5, "orient": "bottom"}, "type": "nominal", "title": " "}


def test_color_list_length_must_match_y(app):
    assert error_of(app, 'st.line_chart(df, y=["a", "b"], color=["#ff0000"])') == (
        "The list of colors `['#ff0000']` must have the same length as the list of columns to be colored "
        "`['a', 'b']`.")
    assert error_of(app, 'st.line_chart(df, y=["a", "b"], color="#ff0000")').startswith(
        "The list of colors `['#ff0000']` must have the same length")


def test_invalid_color(app):
    message = error_of(app, 'st.scatter_chart(df, x="a", y="b", color="notacolor")')
    assert "This does not look like a valid color argument: `notacolor`." in message
    assert '* A hex string like "#ffaa00" or "#ffaa0088".' in message
    assert "* The name of a column." in message


# ------------------------------------------------------------------ size


def test_size_number_column_and_default(app):
    at = app(PRE + DF + """
        st.scatter_chart(df, x="a", y="b", size=40)
        st.scatter_chart(df, x="a", y="b", size="c")
        st.scatter_chart(df, x="a", y="b")
    """)
    assert chart(at, 0).spec["encoding"]["size"] == {"value": 40}
    by_column = chart(at, 1).spec["encoding"]
    assert by_column["size"] == {"field": "c", "legend": {"titlePadding": 0.5, "offset": 5, "orient": "bottom"},
                                 "type": "quantitative"}
    assert by_column["tooltip"][-1] == {"field": "c", "type": "quantitative"}
    assert chart(at, 2).spec["encoding"]["size"] == {"value": 100}


def test_invalid_size(app):
    at = app(PRE + DF + 'st.scatter_chart(df, x="a", y="b", size="zz")')
    assert at.exception[0].value == "Invalid `size` value. Supported values: a column name, a number. Got 'zz'."


# ------------------------------------------------------------------ chart types


def test_marks(app):
    at = app(PRE + DF + """
        st.line_chart(df, x="a", y="b")
        st.area_chart(df, x="a", y="b")
        st.bar_chart(df, x="a", y="b")
        st.scatter_chart(df, x="a", y="b")
    """)
    marks = [unit(c.spec)["mark"]["type"] for c in at.get("vega_lite_chart")]
    assert marks == ["line", "area", "bar", "circle"]
    assert "size" not in unit(chart(at, 0).spec)["encoding"]


def test_line_chart_has_a_hover_layer(app):
    spec = spec_of(app, 'st.line_chart(df, x="a", y="b")')
    line, points = spec["layer"]
    assert points["mark"] == {"type": "point", "filled": True, "size": 65}
    assert points["params"][0]["select"]["fields"] == ["a"]
    assert points["encoding"]["opacity"]["value"] == 0
    assert line["encoding"]["x"] == points["encoding"]["x"]


def test_bar_chart_axes(app):
    at = app(PRE + DF + 'st.bar_chart(df, x="cat", y="a")\nst.bar_chart(df, x="cat", y="a", horizontal=True)')
    vertical, horizontal = (chart(at, i).spec["encoding"] for i in (0, 1))
    assert vertical["x"]["type"] == "ordinal" and vertical["x"]["field"] == "cat"
    assert vertical["y"]["field"] == "a" and vertical["y"]["axis"]["grid"] is True
    # horizontal: the category goes on y, the values on x (with its grid)
    assert horizontal["y"]["field"] == "cat" and horizontal["y"]["type"] == "ordinal"
    assert horizontal["x"]["field"] == "a" and horizontal["x"]["axis"]["grid"] is True
    assert horizontal["y"]["axis"]["grid"] is False
    # zoom only on the continuous axis
    assert chart(at, 0).spec["params"][0]["select"]["encodings"] == ["y"]
    assert chart(at, 1).spec["params"][0]["select"]["encodings"] == ["x"]


@pytest.mark.parametrize("stack, expected", [(True, True), ("normalize", "normalize"), ("center", "center"),
                                             ("layered", False), (False, False)])
def test_bar_stack(app, stack, expected):
    spec = spec_of(app, f'st.bar_chart(df, x="cat", y=["a", "b"], stack={stack!r})')
    enc = spec["encoding"]
    assert enc["y"]["stack"] == expected
    assert ("opacity" in enc) == (stack == "layered")
    assert ("xOffset" in enc) == (stack is False)
    if stack is False:
        assert enc["xOffset"] == {"field": COLOR}


def test_horizontal_grouped_bars_offset_on_y(app):
    spec = spec_of(app, 'st.bar_chart(df, x="cat", y=["a", "b"], stack=False, horizontal=True)')
    assert spec["encoding"]["yOffset"] == {"field": COLOR} and spec["encoding"]["x"]["stack"] is False


def test_area_chart_stack_and_opacity(app):
    spec = spec_of(app, 'st.area_chart(df, y=["a", "b"], stack="normalize")')
    assert spec["encoding"]["y"]["stack"] == "normalize"
    assert spec["encoding"]["opacity"] == {"value": 0.7}


def test_invalid_stack(app):
    message = error_of(app, 'st.bar_chart(df, stack="up")')
    assert message.startswith('Invalid value for stack parameter: up. Stack must be one of True, False, '
                              '"normalize", "center", "layered" or None.')


def test_bar_sort(app):
    at = app(PRE + DF + """
        st.bar_chart(df, x="cat", y="a", sort=False)
        st.bar_chart(df, x="cat", y="a", sort="-a")
        st.bar_chart(df, x="cat", y="a")
    """)
    assert chart(at, 0).spec["encoding"]["x"]["sort"] is None
    assert chart(at, 1).spec["encoding"]["x"]["sort"] == {"field": "a", "order": "descending"}
    assert "sort" not in chart(at, 2).spec["encoding"]["x"]


def test_size_and_layout(app):
    at = app(PRE + DF + """
        st.scatter_chart(df, x="a", y="b", width=300, height=200)
        st.scatter_chart(df, x="a", y="b", use_container_width=False)
        st.scatter_chart(df, x="a", y="b")
    """)
    fixed, content, stretch = at.get("vega_lite_chart")
    assert (fixed.spec["width"], fixed.spec["height"]) == (300, 200) and fixed.use_container_width is False
    assert content.use_container_width is False and content.spec["width"] == 0
    assert stretch.use_container_width is True and stretch.builtin is True


def test_invalid_height(app):
    assert error_of(app, 'st.line_chart(df, height="tall")').startswith("Invalid height value")


def test_charts_go_where_the_dg_points(app):
    at = app(PRE + DF + """
        with st.sidebar:
            st.line_chart(df, y="a")
        col1, col2 = st.columns(2)
        dg = col2.bar_chart(df, y="a")
        dg.scatter_chart(df, x="a", y="b")  # replaces the bar chart in its slot
    """)
    assert len(at.sidebar.get("vega_lite_chart")) == 1
    assert [unit(c.spec)["mark"]["type"] for c in at.columns[1].get("vega_lite_chart")] == ["circle"]


# ------------------------------------------------------------------ users' specs


def test_vega_lite_chart_with_data_and_spec(app):
    at = app(PRE + DF + """
        spec = {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"},
                                              "y": {"field": "b", "type": "quantitative"}}}
        st.vega_lite_chart(df, spec)
        st.vega_lite_chart(spec, use_container_width=False, theme=None)
        st.vega_lite_chart(df, spec, width=320, height=240)
        st.vega_lite_chart(df, mark="bar", encoding=spec["encoding"])
    """)
    assert not at.exception
    first, no_data, sized, kwargs = at.get("vega_lite_chart")
    assert first.spec["mark"] == "point" and first.spec["data"] == {"name": list(first.datasets)[0]}
    assert first.data["a"].tolist() == [1, 2, 3] and first.builtin is False
    assert no_data.datasets == {} and no_data.theme is None and no_data.use_container_width is False
    assert (sized.spec["width"], sized.spec["height"]) == (320, 240)
    assert kwargs.spec["mark"] == "bar"


def test_vega_lite_chart_keeps_inline_values(app):
    spec = spec_of(app, 'st.vega_lite_chart({"data": {"values": [{"a": 1}]}, "mark": "bar", '
                        '"encoding": {"x": {"field": "a"}}})')
    assert spec["data"] == {"values": [{"a": 1}]}


def test_vega_lite_chart_errors(app):
    assert error_of(app, "st.vega_lite_chart(df)") == "Vega-Lite charts require a non-empty spec dict."
    assert error_of(app, 'st.vega_lite_chart(df, {"mark": "bar"}, theme="dark")').startswith(
        'You set theme="dark" while Streamlit charts only support theme=”streamlit” or theme=None')
    assert "not supported yet by wasmlit" in error_of(app, 'st.vega_lite_chart(df, {"mark": "bar"}, on_select="rerun")')


def test_altair_chart_needs_a_chart_object(app):
    assert error_of(app, "st.altair_chart({'mark': 'bar'})").startswith("st.altair_chart expects an Altair chart")


def test_altair_chart_uses_to_dict_and_moves_inline_datasets(app):
    at = app(PRE + """
        class FakeChart:  # what altair's to_dict() returns for alt.Chart(df).mark_bar().encode(x="a")
            def to_dict(self):
                return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
                        "data": {"name": "data-abc"}, "mark": {"type": "bar"},
                        "encoding": {"x": {"field": "a", "type": "quantitative"}},
                        "datasets": {"data-abc": [{"a": 1}, {"a": 2}]}}
        st.altair_chart(FakeChart(), use_container_width=False)
    """)
    el = chart(at)
    assert "datasets" not in el.spec and el.spec["data"] == {"name": "data-abc"}
    assert el.datasets["data-abc"]["a"].tolist() == [1, 2]
    assert el.use_container_width is False


def test_altair_chart_with_altair(app):
    pytest.importorskip("altair")
    at = app(PRE + """
        import altair as alt
        df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
        st.altair_chart(alt.Chart(df).mark_line().encode(x="a", y="b"))
    """)
    el = chart(at)
    assert el.spec["mark"]["type"] == "line"
    name = el.spec["data"]["name"]
    assert el.datasets[name]["b"].tolist() == [3, 1, 2]
