"""Cached functions in an app: error messages, replay of the elements they wrote, the
spinner, session scope, and widgets inside a cached function (semantics §1)."""

from __future__ import annotations

from tests.caching.conftest import no_exceptions


# ---------------------------------------------------------------- in an app: errors, replay, spinner


def test_unserializable_return_value(mem_env):
    at = mem_env.app("""
import threading

@st.cache_data
def lock():
    probe.calls.append(1)
    return threading.Lock()

lock()
""").run()
    msg = at.exception[0].message
    assert "Cannot serialize the return value (of type `_thread.lock`)\n            in `lock()`." in msg
    assert "st.cache_resource" in msg
    at.run()
    assert mem_env.calls == [1, 1]


def test_unhashable_param_message(mem_env):
    at = mem_env.app("""
@st.cache_data
def load(conn, n):
    return n

load(lambda: 1, 3)
""").run()
    msg = at.exception[0].message
    assert msg.startswith("Cannot hash argument 'conn' (of type `builtins.function`) in 'load'.")
    assert "@st.cache_data\ndef load(_conn, ...):" in msg


def test_user_hash_error_message(mem_env):
    at = mem_env.app("""
class Thing:
    pass

def bad_hash(t):
    raise RuntimeError("nope")

@st.cache_resource(hash_funcs={Thing: bad_hash})
def use(t):
    return 1

use(Thing())
""").run()
    msg = at.exception[0].message
    assert msg.startswith("nope")
    assert "`bad_hash()`" in msg and "`@st.cache_resource`" in msg and "`use()`" in msg
    assert "`__main__.Thing`" in msg


def test_cache_errors_import_path(mem_env):
    at = mem_env.app("""
from streamlit.runtime.caching.cache_errors import UnhashableParamError
from streamlit.errors import StreamlitAPIException
st.write(str(issubclass(UnhashableParamError, StreamlitAPIException)))
""").run()
    no_exceptions(at)
    assert at.markdown.values == ["True"]


def test_replay_into_the_call_site_container(mem_env):
    app = mem_env.app("""
@st.cache_data
def part(n):
    probe.calls.append(n)
    st.text(f"part {n}")
    with st.expander("details"):
        st.text("inside")
    return n

a, b = st.columns(2)
with a:
    part(1)
with b:
    part(1)
""")
    at = app.run()
    no_exceptions(at)
    assert mem_env.calls == [1]
    for col in at.columns:
        assert col.text.values == ["part 1", "inside"]
        assert col.expander[0].text.values == ["inside"]


def test_resource_replays_too(mem_env):
    app = mem_env.app("""
@st.cache_resource
def r():
    st.text("made")
    return 1
r()
""")
    app.run()
    assert app.run().text.values == ["made"]


def test_nested_cached_functions_record_into_the_outer(mem_env):
    app = mem_env.app("""
@st.cache_data
def inner(x):
    probe.calls.append(("inner", x))
    st.text(f"inner {x}")
    return x

@st.cache_data
def outer():
    probe.calls.append("outer")
    st.text("outer")
    return inner(1) + inner(2)

st.write(outer())
""")
    first = app.run()
    st_clear_inner = app.run(new_session=True)
    assert first.text.values == st_clear_inner.text.values == ["outer", "inner 1", "inner 2"]
    assert mem_env.calls == ["outer", ("inner", 1), ("inner", 2)]


def test_writing_into_an_outside_container_fails_on_the_hit(mem_env):
    app = mem_env.app("""
outer = st.container()

@st.cache_data
def f():
    outer.text("into outer")
    return 1

f()
""")
    first = app.run()
    no_exceptions(first)
    assert first.text.values == ["into outer"]
    second = app.run()
    assert "a streamlit element is called on some layout block" in second.exception[0].message
    assert "created outside the function" in second.exception[0].message


def test_widget_in_a_cached_function_warns(mem_env):
    app = mem_env.app("""
@st.cache_data
def f():
    st.checkbox("inside")
    return 1

f()
""")
    for at in (app.run(), app.run()):
        assert len(at.checkbox) == 1
        assert len(at.exception) == 1
        assert at.exception[0].is_warning
        assert "widget command in a cached function" in at.exception[0].message


def _spinners(at):
    return [m["node"]["props"]["text"] for m in at._local.messages
            if m.get("type") == "delta" and m["node"].get("type") == "spinner"]


def test_spinner_on_a_miss_only_and_its_text(mem_env):
    app = mem_env.app("""
@st.cache_data
def no_args():
    return 1

@st.cache_data
def with_args(x):
    return x

@st.cache_data(show_spinner="Loading data...")
def custom():
    return 1

@st.cache_data(show_spinner=False)
def silent():
    return 1

no_args(); with_args(1); custom(); silent()
""")
    at = app.run()
    assert _spinners(at) == ["Running `no_args()`.", "Running `with_args(...)`.", "Loading data..."]
    assert at.get("spinner") == []  # removed once the miss finished
    at._local.messages.clear()
    app.run()
    assert _spinners(at) == []


def test_only_the_outermost_cached_call_shows_a_spinner(mem_env):
    at = mem_env.app("""
@st.cache_data
def inner():
    return 1

@st.cache_data
def outer():
    return inner()

outer()
""").run()
    assert _spinners(at) == ["Running `outer()`."]


def test_session_scope_is_per_session(mem_env):
    src = """
@st.cache_data(scope="session")
def per_session():
    probe.calls.append(1)
    return 1

@st.cache_resource(scope="session")
def res():
    probe.calls.append(2)
    return 2

per_session(); res()
"""
    app = mem_env.app(src)
    app.run()
    app.run()
    app.run(new_session=True)
    assert mem_env.calls == [1, 2, 1, 2]
    assert mem_env.store.metas() == []  # session caches never persist


def test_the_warning_comes_before_the_widget(mem_env):
    at = mem_env.app("""
@st.cache_data
def f():
    st.checkbox("inside")
f()
""").run()
    assert [c.type for c in at.main.children if c.type != "empty"] == ["exception", "checkbox"]
    assert at.exception[0].message.startswith("\nYour script uses a widget command in a cached function\n"
                                              "(function decorated with `@st.cache_data` or `@st.cache_resource`).")
