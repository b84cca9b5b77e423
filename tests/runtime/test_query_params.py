"""st.query_params (the address's query string) and st.context (what the browser says)."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def page_infos(at: AppTest) -> list[dict]:
    return [m for m in at._local.messages if m["type"] == "page_info"]


def values(at: AppTest) -> list:
    return [m.value for m in at.markdown] + [t.value for t in at.text]


def test_reading_gives_the_last_value_and_get_all_gives_every_value() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        qp = st.query_params
        st.text(repr((qp["b"], qp.get("b"), qp.b, qp.get_all("b"), qp.get_all("zz"), qp.get("zz", "dflt"))))
        st.text(repr(("a" in qp, "zz" in qp, len(qp), sorted(qp), qp.to_dict())))
    """)
    at.query_params = {"a": "1", "b": ["2", "3"]}
    at.run()
    assert values(at) == ["('3', '3', '3', ['2', '3'], [], 'dflt')",
                          "(True, False, 2, ['a', 'b'], {'a': '1', 'b': '3'})"]


def test_writes_are_strings_update_the_address_and_come_back_to_the_test() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.query_params["n"] = 5
        st.query_params.tags = ["x", "y"]
        st.query_params.update({"u": "1"}, v=2)
        del st.query_params["u"]
        st.text(repr(st.query_params.to_dict()))
    """).run()
    assert values(at) == ["{'n': '5', 'tags': 'y', 'v': '2'}"]
    assert at.query_params == {"n": "5", "tags": ["x", "y"], "v": "2"}
    last = page_infos(at)[-1]
    assert last == {"type": "page_info", "page": "", "query_string": "n=5&tags=x&tags=y&v=2", "history": "replace"}
    assert {m["history"] for m in page_infos(at)} == {"replace"}  # a write never adds a history entry


def test_clear_and_from_dict_replace_everything() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.query_params.clear()
        st.text(repr(st.query_params.to_dict()))
        st.query_params.from_dict({"k": ["1", "2"], "j": 3})
        st.text(repr(st.query_params.to_dict()))
    """)
    at.query_params = {"old": "x"}
    at.run()
    assert values(at) == ["{}", "{'k': '2', 'j': '3'}"]
    assert at.query_params == {"k": ["1", "2"], "j": "3"}


@pytest.mark.parametrize("source, error, message", [
    ("st.query_params['missing']", "KeyError", '\'st.query_params has no key "missing".\''),  # str(KeyError)
    ("st.query_params.missing", "AttributeError", 'st.query_params has no attribute "missing".'),
    ("del st.query_params['missing']", "KeyError", '\'st.query_params has no key "missing".\''),
    ("st.query_params['embed'] = 'true'", "StreamlitAPIException",
     "Query param embed and embed_options (case-insensitive) cannot be set programmatically."),
    ("st.query_params['d'] = {'a': 1}", "StreamlitQueryParamDictValueError",
     "Query param value for `d` cannot be set to a dictionary. Provide a string or iterable of strings instead."),
])
def test_streamlit_errors(source: str, error: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{source}\n").run()
    assert at.exception[0].proto["props"]["type_name"] == error
    assert at.exception[0].value == message


def test_embed_params_are_hidden_from_the_app_and_kept() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.text(repr((st.query_params.to_dict(), "embed" in st.query_params, len(st.query_params))))
        st.query_params.clear()
    """)
    at.query_params = {"embed": "true", "a": "1"}
    at.run()
    assert values(at) == ["({'a': '1'}, False, 1)"]
    assert at.query_params == {"embed": "true"}


def test_the_page_sends_the_address_query_before_the_first_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.text(repr(st.query_params.to_dict()))
    """)
    at._local.handle_batch([{"type": "rerun"}, {"type": "navigate", "page": "", "page_key": None,
                                                 "query_string": "q=hello%20world&n=1&n=2", "from_url": True}])
    at._sync()
    assert values(at) == ["{'q': 'hello world', 'n': '2'}"]
    assert page_infos(at) == []  # nothing to rewrite: the address already says so


def test_writing_does_not_rerun() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.query_params["x"] = str(st.session_state.runs)
    """).run()
    assert at.session_state.runs == 1


# ------------------------------------------------------------------ st.context


def test_context_reads_what_the_browser_sent() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        c = st.context
        st.text(repr((c.timezone, c.timezone_offset, c.locale, c.url, c.is_embedded, c.theme.type, c.ip_address)))
        st.text(repr((c.headers["user-agent"], c.headers.get_all("HOST"), c.cookies.to_dict(), c["locale"])))
        st.text(repr(("url" in c, "nope" in c)))
    """)
    at._local.handle_batch([{"type": "client_context", "timezone": "Europe/Berlin", "timezone_offset": -60,
                             "locale": "de-DE", "url": "http://127.0.0.1:8000/", "is_embedded": False,
                             "color_scheme": "dark", "cookies": {"a": "1"},
                             "headers": {"User-Agent": "UA", "Host": "127.0.0.1:8000"}}, {"type": "rerun"}])
    at._sync()
    assert values(at) == [
        "('Europe/Berlin', -60, 'de-DE', 'http://127.0.0.1:8000/', False, 'dark', None)",
        "('UA', ['127.0.0.1:8000'], {'a': '1'}, 'de-DE')",
        "(True, False)",
    ]


def test_context_without_a_browser_is_empty_and_unknown_keys_raise() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.text(repr((len(st.context.headers), len(st.context.cookies), st.context.timezone, st.context.theme.type)))
        st.context["nope"]
    """).run()
    assert values(at) == ["(0, 0, None, None)"]
    assert at.exception[0].value.startswith('\'st.context has no key "nope". Valid keys are: cookies, headers,')


def test_apptest_context_seeds_the_run_and_checks_its_values() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.text(repr((st.context.timezone, st.context.theme.type, st.context.locale)))
    """)
    at.context = {"timezone": "UTC", "theme": "light", "locale": "en-US"}
    assert values(at.run()) == ["('UTC', 'light', 'en-US')"]
    at.context = {"theme": "blue"}
    with pytest.raises(Exception, match="must be 'light' or 'dark'"):
        at.run()


def test_context_url_names_the_page(tmp_path) -> None:
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "def a():\n    st.text(st.context.url)\n"
        "def b():\n    st.text(st.context.url)\n"
        "st.navigation([st.Page(a), st.Page(b)]).run()\n")
    at = AppTest.from_file(tmp_path / "app.py")
    at._local.handle_batch([{"type": "client_context", "url": "file:///site/index.html", "is_embedded": False},
                            {"type": "navigate", "page": "b", "page_key": None, "query_string": "", "from_url": True}])
    at._sync()
    assert values(at) == ["file:///site/index.html#/b"]
