"""st.html, st.space, st.badge, st.help, st.snow, st.logo, st.login/logout/user, st.bottom,
get_option/set_option, and what 1.67 says for removed, unsupported and unknown st names.

Expected texts were taken from Streamlit 1.67 run under its own AppTest.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from wasmlit.st import options


@pytest.fixture(autouse=True)
def _fresh_options():
    options.reset_for_tests()
    yield
    options.reset_for_tests()


def error_of(app, line: str) -> str:
    at = app(f"import streamlit as st\n{line}\n")
    assert at.exception, f"{line!r} raised nothing"
    return at.exception[0].value


# ------------------------------------------------------------------ st.html


def test_html_string_repr_html_and_path(app, tmp_path: pathlib.Path):
    (tmp_path / "page.html").write_text("<b>from file</b>\n")
    (tmp_path / "look.css").write_text(".x { color: red }")
    at = app(f"""
        import pathlib, streamlit as st
        class Fancy:
            def _repr_html_(self):
                return "<i>fancy</i>"
        st.html("  <p>hi</p>  ")
        st.html(Fancy())
        st.html(pathlib.Path({str(tmp_path / 'page.html')!r}))
        st.html(pathlib.Path({str(tmp_path / 'look.css')!r}))
        st.html({str(tmp_path / 'page.html')!r})
    """)
    bodies = [h.value for h in at.main.html]
    assert bodies == ["<p>hi</p>", "<i>fancy</i>", "<b>from file</b>\n",
                      str(tmp_path / "page.html")]  # 1.67 no longer reads a str path: it shows the text
    assert [h.proto["props"]["style_only"] for h in at.main.html] == [False] * 4
    # A CSS file is only <style>: it goes to the event root (no place in the page), as in 1.67.
    [style] = [s for path, s in at._tree.walk() if path[0] == 2]
    assert style.props["body"] == "<style>.x { color: red }</style>" and style.props["style_only"]


def test_html_style_only_and_empty(app):
    at = app("""
        import streamlit as st
        st.html("<!-- c --><style>.a{color:red}</style>\\n<STYLE>.b{}</STYLE>")
        st.html("<style>.a{}</style><p>and text</p>")
    """)
    assert [h.proto["props"]["style_only"] for h in at.main.html] == [False]  # the first went to the event root
    assert [s.props["style_only"] for path, s in at._tree.walk() if path[0] == 2] == [True]
    assert error_of(app, 'st.html("")') == "The `body` parameter is required."
    assert error_of(app, 'st.html("<p>x</p>", width="wide")') == (
        "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.")


# ------------------------------------------------------------------ st.space / st.badge


def test_space_sizes_and_errors(app):
    at = app("""
        import streamlit as st
        st.space()
        st.space("large")
        st.space(40)
        st.space("stretch")
    """)
    assert [s.proto["props"]["size"] for s in at.space] == ["0.75rem", "4.25rem", "40px", "stretch"]
    assert at.space.values == ["small", "large", 40, "stretch"]  # 1.67's AppTest value: the size given
    supported = ("Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', "
                 "'xxlarge', a positive integer.")
    for arg, got in (('"huge"', "'huge'"), ("0", "0"), ("-1", "-1"), ("1.5", "1.5")):
        assert error_of(app, f"st.space({arg})") == f"Invalid `size` value. {supported} Got {got}."


def test_badge_is_markdown_in_apptest(app):
    at = app("""
        import streamlit as st
        st.badge("New")
        st.badge("Done", icon=":material/check:", color="green")
        st.badge("Odd", color="pink")
    """)
    assert at.markdown.values == [":blue-badge[New]", ":green-badge[:material/check: Done]", ":pink-badge[Odd]"]
    assert at.get("badge")[1].proto["props"]["color"] == "green"


# ------------------------------------------------------------------ st.help


def test_help_names_the_argument_and_documents_it(app):
    at = app("""
        import streamlit as st
        def greet(name: str) -> str:
            '''Say hello.

            More text.'''
            return name
        st.help(greet)
        answer = 42
        st.help(answer)
        st.help(st.metric)
    """)
    greet, answer, metric = (h.proto["props"] for h in at.get("help"))
    assert greet["name"] == "greet" and greet["type"] == "function"
    assert greet["doc_string"] == "Say hello.\n\nMore text."
    assert greet["value"].endswith("greet(name: str) -> str")
    assert answer["name"] == "answer" and answer["type"] == "int" and answer["value"] == "42"
    assert at.get("help")[0].value == "greet"  # 1.67's AppTest value: the name
    assert answer["doc_string"].startswith("int(")  # an instance shows its type's docstring
    assert metric["name"] == "st.metric"
    assert "wasmlit" not in metric["value"]  # never the runtime's module names
    assert {m["name"] for m in answer["members"]} >= {"bit_length", "real"}


def test_help_without_argument_documents_streamlit(app):
    at = app("import streamlit as st\nst.help()\n")
    props = at.get("help")[0].proto["props"]
    assert props["type"] == "module"
    assert "button" in {m["name"] for m in props["members"]}


# ------------------------------------------------------------------ effects, logo, auth, bottom


def test_snow_is_an_effect(app):
    at = app("import streamlit as st\nst.snow()\nst.write('after')\n")
    effects = [m for m in at._local.messages if m.get("type") == "effect"]
    assert [e["effect"] for e in effects] == ["snow"]
    assert at.markdown.values == ["after"]


def logo_nodes(at):
    return [s for path, s in at._tree.walk() if path[0] == 4]


def test_logo_last_call_wins_and_goes_away_when_not_called(app):
    at = app("""
        import streamlit as st
        st.logo("https://example.com/wide.png", link="https://example.com", icon_image="🎈", size="large")
        if not st.session_state.get("second"):
            st.logo("https://example.com/other.png")
        st.session_state.second = True
    """)
    [logo] = logo_nodes(at)
    assert logo.type == "logo"
    assert logo.props["image"] == {"url": "https://example.com/other.png"}
    assert logo.props["size"] == "medium" and logo.props["link"] is None
    at.run()
    [logo] = logo_nodes(at)
    assert logo.props["icon_image"] == {"emoji": "🎈"} and logo.props["size"] == "large"
    assert logo.props["link"] == "https://example.com"
    at = app("import streamlit as st\nst.write('no logo')\n")
    assert logo_nodes(at) == []


def test_logo_errors(app):
    invalid = ("The image passed to st.logo is invalid - See [documentation](https://docs.streamlit.io/"
               "develop/api-reference/media/st.logo) for more information on valid types")
    assert error_of(app, "st.logo(None)") == invalid
    assert error_of(app, 'st.logo("https://x.org/a.png", size="huge")') == (
        "Invalid `size` value. Supported values: 'small', 'medium', 'large'.")
    assert error_of(app, 'st.logo("https://x.org/a.png", link="x.org")') == (
        '"x.org" is not a valid URL. You must use a fully qualified domain beginning with "http://" or "https://".')


def test_user_login_logout(app):
    at = app("""
        import streamlit as st
        st.text(repr((st.user.is_logged_in, st.user.to_dict(), dict(st.user), st.user["is_logged_in"])))
        st.logout()
        try:
            st.user.email
        except AttributeError as e:
            st.text(str(e))
    """)
    assert at.text.values == ["(False, {'is_logged_in': False}, {'is_logged_in': False}, False)",
                              'st.user has no attribute "email".']
    assert "no server" in error_of(app, "st.login()")


def test_bottom_is_a_container(app):
    at = app("import streamlit as st\nst.bottom.write('pinned')\nst.write('main')\n")
    placed = {path[0]: s.props.get("body") for path, s in at._tree.walk() if s.kind == "element"}
    assert placed == {3: "pinned", 0: "main"}


# ------------------------------------------------------------------ options


def test_get_option_defaults_config_file_and_errors(app, tmp_path: pathlib.Path):
    at = app("""
        import streamlit as st
        st.text(repr((st.get_option("server.maxUploadSize"), st.get_option("theme.primaryColor"),
                      st.get_option("client.toolbarMode"), st.get_option("theme.sidebar.backgroundColor"))))
    """)
    assert at.text.values == ["(200, None, 'auto', None)"]
    assert error_of(app, 'st.get_option("foo.bar")') == 'Config key "foo.bar" not defined.'
    assert error_of(app, 'st.get_option("theme")') == 'Config key "theme" not defined.'


def test_get_option_reads_the_apps_config_toml(tmp_path: pathlib.Path):
    from wasmlit.testing import AppTest

    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#123456"\nbase = "dark"\n')
    (tmp_path / "app.py").write_text("import streamlit as st\nst.text(repr((st.get_option('theme.primaryColor'), "
                                     "st.get_option('theme.base'))))\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.text.values == ["('#123456', 'dark')"]


def test_set_option_only_for_runtime_options(app):
    at = app("""
        import streamlit as st
        st.set_option("client.toolbarMode", "minimal")
        st.text(st.get_option("client.toolbarMode"))
    """)
    assert at.text.values == ["minimal"]
    assert error_of(app, 'st.set_option("theme.primaryColor", "red")') == (
        "theme.primaryColor cannot be set on the fly. Set as command line option, e.g. streamlit run script.py "
        "--theme.primaryColor, or in config.toml instead.")
    assert error_of(app, 'st.set_option("foo.bar", 1)') == "Unrecognized config option: foo.bar"
    at = app("""
        import streamlit.config as config
        config.set_option("client.showErrorDetails", "none")
        import streamlit as st
        st.text(repr((config.get_option("client.showErrorDetails"), st.config.get_option("server.port"))))
    """)
    assert at.text.values == ["('none', 8501)"]


# ------------------------------------------------------------------ missing names


@pytest.mark.parametrize(("name", "message"), [
    ("experimental_rerun", "module 'streamlit' has no attribute 'experimental_rerun'. st.experimental_rerun "
                           "has been removed. Use st.rerun instead."),
    ("cache", "module 'streamlit' has no attribute 'cache'. st.cache has been removed. Use st.cache_data or "
              "st.cache_resource instead."),
    ("beta_columns", "module 'streamlit' has no attribute 'beta_columns'. st.beta_columns has been removed. "
                     "Use st.columns instead."),
    ("experimental_get_query_params", "module 'streamlit' has no attribute 'experimental_get_query_params'. "
                                      "st.experimental_get_query_params has been removed. Use st.query_params "
                                      "instead."),
    ("buton", "module 'streamlit' has no attribute 'buton'. Did you mean st.button?"),
    ("foo_bar", "module 'streamlit' has no attribute 'foo_bar'"),
])
def test_removed_and_unknown_names_are_1_67_attribute_errors(app, name: str, message: str):
    at = app(f"""
        import streamlit as st
        try:
            st.{name}
        except AttributeError as e:
            st.text(type(e).__name__ + ": " + str(e))
    """)
    assert at.text.values == [f"AttributeError: {message}"]


def test_not_yet_supported_names_say_so_without_internals(app):
    for name in ("pyplot", "map", "graphviz_chart", "pydeck_chart", "mermaid_chart", "echarts_chart"):
        message = error_of(app, f"st.{name}()")
        assert message.startswith(f"`st.{name}` is not supported yet by wasmlit."), message
        assert not re.search(r"wasmlit\.\w|_engine|runtime", message), message
        assert error_of(app, f"st.sidebar.{name}()").startswith(f"`st.{name}` is not supported yet")


def test_container_unknown_methods_fail_like_1_67(app):
    assert error_of(app, "st.sidebar.rerun()") == (
        "Method `rerun()` does not exist for `st.sidebar`. Did you mean `st.rerun()`?")
    assert error_of(app, "st.container().stop()") == (
        "Method `stop()` does not exist for `DeltaGenerator` objects. Did you mean `st.stop()`?")
    assert error_of(app, "st.container().open()") == "`open()` is not a valid Streamlit command."
    at = app("""
        import streamlit as st
        try:
            from streamlit import does_not_exist
        except ImportError as e:
            st.text(str(e).split(" (")[0])
    """)
    assert at.text.values == ["cannot import name 'does_not_exist' from 'streamlit'"]


# ------------------------------------------------------------------ st.pagination / st.menu_button

MENU_APP = """
import streamlit as st

def picked():
    st.session_state.seen = st.session_state.mb

m = st.menu_button("Act", ["One", "Two"], key="mb", on_click=picked, format_func=str.upper)
st.text(repr((m, st.session_state.get("mb"), st.session_state.get("seen"))))
p = st.pagination(4, default=2, key="pg")
st.text(repr((p, st.session_state.pg)))
"""


def test_menu_button_returns_the_pick_for_one_run(app):
    at = app(MENU_APP)
    assert at.text.values == ["(None, None, None)", "(2, 2)"]
    assert at.menu_button[0].options == ["ONE", "TWO"]
    at.menu_button[0].click("Two").run()
    assert at.text.values == ["('Two', 'Two', 'Two')", "(2, 2)"]
    at.run()
    assert at.text.values == ["(None, None, 'Two')", "(2, 2)"]  # as Streamlit 1.67
    at.menu_button[0].click_index(0).run()
    assert at.text.values[0] == "('One', 'One', 'One')"


def test_pagination_pages(app):
    at = app(MENU_APP)
    at.pagination[0].select(4).run()
    assert at.text.values[1] == "(4, 4)"
    with pytest.raises(Exception, match="Cannot set pagination to 5. Page must be an int between 1 and 4."):
        at.pagination[0].select(5)


def test_pagination_and_menu_button_errors(app):
    assert error_of(app, "st.pagination(0)") == "`num_pages` must be an integer of at least 1. Got 0."
    assert error_of(app, "st.pagination(3, default=5)") == (
        "The `default` parameter, set to 5, is outside the required range [1, 3].")
    assert error_of(app, 'st.pagination(3, default="2")') == (
        "Invalid `default` type. Expected one of: int. Provided type: str.")
    assert error_of(app, "st.pagination(3, max_visible_pages=-1)") == (
        "`max_visible_pages` must be a non-negative integer or None. Got -1.")
    assert error_of(app, 'st.menu_button("a", [])') == (
        "The `options` parameter is required. Provide at least one option.")
    assert error_of(app, 'st.menu_button("a", ["x"], type="y")') == (
        "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.")
    assert error_of(app, 'with st.form("f"):\n    st.menu_button("a", ["x"])') == (
        "`st.menu_button()` can't be used in an `st.form()`.\n\nFor more information, refer to the\n"
        "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).")
