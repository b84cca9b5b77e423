"""st.dataframe, st.table, st.data_editor and st.column_config through AppTest."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from wasmlit.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_dataframe_value_is_a_dataframe_and_returns_a_dg():
    at = run("""
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [0.5, None], "c": ["x", None]}, index=["r1", "r2"])
        dg = st.dataframe(df)
        st.write(type(dg).__name__)
    """)
    assert not at.exception
    value = at.dataframe[0].value
    assert isinstance(value, pd.DataFrame)
    assert value.index.tolist() == ["r1", "r2"]
    assert value["a"].tolist() == [1, 2]
    assert pd.isna(value["b"].iloc[1]) and pd.isna(value["c"].iloc[1])
    assert at.markdown[0].value == "DeltaGenerator"


@pytest.mark.parametrize("expr, shape", [
    ("pd.Series([1, 2, 3], name='s')", (3, 1)),
    ("pd.Index(['a', 'b'], name='i')", (2, 1)),
    ("np.arange(6).reshape(2, 3)", (2, 3)),
    ("np.array([1.5, 2.5])", (2, 1)),
    ("[1, 2, 3, 4]", (4, 1)),
    ("[[1, 2], [3, 4]]", (2, 2)),
    ("[{'a': 1}, {'a': 2, 'b': 3}]", (2, 2)),
    ("{'a': [1, 2], 'b': [3, 4]}", (2, 2)),
    ("{'x': 1, 'y': 2}", (2, 1)),
    ("None", (0, 0)),
])
def test_accepted_data(expr, shape):
    at = run(f"""
        import numpy as np, pandas as pd, streamlit as st
        st.dataframe({expr})
        st.table({expr})
    """)
    assert not at.exception, at.exception
    assert at.dataframe[0].value.shape == shape
    assert at.table[0].value.shape == shape


def test_unsupported_type_names_it():
    at = run("""
        import streamlit as st
        class Thing: pass
        st.dataframe(Thing())
    """)
    assert "Unable to convert object of type `<class '__main__.Thing'>` to `pandas.DataFrame`" in at.exception[0].value


def test_layout_and_config_props():
    at = run("""
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"price": [1.5, 2], "url": ["https://a.example", "https://b.example"], "ok": [True, False],
                           "when": pd.to_datetime(["2024-01-01", "2024-02-01"]), "p": [0.2, 0.9]})
        st.dataframe(df, height=300, use_container_width=True, hide_index=True, column_order=["price", "ok"],
                     column_config={
                        "price": st.column_config.NumberColumn("Price", format="$%.2f", help="in USD", width="small"),
                        "url": st.column_config.LinkColumn("Site", display_text="open"),
                        "ok": st.column_config.CheckboxColumn("OK?"),
                        "when": st.column_config.DatetimeColumn("When", format="D MMM YYYY"),
                        "p": st.column_config.ProgressColumn("Prog", min_value=0, max_value=1),
                        "_index": "Row",
                        0: None,
                     })
        st.dataframe(df, width=400)
        st.dataframe(df, width="content")
    """)
    assert not at.exception, at.exception
    props = at.dataframe[0].proto["props"]
    assert (props["height"], props["width"], props["hide_index"]) == (300, "stretch", True)
    assert props["column_order"] == ["price", "ok"]
    cfg = props["column_config"]
    assert cfg[0]["label"] == "Price" and cfg[0]["type_config"]["format"] == "$%.2f" and cfg[0]["width"] == "small"
    assert cfg[0]["help"] == "in USD"
    assert cfg[1]["type_config"] == {"type": "link", "max_chars": None, "validate": None, "display_text": "open"}
    assert cfg[2]["type_config"]["type"] == "checkbox"
    assert cfg[3]["type_config"]["format"] == "D MMM YYYY"
    assert cfg[4]["type_config"]["type"] == "progress"
    # "_index" then position 0 (= the first index column) hide and label the index
    assert props["index_config"] == [{"label": "Row", "hidden": True}]
    assert at.dataframe[1].proto["props"]["width"] == 400
    assert at.dataframe[2].proto["props"]["width"] == "content"


def test_column_config_factories_return_streamlit_dicts():
    import wasmlit.st as st

    assert st.column_config.Column("L", width="medium", help="h", disabled=True, required=True) == {
        "label": "L", "width": "medium", "help": "h", "hidden": None, "disabled": True, "required": True,
        "default": None, "alignment": None, "pinned": None, "type_config": None}
    assert st.column_config.NumberColumn(format="%d", min_value=0, max_value=10, step=1)["type_config"] == {
        "type": "number", "format": "%d", "min_value": 0, "max_value": 10, "step": 1}
    assert st.column_config.TextColumn(max_chars=5, validate="^a")["type_config"] == {
        "type": "text", "max_chars": 5, "validate": "^a"}
    assert st.column_config.DateColumn(min_value=dt.date(2020, 1, 1))["type_config"]["min_value"] == "2020-01-01"
    assert st.column_config.ImageColumn("Pic")["type_config"] == {"type": "image"}
    assert st.column_config.ProgressColumn(format="%d")["type_config"]["max_value"] == 100
    assert st.column_config.SelectboxColumn(options=["a", "b"])["type_config"]["options"] == ["a", "b"]
    from wasmlit.errors import StreamlitAPIException

    with pytest.raises(StreamlitAPIException):
        st.column_config.Column(width="huge")


def test_bad_arguments():
    at = run("""
        import pandas as pd, streamlit as st
        from streamlit.errors import StreamlitAPIException
        df = pd.DataFrame({"a": [1]})
        for kwargs in [dict(height=-1), dict(width="wide"), dict(column_config={"a": 3}), dict(on_select="rerun")]:
            try:
                st.dataframe(df, **kwargs)
            except StreamlitAPIException as e:
                st.text(str(e)[:20])
    """)
    assert not at.exception
    assert len(at.text) == 4 and not at.dataframe


def test_write_of_dataframe_series_ndarray_is_a_dataframe():
    at = run("""
        import numpy as np, pandas as pd, streamlit as st
        st.write(pd.DataFrame({"a": [1]}))
        st.write(pd.Series([1, 2]))
        st.write(np.zeros((2, 2)))
        df = pd.DataFrame({"magic": [1]})
        df
    """)
    assert [d.value.shape for d in at.dataframe] == [(1, 1), (2, 1), (2, 2), (1, 1)]


def test_table_props():
    at = run("""
        import pandas as pd, streamlit as st
        st.table(pd.DataFrame({"a": [1, 2]}, index=pd.MultiIndex.from_tuples([("x", 1), ("x", 2)])))
    """)
    t = at.table[0]
    assert t.proto["type"] == "table"
    assert len(t.proto["props"]["data"]["index"]) == 2
    assert t.value.index.tolist() == [("x", 1), ("x", 2)]


# ---------------------------------------------------------------- data_editor

EDITOR_APP = """
import pandas as pd, streamlit as st
df = pd.DataFrame({"name": ["a", "b", "c"], "qty": [1, 2, 3], "price": [1.5, 2.0, 3.0], "ok": [True, False, True]})
edited = st.data_editor(df, key="ed", num_rows=NUM_ROWS, disabled=["price"],
                        on_change=lambda: st.session_state.__setitem__("changed", st.session_state.get("changed", 0) + 1))
st.text(f"type={type(edited).__name__} qty={int(edited['qty'].sum())} rows={len(edited)}")
st.text("names=" + ",".join(map(str, edited["name"])))
"""


def editor(num_rows: str = "fixed") -> AppTest:
    return AppTest.from_string(EDITOR_APP.replace("NUM_ROWS", repr(num_rows))).run()


def test_data_editor_returns_the_data_and_state():
    at = editor()
    assert not at.exception, at.exception
    assert at.text[0].value == "type=DataFrame qty=6 rows=3"
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    ed = at.data_editor[0]
    assert ed.key == "ed"
    assert ed.proto["props"]["num_rows"] == "fixed"
    cfg = dict(zip([c["name"] for c in ed.proto["props"]["data"]["columns"]], ed.proto["props"]["column_config"]))
    assert cfg["price"] == {"disabled": True} and cfg["qty"] == {}


def test_data_editor_cell_edit_round_trip():
    at = editor()
    at.data_editor[0].edit_cell(1, "qty", 20).edit_cell(0, "name", "z").run()
    assert at.text[0].value == "type=DataFrame qty=24 rows=3"
    assert at.text[1].value == "names=z,b,c"
    assert at.session_state["ed"]["edited_rows"] == {1: {"qty": 20}, 0: {"name": "z"}}
    assert at.session_state["changed"] == 1
    # the page gets the edits back, to show them after the rerun
    assert at.data_editor[0].proto["props"]["value"]["edited_rows"] == {"1": {"qty": 20}, "0": {"name": "z"}}
    # a second run with no change keeps the edits and calls no callback
    at.run()
    assert at.text[0].value == "type=DataFrame qty=24 rows=3" and at.session_state["changed"] == 1


def test_data_editor_real_interaction_batch():
    """The wire value is the JSON edits dict with string row keys, exactly as the page sends it."""
    at = editor()
    ed = at.data_editor[0]
    at._pending[ed.id] = {"edited_rows": {"2": {"qty": 7, "ok": False}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert at.text[0].value == "type=DataFrame qty=10 rows=3"
    assert at.data_editor[0].value["ok"].tolist() == [True, False, False]


def test_data_editor_disabled_columns():
    at = editor()
    from wasmlit.testing import AppTestError

    with pytest.raises(AppTestError):
        at.data_editor[0].edit_cell(0, "price", 9)
    at2 = run("""
        import pandas as pd, streamlit as st
        st.data_editor(pd.DataFrame({"a": [1], "raw": [b"x"]}), disabled=True)
    """)
    props = at2.data_editor[0].proto["props"]
    assert props["disabled"] is True
    assert props["column_config"][1] == {"disabled": True}  # bytes are never editable


def test_data_editor_dynamic_rows():
    at = editor("dynamic")
    ed = at.data_editor[0]
    assert ed.proto["props"]["hide_index"] is True  # a RangeIndex is hidden with dynamic rows
    ed.delete_rows([0]).add_row({"name": "d", "qty": 10}).run()
    assert at.text[0].value == "type=DataFrame qty=15 rows=3"
    assert at.text[1].value == "names=b,c,d"
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [{"name": "d", "qty": 10}],
                                      "deleted_rows": [0]}
    value = at.data_editor[0].value
    assert value.index.tolist() == [1, 2, 3]


def test_data_editor_fixed_rows_cannot_add():
    at = editor()
    from wasmlit.testing import AppTestError

    with pytest.raises(AppTestError):
        at.data_editor[0].add_row({"name": "x"})


def test_data_editor_key_is_read_only():
    at = run("""
        import pandas as pd, streamlit as st
        st.session_state["ed"] = {"edited_rows": {}}
        st.data_editor(pd.DataFrame({"a": [1]}), key="ed")
    """)
    assert "read-only" in at.exception[0].value or "cannot be" in at.exception[0].value


@pytest.mark.parametrize("expr, check", [
    ("[1, 2, 3]", "list"),
    ("(1, 2, 3)", "tuple"),
    ("{1, 2, 3}", "set"),
    ("{'a': [1, 2], 'b': [3, 4]}", "dict"),
    ("{'x': 1, 'y': 2}", "dict"),
    ("[{'a': 1}, {'a': 2}]", "list"),
    ("[[1, 2], [3, 4]]", "list"),
    ("np.array([1, 2, 3])", "ndarray"),
    ("pd.Series([1, 2], name='s')", "Series"),
    ("pd.DataFrame({'a': [1]})", "DataFrame"),
])
def test_data_editor_returns_the_input_type(expr, check):
    at = run(f"""
        import numpy as np, pandas as pd, streamlit as st
        data = {expr}
        out = st.data_editor(data)
        st.text(type(out).__name__)
        st.text(repr(out == data if not hasattr(out, 'equals') else out.equals(data)))
    """)
    assert not at.exception, at.exception
    assert at.text[0].value == check


def test_data_editor_edit_list_and_dict():
    at = run("""
        import streamlit as st
        st.text(repr(st.data_editor([1, 2, 3], key="l")))
        st.text(repr(st.data_editor({"a": [1, 2], "b": ["x", "y"]}, key="d")))
    """)
    at.data_editor(key="l").edit_cell(1, "0", 5)
    at.data_editor(key="d").edit_cell(0, "b", "q").run()
    assert at.text[0].value == "[1, 5, 3]"
    assert at.text[1].value == "{'a': [1, 2], 'b': ['q', 'y']}"


def test_data_editor_typed_values():
    at = run("""
        import datetime as dt, pandas as pd, streamlit as st
        df = pd.DataFrame({"when": pd.to_datetime(["2024-01-01"]), "day": [dt.date(2024, 1, 1)],
                           "t": [dt.time(1, 2)], "f": [1.0]})
        out = st.data_editor(df, key="e")
        st.text(repr(out.iloc[0].tolist()))
    """)
    at.data_editor[0].edit_cell(0, "when", "2025-05-06T07:08:09").edit_cell(0, "day", "2025-01-02") \
        .edit_cell(0, "t", "03:04:05").edit_cell(0, "f", 2).run()
    assert not at.exception, at.exception
    row = at.data_editor[0].value.iloc[0].tolist()
    assert row[0] == pd.Timestamp("2025-05-06 07:08:09")
    assert row[1] == dt.date(2025, 1, 2) and row[2] == dt.time(3, 4, 5) and row[3] == 2.0


def test_data_editor_errors():
    at = run("""
        import pandas as pd, streamlit as st
        from streamlit.errors import StreamlitAPIException
        for data, kw in [(object(), {}), (pd.DataFrame([[1, 2]], columns=["a", "a"]), {}),
                         (pd.DataFrame({"_index": [1]}), {}), (pd.DataFrame({"a": [1]}), {"num_rows": "many"})]:
            try:
                st.data_editor(data, **kw)
            except StreamlitAPIException as e:
                st.text(str(e))
    """)
    texts = [t.value for t in at.text]
    assert texts[0].startswith("The data type (object) or format is not supported by the data editor.")
    assert "duplicated: ['a']" in texts[1]
    assert "'_index' is reserved" in texts[2]
    assert "num_rows" in texts[3]


def test_data_editor_new_data_resets_edits():
    at = AppTest.from_string("""
        import pandas as pd, streamlit as st
        n = st.session_state.setdefault("n", 1)
        out = st.data_editor(pd.DataFrame({"a": [n]}), key="e")
        st.text(str(out["a"].tolist()))
    """).run()
    at.data_editor[0].edit_cell(0, "a", 5).run()
    assert at.text[0].value == "[5]"
    at.session_state["n"] = 2
    at.run()
    assert at.text[0].value == "[2]"
