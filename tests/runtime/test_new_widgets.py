"""st.pills, st.segmented_control, st.feedback, st.datetime_input, st.audio_input, st.camera_input,
st.link_button (Streamlit 1.67 behaviour, through AppTest), and the data_editor identity fix."""

from __future__ import annotations

import datetime as dt

import pytest

from wasmlit.testing import AppTest


def exception_types(at: AppTest) -> list[str]:
    return [e.proto["props"]["type_name"] for e in at.exception]


# ---------------------------------------------------------------- data_editor identity

@pytest.mark.parametrize("first, second, duplicate", [
    ("", "hide_index=True", False),
    ("hide_index=True", "hide_index=False", False),
    ("hide_index=True", "disabled=True", False),
    ("", "use_container_width=True", False),
    ("", "disabled=True", True),  # Streamlit 1.67: `disabled=True` is not part of the identity
    ("hide_index=True", "hide_index=True, disabled=True", True),
])
def test_data_editor_hide_index_tells_unkeyed_editors_apart(first, second, duplicate):
    at = AppTest.from_string(f"""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({{"a": [1, 2], "b": [3, 4]}})
        st.data_editor(df, {first})
        st.data_editor(df, {second})
    """).run()
    assert bool(at.exception) is duplicate, [e.value for e in at.exception]
    if duplicate:
        assert exception_types(at) == ["StreamlitDuplicateElementId"]


# ---------------------------------------------------------------- pills / segmented_control

def test_pills_single_select_round_trip_with_key_and_callback():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("calls", [])
        def changed(tag):
            st.session_state.calls.append((tag, st.session_state.size))
        size = st.pills("Size", ["S", "M", "L"], key="size", on_change=changed, args=("cb",))
        st.write(repr(size), repr(st.session_state.calls))
    """).run()
    assert at.markdown[0].value == "None []"
    pills = at.pills[0]
    assert pills.options == ["S", "M", "L"] and pills.label == "Size" and pills.key == "size"
    pills.select("M").run()
    assert at.markdown[0].value == "'M' [('cb', 'M')]"
    assert at.pills[0].indices == [1] and at.pills[0].formatted_values == ["M"]
    assert at.pills[0].proto["props"]["value"] == [1]
    at.pills[0].unselect("M").run()  # clicking the selected pill again clears it
    assert at.markdown[0].value == "None [('cb', 'M'), ('cb', None)]"


def test_pills_multi_default_format_func_and_option_objects():
    at = AppTest.from_string("""
        import streamlit as st
        opts = [{"id": 1, "name": "one"}, {"id": 2, "name": "two"}, {"id": 3, "name": "three"}]
        picked = st.pills("Numbers", opts, selection_mode="multi", default=[opts[2]],
                          format_func=lambda o: o["name"].upper())
        st.write(repr([o["id"] for o in picked]), type(picked).__name__)
    """).run()
    assert at.markdown[0].value == "[3] list"
    assert at.pills[0].options == ["ONE", "TWO", "THREE"]
    at.pills[0].select({"id": 1, "name": "one"}).run()
    assert at.markdown[0].value == "[3, 1] list"
    at.pills[0].set_value([]).run()
    assert at.markdown[0].value == "[] list"


def test_segmented_control_is_a_button_group_with_its_own_ids():
    at = AppTest.from_string("""
        import streamlit as st
        a = st.pills("Pick", ["x", "y"], default="x")
        b = st.segmented_control("Pick", ["x", "y"], default="y")
        st.write(a, b)
    """).run()
    assert not at.exception  # same arguments, different widget kinds: no duplicate id
    assert [g.proto["props"]["style"] for g in at.button_group] == ["pills", "segmented_control"]
    assert len(at.pills) == 1 and len(at.segmented_control) == 1
    assert at.get("button_group").values == ["x", "y"]
    at.segmented_control[0].set_value("x").run()
    assert at.markdown[0].value == "x x"


def test_pills_icons_are_split_off_as_streamlit_does():
    at = AppTest.from_string("""
        import streamlit as st
        st.pills("Icons", ["🍎 Apple", ":material/home: Home", "Plain text", "🎉"])
    """).run()
    assert at.pills[0].proto["props"]["options"] == [
        {"content": "Apple", "icon": "🍎"}, {"content": "Home", "icon": ":material/home:"},
        {"content": "Plain text", "icon": None}, {"content": "", "icon": "🎉"}]


def test_pills_value_from_session_state_and_options_change():
    at = AppTest.from_string("""
        import streamlit as st
        opts = st.session_state.get("opts", ["a", "b", "c"])
        st.write(repr(st.pills("P", opts, key="p", default="a")))
    """)
    at.session_state["p"] = "c"
    at.run()
    assert at.markdown[0].value == "'c'"
    at.session_state["opts"] = ["a", "b"]  # "c" is gone: the default comes back
    at.run()
    assert at.markdown[0].value == "'a'"
    assert at.session_state["p"] == "a"


@pytest.mark.parametrize("call, error, message", [
    ('st.pills("L", ["a"], selection_mode="x")', "StreamlitValueError",
     "Invalid `selection_mode` value. Supported values: 'single', 'multi'."),
    ('st.segmented_control("L", ["a", "b"], default=["a", "b"])', "StreamlitAPIException",
     "The default argument to `st.segmented_control` must be a single value when `selection_mode='single'`."),
    ('st.pills("L", ["a", "b"], default="c")', "StreamlitDefaultNotInOptionsError",
     "The default value 'c' is not part of the options. Please make sure that every default value also exists "
     "in the options."),
    ('st.pills("L", ["a"], selection_mode="multi", required=True)', "StreamlitIncompatibleParametersError",
     "`required=True` and `selection_mode='multi'` cannot be used together. `required` is only supported for "
     "single-select mode."),
    ('st.pills("L", ["a"], on_change="foo")', "StreamlitValueError",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('st.pills("L", ["a"]); st.pills("L", ["a"])', "StreamlitDuplicateElementId", None),
    ('st.feedback("x")', "StreamlitValueError", "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'."),
    ('st.feedback("stars", default=5)', "StreamlitValueOutOfRangeError",
     "The `default` parameter, set to 5, is outside the required range [0, 4]."),
    ("st.feedback(); st.feedback()", "StreamlitDuplicateElementId", None),
    ('st.datetime_input("L", value=3)', "StreamlitInvalidParameterTypeError",
     'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". Provided type: int.'),
    ('st.datetime_input("L", dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))',
     "StreamlitValueBelowMinError", "The `value` 2020-01-01 00:00:00 is less than the `min_value` 2021-01-01 00:00:00."),
    ('st.datetime_input("L", dt.datetime(2022, 1, 1), max_value=dt.datetime(2021, 1, 1))',
     "StreamlitValueAboveMaxError",
     "The `value` 2022-01-01 00:00:00 is greater than the `max_value` 2021-01-01 00:00:00."),
    ('st.datetime_input("L", None, min_value=dt.datetime(2022, 1, 1), max_value=dt.datetime(2021, 1, 1))',
     "StreamlitInvalidMinMaxError",
     "The `min_value`, set to 2022-01-01 00:00:00, cannot be greater than the `max_value`, set to 2021-01-01 00:00:00."),
    ('st.datetime_input("L", step=30)', "StreamlitValueOutOfRangeError",
     "The `step` parameter, set to 30 seconds, is outside the required range [60 seconds, 23 hours]."),
    ('st.datetime_input("L", step=3.0)', "StreamlitInvalidParameterTypeError",
     "Invalid `step` type. Expected one of: int, timedelta. Provided type: float."),
    ('st.datetime_input("L", format="YY")', "StreamlitValueError",
     "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', "
     "'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YY'."),
    ('st.audio_input("L", sample_rate=1234)', "StreamlitValueError",
     "Invalid `sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, None."),
    ('st.camera_input("L", resolution="4k")', "StreamlitValueError",
     "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."),
    ('st.link_button("L", "https://x", type="foo")', "StreamlitValueError",
     "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
])
def test_errors_are_streamlits(call, error, message):
    at = AppTest.from_string(f"import datetime as dt\nimport streamlit as st\n{call}\n").run()
    assert exception_types(at) == [error]
    if message is not None:
        assert at.exception[0].value == message


# ---------------------------------------------------------------- feedback

def test_feedback_round_trip_clear_and_callback():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def bump():
            st.session_state.n += 1
        stars = st.feedback("stars", key="rating", default=2, on_change=bump)
        st.write(repr(stars), st.session_state.n, repr(st.session_state.rating))
    """).run()
    assert at.markdown[0].value == "2 `0` 2"
    fb = at.feedback[0]
    assert fb.proto["props"]["options"] == "stars" and fb.value == 2
    fb.set_value(4).run()
    assert at.markdown[0].value == "4 `1` 4"
    at.feedback[0].set_value(None).run()  # clicking the chosen star again clears it
    assert at.markdown[0].value == "None `2` None"


def test_feedback_thumbs_drops_an_index_it_does_not_show():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(repr(st.feedback(key="f")))
    """)
    at.session_state["f"] = 4  # a value from a 5-option widget
    at.run()
    assert at.markdown[0].value == "None"
    at.feedback[0].set_value(1).run()
    assert at.markdown[0].value == "1"


# ---------------------------------------------------------------- datetime_input

def test_datetime_input_values_and_round_trip():
    at = AppTest.from_string("""
        import datetime as dt
        import streamlit as st
        a = st.datetime_input("A", dt.datetime(2024, 5, 6, 7, 8, 9, 10), key="a")
        b = st.datetime_input("B", dt.date(2024, 5, 6))
        c = st.datetime_input("C", "2024-05-06 10:30")
        d = st.datetime_input("D", None)
        e = st.datetime_input("E")
        st.write(repr([a, b, c, d]), e.second, e.microsecond, type(e).__name__)
    """).run()
    assert at.markdown[0].value == ("[datetime.datetime(2024, 5, 6, 7, 8), datetime.datetime(2024, 5, 6, 0, 0), "
                                    "datetime.datetime(2024, 5, 6, 10, 30), None] `0` `0` datetime")
    widget = at.datetime_input[0]
    assert widget.type == "date_time_input" and len(at.get("datetime_input")) == 5
    props = widget.proto["props"]
    assert (props["value"], props["min"], props["max"], props["step"]) == (
        "2024-05-06T07:08", "2014-05-06T00:00", "2034-05-06T23:59", 900)
    widget.set_value(dt.datetime(2030, 1, 2, 3, 4)).run()
    assert at.session_state["a"] == dt.datetime(2030, 1, 2, 3, 4)
    assert at.datetime_input[0].proto["props"]["value"] == "2030-01-02T03:04"
    at.datetime_input[3].set_value(dt.datetime(2020, 2, 2, 2, 2)).run()
    assert "datetime.datetime(2020, 2, 2, 2, 2)]" in at.markdown[0].value


def test_datetime_input_outside_the_bounds_from_the_page_keeps_the_default():
    at = AppTest.from_string("""
        import datetime as dt
        import streamlit as st
        v = st.datetime_input("When", dt.datetime(2024, 1, 1, 12, 0), min_value=dt.datetime(2024, 1, 1),
                              max_value=dt.datetime(2024, 12, 31, 18, 0))
        st.write(repr(v))
    """).run()
    at.datetime_input[0]._set_wire("2025-06-01T10:00").run()  # what a tampered page could send
    assert at.markdown[0].value == "datetime.datetime(2024, 1, 1, 12, 0)"
    at.datetime_input[0]._set_wire("2024-06-01T10:00").run()
    assert at.markdown[0].value == "datetime.datetime(2024, 6, 1, 10, 0)"


# ---------------------------------------------------------------- audio_input / camera_input

@pytest.mark.parametrize("widget, name, mime", [("audio_input", "clip.wav", "audio/wav"),
                                                ("camera_input", "shot.jpg", "image/jpeg")])
def test_media_input_returns_an_uploaded_file(widget, name, mime):
    at = AppTest.from_string(f"""
        import streamlit as st
        st.session_state.setdefault("changes", 0)
        def changed():
            st.session_state.changes += 1
        f = st.{widget}("Capture", key="cap", on_change=changed)
        if f is None:
            st.write("none", st.session_state.changes)
        else:
            st.write(f.name, f.type, f.size, f.read(2).decode(), len(f.getvalue()), st.session_state.changes,
                     type(f).__name__, str(st.session_state.cap is not None))
    """).run()
    assert at.markdown[0].value == "none `0`"
    view = getattr(at, widget)[0]
    assert view.value is None and view.key == "cap"
    view.upload(name, b"ABCDEF").run()
    assert at.markdown[0].value == f"{name} {mime} `6` AB `6` `1` UploadedFile True"
    at.run()  # a plain rerun keeps the file, at position 0, without resending the bytes
    assert at.markdown[0].value == f"{name} {mime} `6` AB `6` `1` UploadedFile True"
    props = getattr(at, widget)[0].proto["props"]
    assert props["value"] == [{"file_id": view.value.file_id, "name": name, "type": mime, "size": 6}]
    getattr(at, widget)[0].clear().run()
    assert at.markdown[0].value == "none `2`"


def test_media_input_refuses_what_the_browser_cannot_produce():
    from wasmlit.testing.app_test import AppTestError

    at = AppTest.from_string("""
        import streamlit as st
        st.audio_input("Voice", sample_rate=None)
        st.camera_input("Face", resolution="1080p")
    """).run()
    assert at.audio_input[0].sample_rate is None and at.camera_input[0].resolution == "1080p"
    with pytest.raises(AppTestError, match=r"only records \.wav files"):
        at.audio_input[0].upload("clip.mp3", b"x")
    with pytest.raises(AppTestError, match="photos use MIME type 'image/jpeg'"):
        at.camera_input[0].set_value(("a.jpg", b"x", "image/png"))
    with pytest.raises(AppTestError, match="A list is not accepted"):
        at.camera_input[0].set_value([("a.jpg", b"x", "image/jpeg")])


def test_media_inputs_and_file_uploader_keep_each_others_files():
    at = AppTest.from_string("""
        import streamlit as st
        up = st.file_uploader("Doc")
        cam = st.camera_input("Cam")
        st.write(repr(None if up is None else up.getvalue()), repr(None if cam is None else cam.getvalue()))
    """).run()
    at.camera_input[0].upload("c.jpg", b"JPEG").run()
    at.file_uploader[0].upload("d.txt", b"DOC").run()
    assert at.markdown[0].value == "b'DOC' b'JPEG'"


# ---------------------------------------------------------------- link_button

def test_link_button_is_an_element_unless_it_reruns():
    from wasmlit.testing.app_test import AppTestError

    at = AppTest.from_string("""
        import streamlit as st
        plain = st.link_button("Docs", "https://docs.streamlit.io", help="Opens the docs", type="primary",
                               icon="📖")
        st.write(type(plain).__name__)
        clicked = st.link_button("Track", "https://example.com", on_click="rerun")
        st.write(repr(clicked))
    """).run()
    assert [m.value for m in at.markdown] == ["DeltaGenerator", "False"]
    first = at.link_button[0]
    assert (first.value, first.url, first.help, first.kind, first.icon) == (
        "Docs", "https://docs.streamlit.io", "Opens the docs", "primary", "📖")
    assert first.proto["id"] is None and at.link_button[1].proto["id"]
    with pytest.raises(AppTestError, match="not supported for link_button"):
        first.click()
    # The page sends true when a rerun-mode link is clicked.
    at.link_button[1]._set_wire(True)
    at.run()
    assert at.markdown[1].value == "True"
    at.run()
    assert at.markdown[1].value == "False"


def test_link_buttons_without_a_rerun_may_repeat():
    at = AppTest.from_string("""
        import streamlit as st
        st.link_button("Go", "https://example.com")
        st.link_button("Go", "https://example.com")
    """).run()
    assert not at.exception and len(at.link_button) == 2
