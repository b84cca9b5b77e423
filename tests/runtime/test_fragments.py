"""@st.fragment and st.rerun(scope=...): partial reruns, headless (Streamlit 1.67 behaviour)."""

from __future__ import annotations

import pytest

from wasmlit._engine.tree import ElementTree
from wasmlit._platform.cpython import LocalSession
from wasmlit.testing import AppTest

COUNTER_APP = """
import streamlit as st
ss = st.session_state
ss.setdefault("full", 0)
ss.setdefault("frag", 0)
ss.setdefault("log", [])
ss.full += 1
st.write(f"full {ss.full}")

@st.fragment
def panel(label):
    ss.frag += 1
    st.button(label, key="inner", on_click=lambda: ss.log.append("cb"))
    st.checkbox("tick", key="tick")
    st.write(f"frag {ss.frag} {label}")

panel("Inner")
st.button("Outer")
"""


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_a_widget_inside_a_fragment_reruns_only_the_fragment_with_the_same_args():
    at = AppTest.from_string(COUNTER_APP).run()
    assert texts(at) == ["full 1", "frag 1 Inner"]
    at.button(key="inner").click().run()
    assert texts(at) == ["full 1", "frag 2 Inner"]  # the page around it kept the first run's output
    assert at.session_state.full == 1 and at.session_state.log == ["cb"]
    at.checkbox(key="tick").check().run()
    assert at.session_state.full == 1 and at.session_state.frag == 3 and at.checkbox(key="tick").value


def test_the_rest_of_the_page_is_neither_stale_nor_pruned_and_a_full_run_reruns_everything():
    at = AppTest.from_string(COUNTER_APP).run()
    before = at.tree.roots[0].children[0]
    at.button(key="inner").click().run()
    assert at.tree.roots[0].children[0] is before  # same slot: not re-sent, not replaced
    assert not any("(stale)" in v for v in at.tree.dump().values())
    at.button[1].click().run()  # "Outer" is outside: the whole app reruns
    assert texts(at) == ["full 2", "frag 3 Inner"]


def test_the_fragment_run_messages_carry_its_block_as_scope():
    at = AppTest.from_string(COUNTER_APP).run()
    at.button(key="inner").click().run()
    started = [m for m in at._local.messages if m["type"] == "run_started"]
    finished = [m for m in at._local.messages if m["type"] == "run_finished"]
    assert started[0]["scope"] is None and started[-1]["scope"] == [[0, 1]]
    assert finished[-1] == {"type": "run_finished", "run_id": 2, "status": "ok", "scope": [[0, 1]]}
    fragment_block = at.tree.roots[0].children[1]
    assert fragment_block.type == "vertical" and fragment_block.props["fragment_id"]


def test_streamlits_own_apptest_behaviour_reruns_the_whole_app():
    at = AppTest.from_string(COUNTER_APP)
    at.fragment_reruns = False  # what streamlit.testing.v1.AppTest does in 1.67
    at.run()
    at.button(key="inner").click().run()
    assert texts(at) == ["full 2", "frag 2 Inner"]


def test_widget_cleanup_in_a_fragment_run_only_touches_that_fragments_widgets():
    at = AppTest.from_string("""
        import streamlit as st
        st.text_input("outside", key="out")
        @st.fragment
        def f():
            if not st.session_state.get("hide"):
                st.text_input("inside", key="inn")
            st.checkbox("hide", key="hide")
        f()
    """).run()
    at.text_input(key="out").input("kept").run()
    at.text_input(key="inn").input("x").run()
    at.checkbox(key="hide").check().run()  # a fragment run that no longer draws "inside"
    assert "inn" not in at.session_state and at.session_state.out == "kept"


def test_st_rerun_scope_fragment_reruns_just_the_fragment():
    at = AppTest.from_string("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("full", 0); ss.setdefault("frag", 0)
        ss.full += 1
        @st.fragment
        def f():
            ss.frag += 1
            if st.button("again") and ss.frag < 5:
                st.rerun(scope="fragment")
            st.write(f"frag {ss.frag}")
        f()
    """).run()
    at.button[0].click().run()
    assert at.session_state.full == 1 and at.session_state.frag == 3  # click run + its rerun
    assert texts(at) == ["frag 3"]


def test_st_rerun_inside_a_fragment_reruns_the_whole_app():
    at = AppTest.from_string("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("full", 0)
        ss.full += 1
        @st.fragment
        def f():
            if st.button("all"):
                st.rerun()
        f()
    """).run()
    at.button[0].click().run()
    assert at.session_state.full == 2


@pytest.mark.parametrize("source", [
    "st.rerun(scope='fragment')",
    "@st.fragment\ndef f():\n    st.rerun(scope='fragment')\nf()",  # during a full run
])
def test_scope_fragment_outside_a_fragment_rerun_is_refused(source):
    at = AppTest.from_string("import streamlit as st\n" + source).run()
    assert at.exception[0].value == ('scope="fragment" can only be specified from `@st.fragment`-decorated '
                                     "functions during fragment reruns.")


def test_a_fragment_writes_into_an_outside_container_and_its_reruns_redraw_only_that_part():
    at = AppTest.from_string("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("n", 0)
        box = st.container()
        box.write("box head")
        @st.fragment
        def f():
            ss.n += 1
            box.write(f"from fragment {ss.n}")
            st.sidebar.write(f"side {ss.n}")
            st.button("go")
        f()
        box.write("box tail")
    """).run()
    assert texts(at) == ["box head", "from fragment 1", "box tail", "side 1"]
    at.button[0].click().run()
    assert texts(at) == ["box head", "from fragment 2", "box tail", "side 2"]


def test_writing_outside_only_in_a_fragment_rerun_is_refused():
    at = AppTest.from_string("""
        import streamlit as st
        box = st.container()
        box.write("head")
        @st.fragment
        def f():
            if st.button("go"):
                box.write("late")
        f()
    """).run()
    at.button[0].click().run()
    assert "could not reserve a stable position" in at.exception[0].value
    assert [m.value for m in at.markdown] == ["head"]


def test_an_exception_in_a_fragment_shows_in_its_place_and_stops_a_full_run():
    at = AppTest.from_string("""
        import streamlit as st
        st.write("before")
        @st.fragment
        def f():
            st.write("in")
            if st.session_state.get("boom", True):
                raise ValueError("frag boom")
        f()
        st.write("after")
    """).run()
    assert texts(at) == ["before", "in"] and at.exception[0].value == "frag boom"
    fragment_block = at.main.children[1]
    assert [c.type for c in fragment_block.children] == ["markdown", "exception"]


def test_an_exception_in_a_fragment_rerun_stays_inside_the_fragment():
    at = AppTest.from_string("""
        import streamlit as st
        st.write("outside")
        @st.fragment
        def f():
            if st.button("boom"):
                raise ValueError("frag boom")
        f()
        st.write("after")
    """).run()
    at.button[0].click().run()
    assert texts(at) == ["outside", "after"]
    assert [c.type for c in at.main.children[1].children] == ["button", "exception"]
    at.run()  # a full run clears it
    assert at.exception == []


def test_fragment_keys_and_a_callback_rerunning_a_fragment_by_key():
    at = AppTest.from_string("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("full", 0); ss.setdefault("charts", 0)
        ss.full += 1
        @st.fragment(key="charts")
        def charts():
            ss.charts += 1
        charts()
        st.button("refresh", on_click=lambda: st.rerun("charts"))
    """).run()
    at.button[0].click().run()
    assert at.session_state.full == 1 and at.session_state.charts == 2


def test_reserved_fragment_key():
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment(key="fragment")
        def f(): pass
    """).run()
    assert at.exception[0].value.startswith("`fragment` is a reserved name")


@pytest.mark.parametrize("run_every, seconds", [(2, 2.0), ("2s", 2.0), ("1m", 60.0), (0.5, 0.5)])
def test_run_every_asks_the_page_for_a_timer_and_a_timer_reruns_only_the_fragment(run_every, seconds):
    local, tree = _local_session(f"""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("full", 0); ss.setdefault("ticks", 0)
        ss.full += 1
        @st.fragment(run_every={run_every!r})
        def clock():
            ss.ticks += 1
            st.write(f"tick {{ss.ticks}}")
        clock()
    """)
    timers = [m for m in local.messages if m["type"] == "fragment_timers"]
    assert len(timers) == 1 and list(timers[0]["timers"].values()) == [seconds]
    (fragment_id,) = timers[0]["timers"]
    local.handle_batch([{"type": "fragment_rerun", "fragment_ids": [fragment_id]}])
    tree.apply_all(local.messages)
    state = local.session.state
    assert state.get_item("full") == 1 and state.get_item("ticks") == 2
    assert [s.props["body"] for _p, s in tree.walk() if s.type == "markdown"] == ["tick 2"]
    # a timer of a fragment that is gone does nothing
    assert local.handle_batch([{"type": "fragment_rerun", "fragment_ids": ["gone"]}]) is False


def test_run_every_timedelta_and_a_fragment_no_longer_drawn_drops_its_timer():
    local, _tree = _local_session("""
        import datetime
        import streamlit as st
        @st.fragment(run_every=datetime.timedelta(seconds=3))
        def clock():
            st.write("t")
        if not st.session_state.get("off"):
            clock()
        st.session_state.off = True
    """)
    local.handle_batch([{"type": "rerun"}])
    timers = [m["timers"] for m in local.messages if m["type"] == "fragment_timers"]
    assert [list(t.values()) for t in timers] == [[3.0], []]


def _local_session(source: str) -> tuple[LocalSession, ElementTree]:
    import tempfile
    import textwrap
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="wasmlit-frag-"))
    (folder / "app.py").write_text(textwrap.dedent(source))
    local = LocalSession(str(folder / "app.py"))
    local.handle_batch([{"type": "rerun"}])
    return local, ElementTree()


# ---------------------------------------------------------------- the tree rules for scopes

def _start(run, scope=None):
    return {"type": "run_started", "run_id": run, "scope": scope}


def _finish(run, status="ok", scope=None):
    return {"type": "run_finished", "run_id": run, "status": status, "scope": scope}


def _delta(run, path, body="x", kind="element", type_="markdown"):
    return {"type": "delta", "run_id": run, "path": path,
            "node": {"kind": kind, "type": type_, "id": None, "props": {"body": body}}}


def test_tree_scope_marks_stale_and_prunes_only_inside_the_fragment_block():
    tree = ElementTree()
    tree.apply_all([_start(1), _delta(1, [0, 0]), _delta(1, [0, 1], kind="block", type_="vertical"),
                    _delta(1, [0, 1, 0]), _delta(1, [0, 1, 1]), _delta(1, [1, 0]), _finish(1)])
    tree.apply(_start(2, [[0, 1]]))
    assert tree.dump() == {"0.0": "markdown", "0.1": "vertical", "0.1.0": "markdown (stale)",
                           "0.1.1": "markdown (stale)", "1.0": "markdown"}
    tree.apply_all([_delta(2, [0, 1, 0]), _finish(2, scope=[[0, 1]])])
    assert tree.dump() == {"0.0": "markdown", "0.1": "vertical", "0.1.0": "markdown", "1.0": "markdown"}


def test_tree_finished_scope_empty_keeps_everything_current():
    tree = ElementTree()
    tree.apply_all([_start(1), _delta(1, [0, 0]), _delta(1, [0, 1]), _finish(1)])
    tree.apply_all([_start(2), _delta(2, [0, 2], type_="exception"), _finish(2, "error", [])])
    assert tree.dump() == {"0.0": "markdown", "0.1": "markdown", "0.2": "exception"}


# ---------------------------------------------------------------- a callback that raises

def test_a_raising_callback_keeps_the_page_and_the_next_interaction_works():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.title("Top")
        def explode():
            raise ValueError("boom in callback")
        st.button("Break", on_click=explode)
        if st.button("Hi"):
            st.write("hi")
        st.sidebar.write("side")
    """).run()
    at.button[0].click().run()
    assert at.exception[0].value == "boom in callback" and at.session_state.runs == 1
    assert at.title[0].value == "Top" and len(at.button) == 2 and at.sidebar.markdown[0].value == "side"
    assert at.main.children[-1].type == "exception"  # after the page, which stays current
    assert not any("(stale)" in v for v in at.tree.dump().values())
    assert at._local.messages[-1] == {"type": "run_finished", "run_id": 2, "status": "error", "scope": []}
    at.button[1].click().run()  # the next interaction: a normal run, the exception is gone
    assert at.exception == [] and [m.value for m in at.markdown] == ["hi", "side"]


def test_a_nested_fragment_queued_with_its_parent_runs_once_inside_it():
    local, tree = _local_session("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("inner", 0)
        @st.fragment
        def outer():
            st.button("outer button")
            inner()
        @st.fragment(run_every=5)
        def inner():
            ss.inner += 1
            st.button("inner button")
        outer()
    """)
    (inner_id,) = [m for m in local.messages if m["type"] == "fragment_timers"][0]["timers"]
    outer_button = next(wid for wid, meta in local.session.state._widget_meta.items() if meta.key is None
                        and meta.fragment_id != inner_id)
    local.handle_batch([{"type": "interaction", "updates": [{"id": outer_button, "value": True}]},
                        {"type": "fragment_rerun", "fragment_ids": [inner_id]}])
    tree.apply_all(local.messages)
    assert local.session.state.get_item("inner") == 2 and not any(
        s.type == "exception" for _p, s in tree.walk())


@pytest.mark.parametrize("name, new", [("experimental_fragment", "fragment"), ("experimental_dialog", "dialog")])
def test_the_experimental_names_are_removed_as_in_1_67(name, new):
    at = AppTest.from_string(f"import streamlit as st\nst.{name}").run()
    assert at.exception[0].value == (f"module 'streamlit' has no attribute '{name}'. "
                                     f"st.{name} has been removed. Use st.{new} instead.")
