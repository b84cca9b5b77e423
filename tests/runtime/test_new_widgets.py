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
