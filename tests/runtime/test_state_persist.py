"""session_state survives a replaced worker: pickled after a completed run, restored before the next."""

from __future__ import annotations

from wasmlit._state import persist
from wasmlit._state.session_state import SessionState
from wasmlit.testing import AppTest

SCRIPT = """
import threading
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Add"):
    st.session_state.count += 1
st.session_state.lock = threading.Lock()          # unpicklable: skipped
st.session_state.rows = st.session_state.get("rows", [{"a": 1}])
level = st.slider("Level", 0, 10, 3, key="level")
name = st.text_input("Name")                        # no key: restored by widget id
st.write(f"count={st.session_state.count} level={level} name={name}")
"""


def _app() -> AppTest:
    return AppTest.from_string(SCRIPT).run()


def test_restore_keeps_api_and_widget_values_and_skips_unpicklable():
    at = _app()
    at.button[0].click().run()
    at.button[0].click().run()
    at.slider[0].set_value(7).run()
    at.text_input[0].input("Ada").run()
    assert at.markdown[0].value == "count=2 level=7 name=Ada"
    blob, skipped = persist.snapshot(at._state)
    assert skipped == ["lock"]

    fresh = AppTest.from_string(SCRIPT)
    failed = persist.restore(fresh._local.session.state, blob)
    assert failed == []
    fresh.run()
    assert fresh.markdown[0].value == "count=2 level=7 name=Ada"
    assert fresh.session_state.level == 7
    assert fresh.session_state.rows == [{"a": 1}]
    # The button's click is not replayed: the count did not grow on the restored run.
    assert fresh.session_state.count == 2
    # The restored widgets keep working.
    fresh.slider[0].set_value(9).run()
    assert fresh.markdown[0].value == "count=2 level=9 name=Ada"


def test_trigger_values_are_not_kept():
    at = _app()
    state = at._state
    blob, _ = persist.snapshot(state)
    fresh = SessionState()
    persist.restore(fresh, blob)
    button_ids = [w for w, m in state._widget_meta.items() if m.is_trigger]
    assert button_ids and not any(w in fresh._widget_values for w in button_ids)


def test_prune_drops_widget_values_no_run_recreated():
    state = SessionState()
    state.set_widget_value("$$ID-gone", 5)
    state.seed("kept", 1)
    persist.prune(state)
    assert "$$ID-gone" not in state._widget_values
    assert state.get_item("kept") == 1


def test_a_value_that_no_longer_unpickles_is_skipped_not_fatal():
    state = SessionState()
    state.seed("ok", {"x": 1})
    blob, skipped = persist.snapshot(state)
    assert skipped == []
    # Forge a snapshot whose one value refers to a class that is not importable.
    import pickle

    data = pickle.loads(blob)
    data["user"]["broken"] = b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x04Nope\x94\x93\x94."
    fresh = SessionState()
    failed = persist.restore(fresh, pickle.dumps(data))
    assert failed == ["broken"]
    assert fresh.get_item("ok") == {"x": 1}
    assert persist.restore(SessionState(), b"not a pickle") == ["*"]


def test_keyboard_interrupt_stops_the_run_like_st_stop():
    """Pyodide's interrupt buffer raises KeyboardInterrupt in the script: a stop, not a crash."""
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.session_state.n = st.session_state.get('n', 0) + 1\n"
        "st.write('before')\n"
        "if st.session_state.n == 1:\n"
        "    raise KeyboardInterrupt\n"
        "st.write('after')\n"
    ).run()
    assert at.run_status == "stopped"
    assert [m.value for m in at.markdown] == ["before"]
    assert not at.exception
    at.run()
    assert at.run_status == "ok"
    assert [m.value for m in at.markdown] == ["before", "after"]
