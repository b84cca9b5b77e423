"""st.plotly_chart on CPython through AppTest: the figure's JSON, sizes, theme and config on the
element; selections (on_select) returned, kept in session_state and passed to callbacks; 1.67's errors."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("plotly")

from wasmlit.testing import AppTest  # noqa: E402

FIG = """
import streamlit as st
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 5, 6], mode="markers"))
"""


def run(body: str) -> AppTest:
    return AppTest.from_string(FIG + body).run()


def test_figure_json_theme_config_and_sizes_reach_the_page():
    at = run("""
fig.update_layout(height=300)
st.plotly_chart(fig, config={"displayModeBar": False})
st.plotly_chart(fig, theme=None, width=500, use_container_width=False)
st.plotly_chart({"data": [{"type": "bar", "x": ["a"], "y": [1]}]}, width="content")
""")
    assert not at.exception
    a, b, c = at.get("plotly_chart")
    assert a.figure["data"][0]["x"] == [1, 2, 3] and a.figure["layout"]["height"] == 300
    assert json.loads(a.proto.spec) == a.figure and json.loads(a.proto.config) == {"displayModeBar": False}
    assert (a.proto.theme, a.proto.width, a.proto.height) == ("streamlit", "stretch", 300)
    assert (b.proto.theme, b.proto.width, b.proto.height) == ("", 500, 300)  # the figure's own height
    assert c.figure["data"][0]["type"] == "bar" and (c.proto.width, c.proto.height) == (700, 450)
    assert a.value is None and a.proto.selection_mode == []


def test_selection_is_returned_kept_in_session_state_and_calls_back():
    at = run("""
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.plotly_chart(fig, key="chart", on_select=changed, selection_mode=["box", "points"])
st.write(f"indices {event.selection.point_indices} boxes {len(event['selection']['box'])}")
st.write(f"state {st.session_state.chart.selection.point_indices} calls {st.session_state.get('calls', 0)}")
""")
    chart = at.get("plotly_chart")[0]
    assert chart.proto.selection_mode == ["box", "points"] and chart.proto.id.endswith("-chart")
    assert at.markdown[0].value == "indices [] boxes 0"
    assert chart.value == {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    chart.select([{"point_index": 1, "x": 2, "y": 5}], box=[{"type": "box", "x": [1.5, 2.5], "y": [4, 6]}]).run()
    assert at.markdown[0].value == "indices [1] boxes 1"
    assert at.markdown[1].value == "state [1] calls 1"
    assert at.session_state["chart"]["selection"]["points"] == [{"point_index": 1, "x": 2, "y": 5}]


def test_session_state_of_a_selectable_chart_is_read_only():
    at = run("""
st.plotly_chart(fig, key="chart", on_select="rerun")
st.session_state.chart = 1
""")
    assert at.exception and at.exception[0].type_name == "StreamlitWidgetAlreadyInstantiatedError"


@pytest.mark.parametrize("kwargs, error, message", [
    ('theme="dark"', "StreamlitValueError", "Invalid `theme` value. Supported values: 'streamlit', None."),
    ('on_select="bogus"', "StreamlitValueError",
     "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('on_select="rerun", selection_mode="circle"', "StreamlitValueError",
     "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."),
    ("width=-3", "StreamlitInvalidWidthError", "Invalid width value: -3."),
    ('height="tall"', "StreamlitInvalidHeightError", "Invalid height value: 'tall'."),
])
def test_bad_arguments_raise_streamlits_errors(kwargs, error, message):
    at = run(f"st.plotly_chart(fig, {kwargs})\n")
    assert at.exception[0].type_name == error and at.exception[0].message.startswith(message)


def test_bad_figures_raise_plotlys_errors():
    at = run('st.plotly_chart({"data": [{"type": "nonsense_trace"}]})\n')
    assert at.exception[0].type_name == "ValueError" and "Invalid element(s)" in at.exception[0].message
    at = run("st.plotly_chart(object())\n")
    assert at.exception[0].type_name == "PlotlyError"
    assert "must be `dict`-like, `list`-like, or an instance of plotly.graph_objs.Figure" in at.exception[0].message
