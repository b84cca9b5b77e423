"""The harness's own parts: value canonicalisation, step parsing, discovery, both normalisers
(the Streamlit one through a real side.py run in the reference venv) and the comparison."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import compare  # noqa: E402
from tests.parity import runner  # noqa: E402

SAMPLE = '''import streamlit as st
st.title("T")
a, b = st.columns(2)
a.metric("M", 1)
with b.expander("E"):
    st.text_input("Name", "x")
with st.form("f"):
    st.slider("S", 0, 9, 2)
    st.form_submit_button("Go")
st.sidebar.write("side")
st.dataframe({"c": [1, 2]})
st.empty()
st.toast("hi")
# step: at.text_input[0].input("Ann")
'''


def page(*main, sidebar=(), toasts=(), effects=()):
    return {"main": list(main), "sidebar": list(sidebar), "toasts": list(toasts), "effects": list(effects)}


def md(text):
    return {"t": "markdown", "v": text}


# ---------------------------------------------------------------- common


def test_canon_makes_values_json_ready_and_side_independent() -> None:
    assert common.canon((1, 2.5, "x")) == [1, 2.5, "x"]
    assert common.canon({1: dt.date(2024, 1, 2)}) == {"1": {"__dt": "date", "v": "2024-01-02"}}
    assert common.canon({3, 1}) == [1, 3]
    assert common.canon(float("nan")) == "nan"
    df = common.canon(pd.DataFrame({"a": [1, None]}, index=["x", "y"]))
    assert df == {"__df": [2, 1], "columns": ["a"], "index": ["x", "y"], "rows": [["1.0"], ["<NA>"]]}
    assert common.canon(object())["__repr"] == "object"
    assert " at 0x" not in common.canon(object())["v"]


def test_exception_type_keeps_the_class_name_only() -> None:
    assert common.exception_node("streamlit.errors.StreamlitAPIException", "m")["exc"] == "StreamlitAPIException"
    assert common.exception_node("KeyError", None) == {"t": "exception", "exc": "KeyError", "v": ""}


def test_steps_and_requires_come_from_comment_lines() -> None:
    src = "# requires: plotly, matplotlib\n# step: at.button[0].click()\nx = 1\n# step:  at.run()  \n"
    assert common.steps_of(src) == ["at.button[0].click()", "at.run()"]
    assert common.requires_of(src) == ["plotly", "matplotlib"]
    with pytest.raises(ValueError):
        common.steps_of("# step: import os\n")
    assert common.steps_of("# step: assert at.title[0].value == 'T'\n") == ["assert at.title[0].value == 'T'"]


def test_discover_finds_scripts_and_multipage_folders(tmp_path: Path) -> None:
    (tmp_path / "g" / "multi" / "pages").mkdir(parents=True)
    (tmp_path / "g" / "one.py").write_text("# step: at.button[0].click()\n")
    (tmp_path / "g" / "multi" / "app.py").write_text("")
    (tmp_path / "g" / "multi" / "pages" / "p.py").write_text("")
    apps = runner.discover(tmp_path)
    assert [a.id for a in apps] == ["g/multi", "g/one"]
    assert len(apps[0].files) == 2 and apps[1].steps == ["at.button[0].click()"]


def test_cache_key_changes_with_the_app_and_the_version(tmp_path: Path) -> None:
    (tmp_path / "g").mkdir()
    script = tmp_path / "g" / "a.py"
    script.write_text("x = 1\n")
    app = runner.discover(tmp_path)[0]
    key = runner.cache_key(app, "1.67.0")
    assert runner.cache_key(app, "1.68.0") != key
    script.write_text("x = 2\n")
    assert runner.cache_key(runner.discover(tmp_path)[0], "1.67.0") != key


# ---------------------------------------------------------------- normalisers


def _side(python: str, tmp_path: Path) -> list[dict]:
    app = tmp_path / "app.py"
    app.write_text(SAMPLE)
    jobs = tmp_path / "jobs.json"
    jobs.write_text(json.dumps([{"id": "s", "path": str(app), "steps": common.steps_of(SAMPLE)}]))
    out = subprocess.run([python, str(HERE / "side.py"), python_side(python), str(jobs)],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.splitlines()[-1])["snapshots"]


def python_side(python: str) -> str:
    return "wasmlit" if python == sys.executable else "streamlit"


EXPECTED_FIRST = {
    "main": [
        {"t": "title", "v": "T"},
        {"t": "b:row", "children": [
            {"t": "b:column", "children": [{"t": "metric", "label": "M", "v": "1"}]},
            {"t": "b:column", "children": [
                {"t": "b:expander", "label": "E", "children": [{"t": "text_input", "label": "Name", "v": "x"}]}]}]},
        {"t": "b:form", "children": [{"t": "slider", "label": "S", "v": 2},
                                     {"t": "button", "label": "Go", "v": False}]},
        {"t": "dataframe", "v": {"__df": [2, 1], "columns": ["c"], "index": ["0", "1"], "rows": [["1"], ["2"]]}},
        {"t": "empty"},
    ],
    "sidebar": [{"t": "markdown", "v": "side"}],
    "toasts": ["hi"],
    "effects": [],
}


def test_wasmlit_normaliser(tmp_path: Path) -> None:
    snaps = _side(sys.executable, tmp_path)
    assert snaps[0] == EXPECTED_FIRST
    assert snaps[1]["main"][1]["children"][1]["children"][0]["children"][0]["v"] == "Ann"


def test_streamlit_normaliser_gives_the_same_form(tmp_path: Path) -> None:
    python = runner.streamlit_python()
    if not python.exists():
        pytest.skip("no reference venv (make parity-venv)")
    snaps = _side(str(python), tmp_path)
    assert snaps[0] == EXPECTED_FIRST
    assert snaps[1]["main"][1]["children"][1]["children"][0]["children"][0]["v"] == "Ann"


def test_a_step_wasmlit_cannot_apply_is_reported_with_the_missing_accessor(tmp_path: Path) -> None:
    from side import harness_error

    class FakeAt:
        pass

    try:
        FakeAt().chat_inputs  # noqa: B018
    except AttributeError as exc:
        err = harness_error("step", exc, "at.chat_inputs[0]")
    assert compare._side_error_reason(err) == "apptest:chat_inputs"


# ---------------------------------------------------------------- compare


def reason(st, w):
    found = compare.compare([st], [w])
    return None if found is None else found.reason


def test_same_pages_match_and_values_differences_are_named() -> None:
    assert reason(page(md("a")), page(md("a"))) is None
    assert reason(page(md("a")), page(md("b"))) == "value:markdown"
    assert reason(page(md("a"), toasts=["x"]), page(md("a"))) == "value:toasts"
    assert reason(page(md("a"), effects=["balloons"]), page(md("a"))) == "value:effects"


def test_unsupported_api_is_named() -> None:
    msg = "`st.map` is not supported yet by wasmlit. The app can run without it."
    assert reason(page(md("a")), page({"t": "exception", "exc": "StreamlitNotSupportedError", "v": msg})) == \
        "unsupported:st.map"


def test_exceptions_compare_type_then_message_ignoring_whitespace() -> None:
    def exc(t, v):
        return {"t": "exception", "exc": t, "v": v}

    assert reason(page(exc("KeyError", "a\n   b")), page(exc("KeyError", "a b"))) is None
    assert reason(page(exc("KeyError", "'b'")), page(exc("KeyError", "b"))) == "exception-message:KeyError"
    assert reason(page(exc("StreamlitValueError", "m")), page(exc("StreamlitAPIException", "m"))) == \
        "exception-type:StreamlitValueError"
    assert reason(page(exc("ValueError", "m")), page()) == "missing-exception:ValueError"
    assert reason(page(), page(exc("TypeError", "m"))) == "exception:TypeError"


def test_shape_differences_say_what_is_extra_or_missing() -> None:
    row = {"t": "b:row", "children": [md("x")]}
    col = {"t": "b:container", "children": [md("x")]}
    assert reason(page(md("a"), md("b")), page(md("a"))) == "shape:missing-markdown"
    assert reason(page(md("a")), page({"t": "code", "v": "c"}, md("a"))) == "shape:extra-code"
    assert reason(page(row), page(col)) == "shape:b:row"


def test_accessor_only_differences_are_soft_and_reported_last() -> None:
    button = {"t": "button", "label": "B", "v": True}
    clicked = [page(button, md("1")), page(button, md("2"))]
    not_shown = [page({**button, "v": False}, md("1")), page({**button, "v": False}, md("2"))]
    assert compare.compare(clicked, not_shown).reason == "apptest:button.value"
    wrong_later = [page({**button, "v": False}, md("1")), page({**button, "v": False}, md("3"))]
    assert compare.compare(clicked, wrong_later).reason == "value:markdown"
    assert reason(page(md("a")), page({"t": "empty"}, md("a"))) == "shape:empty-slot"
    assert reason(page({"t": "divider", "v": "---"}), page({"t": "divider"})) == "apptest:divider.value"
    form = {"t": "b:form", "children": [{"t": "slider", "label": "S", "v": 0}]}
    pending = {"t": "b:form", "children": [{"t": "slider", "label": "S", "v": 5}]}
    assert reason(page(form), page(pending)) == "apptest:form-widget.value"


def test_harness_errors_are_told_apart_from_corpus_errors() -> None:
    timeout = {"error": "run", "exc": "RuntimeError", "message": "AppTest script run timed out after 3(s)"}
    assert compare.compare([page()], [timeout]).reason == "harness:timeout"
    step_error = {"error": "step", "exc": "IndexError", "message": "x", "step": "at.sidebar.button[0].click()"}
    assert compare.compare([page(), page()], [page(), step_error]).reason == "apptest:button[] shorter"
    assert compare.compare([timeout], [page()]).reason == "corpus:run"
