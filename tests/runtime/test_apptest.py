"""The AppTest harness itself: construction, lookups, state injection, the counter example."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.testing import AppTest

REPO = Path(__file__).resolve().parents[2]


def test_counter_example_counts_runs():
    at = AppTest.from_file(str(REPO / "examples/counter/app.py")).run()
    assert at.header.values == ["This page has run 1 times."]
    at.button[0].click().run()
    assert at.header.values == ["This page has run 2 times."]
    assert at.session_state.counter == 2


def test_from_file_resolves_relative_to_the_calling_test_file(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # not found from the CWD
    at = AppTest.from_file("apps/keyed.py").run()
    assert at.markdown.values == ["Hello"]  # stripped, as Streamlit does


def test_from_file_missing_script():
    with pytest.raises(FileNotFoundError, match=r"^AppTest script not found at .*no_such_app\.py$"):
        AppTest.from_file("no_such_app.py")


def test_from_string_is_dedented_and_runs_as_main():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(__name__)
    """).run()
    assert at.markdown.values == ["__main__"]


def test_from_function_with_args():
    def app(greeting, name="x"):
        import streamlit as st

        st.write(f"{greeting}, {name}")

    at = AppTest.from_function(app, args=("Hi",), kwargs={"name": "Ada"}).run()
    assert at.markdown.values == ["Hi, Ada"]


def test_nothing_runs_before_run():
    at = AppTest.from_string("import streamlit as st\nst.write('x')\n")
    assert at.markdown == [] and at.main.children == []


def test_session_state_can_be_seeded_and_read():
    at = AppTest.from_file("apps/keyed.py")
    at.session_state.name = "Ada"
    at.session_state["extra"] = 1
    at.run()
    assert at.markdown.values == ["Hello Ada"]
    assert at.text_input(key="name").value == "Ada"
    assert "name" in at.session_state and at.session_state["extra"] == 1
    assert at.session_state.to_dict() == {"name": "Ada", "extra": 1, "go": False}
    with pytest.raises(AttributeError, match="^missing not found in session_state.$"):
        at.session_state.missing
    at.session_state.name = "Bob"  # between runs, a widget's key may be set
    at.run()
    assert at.markdown.values == ["Hello Bob"]


def test_lookup_by_key_and_type():
    at = AppTest.from_file("apps/keyed.py").run()
    assert at.button(key="go").label == "Go"
    with pytest.raises(KeyError):
        at.button(key="nope")
    assert at.get("text_input")[0].key == "name"
    assert at.get("heading") == []  # wire type names work too
    assert at.get_by_key("go").type == "button"
    assert at.text_input[0].key == "name" and at.markdown[0].key is None


def test_chained_interactions_and_element_run():
    at = AppTest.from_file("apps/keyed.py").run()
    result = at.text_input(key="name").input("Zed").run()
    assert result is at
    assert at.markdown.values == ["Hello Zed"]


def test_streamlit_testing_alias_gives_the_same_class():
    from wasmlit._engine.modules import install_streamlit_alias

    install_streamlit_alias()
    from streamlit.testing.v1 import AppTest as Aliased

    assert Aliased is AppTest


def test_widget_gone_from_the_page_cannot_be_set():
    at = AppTest.from_string("""
        import streamlit as st
        if not st.session_state.get("hide"):
            st.checkbox("c")
    """).run()
    box = at.checkbox[0]
    at.session_state.hide = True
    at.run()
    from wasmlit.testing import AppTestError

    with pytest.raises(AppTestError, match="no longer on the page"):
        box.check()
