"""st.latex and streamlit.components.v1 through AppTest (values as Streamlit 1.67's AppTest shows them)."""

import pytest

from wasmlit.testing import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string(body).run()


def test_latex_value_is_a_display_math_block():
    at = run('import streamlit as st\nst.latex(r"a^2 + b^2 = c^2")\nst.markdown("inline $x^2$")')
    assert not at.exception
    assert at.latex[0].value == "$$\na^2 + b^2 = c^2\n$$"
    assert [m.value for m in at.markdown] == ["inline $x^2$"]  # latex is not listed as markdown


def test_latex_help_and_width_checked():
    at = run('import streamlit as st\nst.latex("x", help="tip")\nst.latex("y", width=-3)')
    assert at.latex[0].proto["props"]["help"] == "tip"
    assert at.exception and "width" in at.exception[0].message


def test_latex_sympy_object():
    pytest.importorskip("sympy")
    at = run('import streamlit as st\nimport sympy\nx = sympy.Symbol("x")\nst.latex(x**2 / 2)')
    assert at.latex[0].value == "$$\n\\frac{x^{2}}{2}\n$$"


def test_components_html_is_an_iframe_with_srcdoc_and_default_height():
    at = run('import streamlit.components.v1 as components\n'
             'components.html("<p>hi</p>")\ncomponents.html("<b>x</b>", height=320, scrolling=True)')
    assert not at.exception
    frames = at.get("iframe")
    assert [f.proto["props"]["srcdoc"] for f in frames] == ["<p>hi</p>", "<b>x</b>"]
    assert frames[0].proto["props"]["height"] == 150
    assert frames[1].proto["props"]["height"] == 320 and frames[1].proto["props"]["scrolling"] is True


def test_components_iframe_and_st_components_attribute():
    at = run('import streamlit as st\nfrom streamlit.components.v1 import iframe\n'
             'iframe("https://example.com", height=300)\n'
             'with st.sidebar:\n    st.components.v1.html("<i>side</i>")')
    assert not at.exception
    assert at.get("iframe")[0].proto["props"]["src"] == "https://example.com"
    assert at.sidebar.get("iframe")[0].proto["props"]["srcdoc"] == "<i>side</i>"


def test_declare_component_not_supported_yet():
    at = run('import streamlit.components.v1 as components\ncomponents.declare_component("x", path="fe")')
    assert at.exception and "not supported yet" in at.exception[0].message
    assert "wasmlit." not in at.exception[0].message


def test_latex_body_is_dedented_and_stripped():
    at = run('import streamlit as st\nst.latex("""\n    a +\n    b\n""")')
    assert at.latex[0].value == "$$\na +\nb\n$$"
