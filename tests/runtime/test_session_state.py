"""Session state rules (semantics §2): mapping behaviour, widget keys, callbacks, cleanup."""

from __future__ import annotations

import logging

from wasmlit.testing import AppTest


def test_item_and_attribute_access_are_the_same_mapping(app):
    at = app("""
        import streamlit as st
        st.session_state.a = 1
        st.session_state["b"] = 2
        st.write(st.session_state["a"], st.session_state.b)
    """)
    assert at.markdown.values == ["`1` `2`"]
    assert at.session_state.to_dict() == {"a": 1, "b": 2}


def test_keys_are_converted_to_str(app):
    at = app("""
        import streamlit as st
        st.session_state[3] = "v"
        st.write("3" in st.session_state, 3 in st.session_state, st.session_state["3"])
    """)
    assert at.markdown.values == ["`True` `True` v"]


def test_missing_item_raises_keyerror_with_streamlit_message(app):
    at = app("""
        import streamlit as st
        st.session_state["nope"]
    """)
    assert at.exception[0].type_name == "KeyError"
    assert at.exception[0].value.startswith(  # str(KeyError): quoted, as Streamlit shows it
        '\'st.session_state has no key "nope". Did you forget to initialize it? More info: https://')


def test_missing_attribute_raises_attributeerror(app):
    at = app("""
        import streamlit as st
        try:
            st.session_state.nope
        except AttributeError as e:
            st.text(str(e))
        try:
            del st.session_state.gone
        except AttributeError as e:
            st.text(str(e))
        try:
            del st.session_state["gone"]
        except KeyError as e:
            st.text(e.args[0])
    """)
    first, second, third = at.text.values
    assert first.startswith('st.session_state has no attribute "nope". Did you forget to initialize it?')
    assert second.startswith('st.session_state has no attribute "gone".')
    assert third.startswith('st.session_state has no key "gone".')


def test_mapping_methods(app):
    at = app("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("a", 1)
        ss.setdefault("a", 2)
        ss.update({"b": 3})
        popped = ss.pop("b")
        st.write(ss.get("a"), ss.get("zz", "dflt"), popped, len(ss), sorted(ss.keys()) == ["a"])
        ss.c = 5
        st.text(repr(sorted(ss.items())))
        ss.clear()
        st.text(f"after clear {len(ss)}")
    """)
    assert at.markdown.values == ["`1` dflt `3` `1` `True`"]
    assert at.text.values == ["[('a', 1), ('c', 5)]", "after clear 0"]


def test_views_hold_user_keys_and_keyed_widgets_only(app):
    at = app("""
        import streamlit as st
        st.session_state.user = 1
        st.checkbox("keyless")
        st.checkbox("keyed", key="k")
        st.text(repr(sorted(st.session_state.keys())))
    """)
    assert at.text.values == ["['k', 'user']"]
    assert at.session_state.to_dict() == {"user": 1, "k": False}


def test_empty_key_is_rejected(app):
    at = app("""
        import streamlit as st
        st.session_state[""] = 1
    """)
    assert at.exception[0].type_name == "StreamlitValueError"
    assert at.exception[0].value == "Invalid `key` value. Supported values: a non-empty string."


def test_reserved_key_prefix_is_rejected_for_state_and_widget_keys(app):
    at = app("""
        import streamlit as st
        st.session_state["$$ID-x"] = 1
    """)
    assert at.exception[0].value == "Keys beginning with $$ID are reserved."
    at = app("""
        import streamlit as st
        st.checkbox("c", key="$$ID-y")
    """)
    assert at.exception[0].value == "Keys beginning with $$ID are reserved."


def test_widget_value_is_readable_through_its_key_right_after_creation(app):
    at = app("""
        import streamlit as st
        v = st.slider("S", 0, 10, 4, key="sl")
        st.write(v, st.session_state.sl)
    """)
    assert at.markdown.values == ["`4` `4`"]


def test_value_from_state_beats_the_default(app):
    at = app("""
        import streamlit as st
        if "sl" not in st.session_state:
            st.session_state.sl = 7
        st.write(st.slider("S", 0, 10, 3, key="sl"))
    """)
    assert at.markdown.values == ["`7`"]
    assert at.slider[0].value == 7


def test_duplicate_default_warning_is_logged_once(caplog):
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.a = "x"
        st.session_state.b = "y"
        st.text_input("A", "default", key="a")
        st.text_input("B", "default", key="b")
    """)
    with caplog.at_level(logging.WARNING, logger="wasmlit"):
        at.run()
    warnings = [r.getMessage() for r in caplog.records if "created with a default value" in r.getMessage()]
    assert warnings == ['The widget with key "a" was created with a default value but also had its value '
                        "set via the Session State API."]
    assert [w.value for w in at.text_input] == ["x", "y"]


def test_assigning_a_widget_key_after_creation_is_an_error(app):
    at = app("""
        import streamlit as st
        st.text_input("T", key="t")
        st.session_state.t = "late"
    """)
    exc = at.exception[0]
    assert exc.type_name == "StreamlitWidgetAlreadyInstantiatedError"
    assert exc.value.startswith("`st.session_state['t']` cannot be modified after the widget with that key "
                                "is instantiated. Assign `st.session_state['t']` before creating the widget")


def test_button_key_is_read_only(app):
    at = app("""
        import streamlit as st
        st.session_state.b = True
        st.button("B", key="b")
    """)
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"
    assert at.exception[0].value.startswith("`st.session_state['b']` is read-only")


def test_duplicate_auto_generated_id_and_duplicate_key(app):
    at = app("""
        import streamlit as st
        st.button("Same")
        st.button("Same")
    """)
    assert at.exception[0].type_name == "StreamlitDuplicateElementId"
    assert "multiple `button` elements with the same auto-generated ID" in at.exception[0].value
    assert len(at.button) == 1
    at = app("""
        import streamlit as st
        st.checkbox("One", key="k1")
        st.text_input("Two", key="k1")
    """)
    assert at.exception[0].type_name == "StreamlitDuplicateElementKey"
    assert "multiple elements with the same `key='k1'`" in at.exception[0].value


CALLBACK_APP = """
    import streamlit as st
    ss = st.session_state
    ss.setdefault("log", [])
    ss.setdefault("runs", 0)
    ss.runs += 1

    def on_text(tag, suffix=""):
        ss.log.append((tag + suffix, ss.t))
        st.write("from callback")
        ss.other = "set by callback"

    def boom():
        raise RuntimeError("callback failed")

    def again():
        ss.log.append("again")
        st.rerun()

    st.text("script body")
    st.text_input("T", key="t", on_change=on_text, args=("cb",), kwargs={"suffix": "!"})
    st.text_input("Other", key="other")
    st.checkbox("Boom", key="boom", on_change=boom)
    st.checkbox("Again", key="again", on_change=again)
    st.write(f"log={ss.log} runs={ss.runs}")
"""


def test_callback_runs_before_the_script_with_args_kwargs_and_sees_the_new_value():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.text_input(key="t").input("hello").run()
    assert at.session_state.log == [("cb!", "hello")]
    assert at.markdown.values[-1] == "log=[('cb!', 'hello')] runs=2"


def test_elements_from_a_callback_appear_at_the_top():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.text_input(key="t").input("hello").run()
    assert at.markdown[0].value == "from callback"
    assert at.main.children[0].value == "from callback"
    assert at.main.children[1].value == "script body"


def test_callback_can_assign_another_widgets_key():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.text_input(key="t").input("x").run()
    assert at.text_input(key="other").value == "set by callback"
    assert at.session_state.other == "set by callback"


def test_callback_not_fired_when_value_unchanged():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.text_input(key="t").input("").run()
    assert at.session_state.log == []


def test_callback_exception_is_shown_and_the_script_does_not_run():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.checkbox(key="boom").check().run()
    assert at.exception[0].value == "callback failed"
    assert at.session_state.runs == 1  # the body did not run again
    # The page stays as it was (Streamlit 1.67 drops it and needs its "Rerun" menu), with the
    # exception after it, and the next interaction works.
    assert at.text_input(key="t") is not None and at.main.children[-1].type == "exception"
    at.run()
    assert at.exception == [] and at.session_state.runs == 2
    at.text_input(key="t").input("after").run()
    assert at.session_state.log == [("cb!", "after")]


def test_rerun_inside_a_callback_is_coalesced():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.checkbox(key="again").check().run()
    assert at.session_state.log == ["again"]
    assert at.session_state.runs == 2  # exactly one script run for the interaction


CLEANUP_APP = """
    import streamlit as st
    ss = st.session_state
    if ss.get("halt"):
        st.stop()
    if ss.get("boom"):
        raise ValueError("boom")
    if ss.get("again"):
        ss.again = False
        st.rerun()
    show = st.checkbox("show", value=True, key="show")
    if show:
        st.text_input("T", key="t")
    st.text(f"t in state: {'t' in ss}")
"""


def test_unrendered_widget_state_is_removed_after_the_run_that_skipped_it():
    at = AppTest.from_string(CLEANUP_APP).run()
    at.text_input(key="t").input("typed").run()
    assert at.session_state.t == "typed"
    at.checkbox(key="show").uncheck().run()
    assert at.text.values == ["t in state: True"]  # still readable during the run that skipped it
    assert "t" not in at.session_state
    at.checkbox(key="show").check().run()
    assert at.text_input(key="t").value == ""  # the typed value is gone


def test_no_cleanup_after_stop_exception_or_rerun():
    at = AppTest.from_string(CLEANUP_APP).run()
    at.text_input(key="t").input("typed").run()
    for flag in ("halt", "boom"):
        at.session_state[flag] = True
        at.run()
        assert at.session_state.t == "typed", flag
        at.session_state[flag] = False
        at.run()
        assert at.text_input(key="t").value == "typed", flag
    at.session_state.again = True
    at.run()  # ends with st.rerun() before the widget, then a full run
    assert at.text_input(key="t").value == "typed"


def test_button_is_true_only_in_the_run_caused_by_the_click(app):
    at = app("""
        import streamlit as st
        clicked = st.button("B", key="b")
        st.write(f"clicked={clicked} state={st.session_state.b}")
    """)
    assert at.markdown.values == ["clicked=False state=False"]
    at.button(key="b").click().run()
    assert at.markdown.values == ["clicked=True state=True"]
    at.run()
    assert at.markdown.values == ["clicked=False state=False"]
