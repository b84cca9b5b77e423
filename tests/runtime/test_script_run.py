"""The rerun model (semantics §5): control flow, magic, exceptions, compile errors, imports."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest

import wasmlit
from wasmlit._engine.tree import ElementTree
from wasmlit._platform.cpython import LocalSession
from wasmlit.testing import AppTest

RUNTIME_DIR = str(Path(wasmlit.__file__).parent)


def test_rerun_and_stop_are_not_caught_by_except_exception(app):
    at = app("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("runs", 0)
        ss.runs += 1
        if ss.runs == 1:
            try:
                st.rerun()
            except Exception:
                st.write("rerun was swallowed")
        try:
            st.stop()
        except Exception:
            st.write("stop was swallowed")
        st.write("after stop")
    """)
    assert at.session_state.runs == 2  # st.rerun() restarted the script within one at.run()
    assert at.markdown.values == []
    assert at.run_status == "stopped"
    assert at.exception == []


def test_stop_keeps_what_was_rendered(app):
    at = app("""
        import streamlit as st
        st.write("a")
        st.stop()
        st.write("b")
    """)
    assert at.markdown.values == ["a"]
    assert at.exception == []


def test_bare_except_does_catch_rerun(app):
    at = app("""
        import streamlit as st
        try:
            st.rerun()
        except:
            st.write("caught by bare except")
    """)
    assert at.markdown.values == ["caught by bare except"]


def test_unconditional_rerun_times_out():
    at = AppTest.from_string("""
        import streamlit as st
        st.write("looping")
        st.rerun()
    """)
    start = time.monotonic()
    with pytest.raises(RuntimeError, match=r"^AppTest script run timed out after 0.3\(s\)$"):
        at.run(timeout=0.3)
    assert time.monotonic() - start < 2


def test_a_script_that_never_yields_is_stopped_on_timeout():
    at = AppTest.from_string("""
        while True:
            pass
    """, default_timeout=0.2)
    with pytest.raises(RuntimeError, match="timed out after 0.2"):
        at.run()


MAGIC_APP = '''
    """Module docstring: not shown."""
    import streamlit as st
    x = 5
    x
    "hello"
    f"v={x}"
    len("abc")
    a, b = 1, 2
    a, b
    if True:
        "in if"
    for i in range(2):
        i
    with st.container():
        "in with"
    def f():
        "function docstring: not shown"
        "in def"
    f()
'''


def test_magic_writes_bare_expressions_only(app):
    at = app(MAGIC_APP)
    assert at.markdown.values == ["`5`", "hello", "v=5", "`1` `2`", "in if", "`0`", "`1`", "in with", "in def"]
    assert at.container[0].markdown.values == ["in with"]


def test_uncaught_exception_keeps_prior_elements_and_trims_runtime_frames(app):
    at = app("""
        import streamlit as st
        st.write("before")
        def helper():
            raise ValueError("bad value")
        with st.container():
            helper()
    """)
    assert at.markdown.values == ["before"]
    exc = at.exception[0]
    assert (exc.type_name, exc.value, exc.is_warning) == ("ValueError", "bad value", False)
    trace = "\n".join(exc.stack_trace)
    assert "in helper" in trace and 'raise ValueError("bad value")' in trace
    assert RUNTIME_DIR not in trace
    # The exception goes after everything in the main area, not inside the container.
    assert at.main.children[-1].type == "exception"
    assert at.container[0].exception == []


def test_api_exception_traceback_has_no_wasmlit_frames(app):
    at = app("""
        import streamlit as st
        st.number_input("n", 0, 10, 20)
    """)
    exc = at.exception[0]
    assert exc.type_name == "StreamlitValueAboveMaxError"
    assert exc.value == "The `value` 20 is greater than the `max_value` 10."
    assert RUNTIME_DIR not in "\n".join(exc.stack_trace)
    assert any("st.number_input" in line for line in exc.stack_trace)


def test_next_interaction_after_an_exception_works(app):
    at = app("""
        import streamlit as st
        st.write("before")
        if st.checkbox("crash", value=True):
            raise ValueError("bad value")
        st.write("after")
    """)
    assert at.markdown.values == ["before"] and at.exception[0].value == "bad value"
    at.checkbox[0].uncheck().run()
    assert at.markdown.values == ["before", "after"]
    assert at.exception == []


def test_syntax_error_on_the_first_run(app):
    at = app("""
        import streamlit as st
        st.write("x"
    """)
    assert at.run_status == "compile_error"
    assert at.exception[0].type_name == "SyntaxError"
    assert at.exception[0].value.endswith("app.py, line 3)")  # the dedented source starts with a blank line
    # Only the error location: none of the compiler's frames (ast.py) or the runtime's.
    assert at.exception[0].stack_trace[0].startswith('  File "') and "app.py" in at.exception[0].stack_trace[0]
    assert '    st.write("x"' in at.exception[0].stack_trace


def test_import_error_in_a_user_module_hides_import_machinery(tmp_path):
    (tmp_path / "helper.py").write_text("def f():\n    return 1 / 0\nf()\n")
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write('top')\nimport helper\n")
    at = AppTest.from_file(tmp_path / "app.py").run()
    exc = at.exception[0]
    assert exc.type_name == "ZeroDivisionError"
    trace = "\n".join(exc.stack_trace)
    assert "import helper" in trace and "return 1 / 0" in trace
    assert "frozen importlib" not in trace and RUNTIME_DIR not in trace


def test_syntax_error_after_an_edit_keeps_previous_elements(tmp_path):
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.title('Hello')\nst.button('Go')\n")
    local = LocalSession(str(script))
    tree = ElementTree()
    local.handle_batch([{"type": "rerun"}])
    script.write_text("import streamlit as st\nst.title('Hello'\n")
    local.handle_batch([{"type": "source_changed"}])
    tree.apply_all(local.messages)
    assert tree.last_status == "compile_error"
    types = [slot.type for _, slot in tree.walk()]
    assert types == ["exception", "button"]  # the error took slot 0; the button stays (stale)
    assert [tree.is_stale(s) for _, s in tree.walk()] == [False, True]
    script.write_text("import streamlit as st\nst.title('Fixed')\n")
    local.handle_batch([{"type": "source_changed"}])
    tree.apply_all(local.messages[len(local.messages) - 3:])
    assert [(s.type, s.props.get("body")) for _, s in tree.walk()] == [("heading", "Fixed")]


def test_unknown_st_function_is_a_clear_not_supported_error(app):
    at = app("""
        import streamlit as st
        st.write("shown")
        st.graphviz_chart("digraph { a -> b }")
    """)
    exc = at.exception[0]
    assert exc.type_name == "StreamlitNotSupportedError"
    assert exc.value.startswith("`st.graphviz_chart` is not supported yet by wasmlit.")
    at = app("""
        import streamlit as st
        st.sidebar.pydeck_chart(None)
    """)
    assert at.exception[0].value.startswith("`st.pydeck_chart` is not supported yet by wasmlit.")
    at = app("""
        import streamlit as st
        st.write(hasattr(st, "graphviz_chart"), hasattr(st, "write"))
    """)
    assert at.markdown.values == ["`False` `True`"]


def test_streamlit_imports(app):
    at = app("""
        from streamlit import session_state, write
        import streamlit.errors
        from streamlit.errors import StreamlitAPIException
        from streamlit.testing.v1 import AppTest
        import streamlit as st
        try:
            st.slider("s", 5, 5)
        except streamlit.errors.StreamlitAPIException as e:
            write("caught", type(e).__name__)
        session_state.x = 1
        write(st.session_state.x, AppTest.__module__)
    """)
    assert at.exception == []
    assert at.markdown.values == ["caught StreamlitAPIException", "`1` wasmlit.testing.app_test"]


def test_unknown_streamlit_submodule_is_a_clear_module_not_found_error(app):
    at = app("""
        import streamlit.proto
    """)
    exc = at.exception[0]
    assert exc.type_name == "ModuleNotFoundError"
    assert exc.value == ("No module named 'streamlit.proto': wasmlit does not provide this part of "
                         "Streamlit yet.")


def test_st_version_follows_the_streamlit_release_we_target(app):
    at = app("""
        import streamlit as st
        st.text(st.__version__)
    """)
    assert at.text.values == [wasmlit.STREAMLIT_COMPAT_VERSION]


def test_a_widget_value_the_widget_cannot_take_is_dropped_and_the_app_keeps_working() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "app.py"
        app.write_text("import streamlit as st\nn = st.number_input('N', 0, 10, 3)\nst.write(f'n={n}')\n")
        local = LocalSession(str(app))
        local.handle_batch([{"type": "rerun"}])
        widget = next(m["node"]["id"] for m in local.messages if m["type"] == "delta" and m["node"]["id"])
        local.messages.clear()
        local.handle_batch([{"type": "interaction", "updates": [{"id": widget, "value": {"not": "a number"}}]}])
        texts = [m["node"]["props"].get("body") for m in local.messages if m["type"] == "delta"]
        assert "n=3" in texts
        assert local.messages[-1] == {"type": "run_finished", "run_id": 2, "status": "ok", "scope": None}
