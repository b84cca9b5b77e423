"""The ``streamlit.*`` submodules apps import a name or two from."""

from __future__ import annotations

import pathlib


def test_script_run_ctx_during_a_run_and_outside(app):
    at = app("""
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx
        from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx as ctx2
        ctx = get_script_run_ctx()
        thread = threading.Thread(target=lambda: None)
        st.text(repr((bool(ctx), ctx.session_id, ctx2() is not None, add_script_run_ctx(thread) is thread,
                      add_script_run_ctx(thread, ctx) is thread)))
    """)
    assert at.text.values == ["(True, 'apptest', True, True, True)"]
    from wasmlit._engine.modules import install_streamlit_alias

    install_streamlit_alias()
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    assert get_script_run_ctx() is None  # no run: as in a bare Python process


def test_config_logger_web_cli_and_commands(app):
    at = app("""
        import logging
        import streamlit as st
        from streamlit import config
        from streamlit.logger import get_logger
        from streamlit.web import cli as stcli
        from streamlit.commands.page_config import set_page_config
        from streamlit.commands.execution_control import rerun, stop
        from streamlit.commands.logo import logo
        from streamlit.commands import page_config
        set_page_config(page_title="From commands")
        log = get_logger(__name__)
        stcli.main()
        st.text(repr((config.get_option("server.maxUploadSize"), isinstance(log, logging.Logger),
                      rerun is st.rerun, stop is st.stop, logo is st.logo,
                      page_config.set_page_config is set_page_config)))
    """)
    assert at.text.values == ["(200, True, True, True, True, True)"]
    assert at.page_config["title"] == "From commands"


def test_dataframe_util_source_util_emojis(app):
    at = app("""
        import pathlib
        import streamlit as st
        from streamlit import dataframe_util, source_util
        from streamlit.emojis import EMOJI_EXTRACTION_REGEX
        df = dataframe_util.convert_anything_to_pandas_df({"a": [1, 2]})
        st.text(repr((list(df.columns), len(df), dataframe_util.is_dataframe_like(df),
                      dataframe_util.is_dataframe_like([1]), dataframe_util.convert_anything_to_list(df))))
        st.text(repr(source_util.page_icon_and_name(pathlib.Path("01_🎈_My_page.py"))))
        st.text(repr(source_util.page_icon_and_name(pathlib.Path("2_plain name.py"))))
        st.text(repr(EMOJI_EXTRACTION_REGEX.match("🎈 Balloons").groups()))
    """)
    assert at.text.values == [
        "(['a'], 2, True, False, [1, 2])",
        "('🎈', 'My_page')",
        "('', 'plain_name')",
        "('🎈', 'Balloons')",
    ]


def test_st_attributes_for_submodules(app):
    at = app("""
        import streamlit as st
        st.text(repr((st.config.get_option("client.toolbarMode"), callable(st.dataframe_util.is_dataframe_like),
                      st.logger.get_logger("x").name)))
    """)
    assert at.text.values == ["('auto', True, 'x')"]


def test_unknown_submodule_is_a_clear_import_error(app):
    at = app("""
        import streamlit as st
        try:
            import streamlit.elements.lib.nothing
        except ModuleNotFoundError as e:
            st.text(str(e))
    """)
    [message] = at.text.values
    assert message.startswith("No module named 'streamlit.elements")
    assert "does not provide this part of Streamlit yet" in message


def test_help_of_a_shim_never_names_internal_modules(app, tmp_path: pathlib.Path):
    at = app("""
        import streamlit as st
        from streamlit.logger import get_logger
        st.help(get_logger)
    """)
    props = at.get("help")[0].proto["props"]
    assert props["value"].startswith("streamlit.get_logger(")


def test_python_worded_errors_name_streamlit_modules(app):
    at = app("""
        import streamlit as st
        import streamlit.column_config as cc
        for attempt in ("st.column_config.Nope", "cc.Nope"):
            try:
                eval(attempt)
            except AttributeError as e:
                st.text(str(e))
        try:
            from streamlit.errors import Nope
        except ImportError as e:
            st.text(str(e).split(" (")[0])
    """)
    assert at.text.values == ["module 'streamlit.column_config' has no attribute 'Nope'"] * 2 + [
        "cannot import name 'Nope' from 'streamlit.errors'"]


def test_version_module(app):
    at = app("""
        import streamlit as st
        from streamlit.version import STREAMLIT_VERSION_STRING
        st.text(STREAMLIT_VERSION_STRING == st.__version__ == "1.67.0")
    """)
    assert at.text.values == ["True"]
