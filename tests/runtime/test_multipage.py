"""Multipage apps: the pages/ folder, st.navigation, st.Page, st.switch_page, st.page_link."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from wasmlit._engine.navigation import page_icon_and_name, page_sort_key
from wasmlit.testing import AppTest

MPA_V1 = Path(__file__).parent / "apps" / "mpa_v1" / "app.py"


def write_app(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return tmp_path / "app.py"


def messages(at: AppTest, kind: str) -> list[dict]:
    return [m for m in at._local.messages if m["type"] == kind]


def last_nav(at: AppTest) -> dict:
    return messages(at, "navigation")[-1]


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


TWO_PAGES = {
    "app.py": """
        import streamlit as st
        st.sidebar.text_input("Shared", key="shared")
        pg = st.navigation([st.Page("home.py", title="Home", icon="🏠"), st.Page("second.py")])
        pg.run()
    """,
    "home.py": """
        import streamlit as st
        st.title("Home page")
        st.text_input("Home only", key="home_only")
        st.page_link("second.py")
    """,
    "second.py": """
        import streamlit as st
        st.title("Second page")
        st.write(f"home_only in state: {'home_only' in st.session_state}")
        if st.button("Go home"):
            st.switch_page("home.py")
    """,
}


# ------------------------------------------------------------------ pages/ folder (MPA v1)


@pytest.mark.parametrize("name, icon, label", [
    ("01_🎈_My_page.py", "🎈", "My_page"),
    ("02 - Plot  this.py", "", "Plot_this"),
    ("page_three.py", "", "page_three"),
    ("123.py", "", "123"),
])
def test_page_names_come_from_file_names(name: str, icon: str, label: str) -> None:
    assert page_icon_and_name(Path(name)) == (icon, label)


def test_numeric_prefixes_order_pages_and_unnumbered_pages_go_last() -> None:
    names = ["zeta.py", "10_ten.py", "2_two.py", "alpha.py"]
    assert sorted(names, key=lambda n: page_sort_key(Path(n))) == ["2_two.py", "10_ten.py", "alpha.py", "zeta.py"]


def test_a_pages_folder_app_lists_its_pages_in_the_sidebar() -> None:
    at = AppTest.from_file(MPA_V1).run()
    assert titles(at) == ["Main page"]
    nav = last_nav(at)
    assert [(p["title"], p["icon"], p["url_path"]) for p in nav["pages"]] == [
        ("app", "", ""), ("first page", "", "first_page"), ("Plot this", "📈", "Plot_this"), ("zeta", "", "zeta")]
    assert nav["position"] == "sidebar" and nav["current"] == "app"


def test_a_page_switch_keeps_session_state_and_cleans_up_the_widgets_of_the_page_left() -> None:
    at = AppTest.from_file(MPA_V1).run()
    at.text_input(key="name").input("Bob").run()
    assert at.session_state.name == "Bob"
    at.switch_page("pages/01_first_page.py").run()
    assert titles(at) == ["First page"]
    assert at.session_state.visits == 2  # the main page's counter survived
    assert "name" not in at.session_state  # its widget was not rendered: cleaned up
    at.button[0].click().run()  # st.switch_page from the page
    assert titles(at) == ["Plot page"] and at.markdown.values == ["visits: 2"]
    assert at.page_link.values == [] and not at.exception


def test_a_pages_folder_app_can_hide_its_sidebar_navigation(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": "import streamlit as st\nst.title('Main')\n",
                                "pages/other.py": "import streamlit as st\nst.title('Other')\n",
                                ".streamlit/config.toml": "[client]\nshowSidebarNavigation = false\n"})
    at = AppTest.from_file(main).run()
    assert last_nav(at)["position"] == "hidden"
    at.switch_page("pages/other.py").run()
    assert titles(at) == ["Other"]


def test_the_browser_opens_a_page_of_the_pages_folder_by_its_address() -> None:
    at = AppTest.from_file(MPA_V1)
    batch = [{"type": "rerun"}, {"type": "navigate", "page": "zeta", "page_key": None, "query_string": "a=1",
                                 "from_url": True}]
    at._local.handle_batch(batch)
    at._sync()
    assert titles(at) == ["Zeta"]
    assert messages(at, "page_info") == []  # the address already shows it


# ------------------------------------------------------------------ st.navigation


def test_navigation_runs_the_default_page_and_switches_by_file(tmp_path: Path) -> None:
    at = AppTest.from_file(write_app(tmp_path, TWO_PAGES)).run()
    assert titles(at) == ["Home page"]
    assert at.page_link[0].value == "second"
    nav = last_nav(at)
    assert [(p["key"], p["title"], p["icon"], p["url_path"], p["default"]) for p in nav["pages"]] == [
        ("home", "Home", "🏠", "", True), ("second", "second", "", "second", False)]
    at.text_input(key="home_only").input("x").run()
    at.switch_page("second.py").run()
    assert titles(at) == ["Second page"]
    # Readable during the run that left its page (as in Streamlit), cleaned up when it ends.
    assert at.markdown.values == ["home_only in state: True"]
    assert "home_only" not in at.session_state
    assert messages(at, "page_info")[-1] == {"type": "page_info", "page": "second", "query_string": "",
                                             "history": "push"}
    at.button[0].click().run()
    assert titles(at) == ["Home page"]
    assert messages(at, "page_info")[-1]["page"] == "" and messages(at, "page_info")[-1]["history"] == "push"


def test_widgets_in_the_entrypoint_keep_their_state_across_pages(tmp_path: Path) -> None:
    at = AppTest.from_file(write_app(tmp_path, TWO_PAGES)).run()
    at.sidebar.text_input[0].input("kept").run()
    at.switch_page("second.py").run()
    assert at.session_state.shared == "kept"
    assert at.sidebar.text_input[0].value == "kept"


def test_sections_callables_url_paths_and_options_reach_the_page(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": """
        import streamlit as st
        def overview():
            st.title("Overview")
        def report_page():
            st.title("Report")
        pg = st.navigation({"Main": [st.Page(overview, icon=":material/home:")],
                            "Reports": [st.Page(report_page, title="Monthly", url_path="/monthly/"),
                                        st.Page("https://example.com", title="Docs"),
                                        st.Page(overview, title="Secret", url_path="secret", visibility="hidden")]},
                           position="top", expanded=3)
        pg.run()
    """})
    at = AppTest.from_file(main).run()
    nav = last_nav(at)
    assert nav["sections"] == ["Main", "Reports"] and nav["position"] == "top"
    assert (nav["expanded"], nav["visible_items"]) == (False, 3)
    pages = {p["key"]: p for p in nav["pages"]}
    assert pages["overview"]["icon"] == ":material/home:" and pages["overview"]["section"] == "Main"
    assert pages["monthly"]["title"] == "Monthly" and pages["monthly"]["url_path"] == "monthly"
    assert pages["docs"]["external_url"] == "https://example.com"
    assert pages["secret"]["hidden"] is True
    at._local.handle_batch([{"type": "navigate", "page": "monthly", "page_key": None, "query_string": "",
                             "from_url": True}])
    at._sync()
    assert titles(at) == ["Report"]


def test_an_unknown_page_address_runs_the_default_page_and_says_so(tmp_path: Path) -> None:
    at = AppTest.from_file(write_app(tmp_path, TWO_PAGES))
    at._local.handle_batch([{"type": "navigate", "page": "nope", "page_key": None, "query_string": "",
                             "from_url": True}])
    at._sync()
    assert titles(at) == ["Home page"]
    assert last_nav(at)["page_not_found"] == "nope"
    assert messages(at, "page_info")[-1] == {"type": "page_info", "page": "", "query_string": "",
                                             "history": "replace"}


def test_a_nav_click_sends_the_page_key_and_pushes_the_address(tmp_path: Path) -> None:
    at = AppTest.from_file(write_app(tmp_path, TWO_PAGES)).run()
    at._local.handle_batch([{"type": "navigate", "page": "second", "page_key": "second", "query_string": "",
                             "from_url": False}])
    at._sync()
    assert titles(at) == ["Second page"]
    assert messages(at, "page_info")[-1]["history"] == "push"


@pytest.mark.parametrize("source, message", [
    ("st.navigation([])", "The `pages` parameter is required. Provide at least one `st.Page`."),
    ("st.Page('nope.py')", "Unable to create Page. The file `nope.py` could not be found."),
    ("st.navigation([st.Page('home.py', default=True), st.Page(lambda: None, title='x', default=True)])",
     "Multiple Pages specified with `default=True`. At most one Page can be set to default."),
    ("st.navigation([st.Page('home.py')], position='left')",
     "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'."),
    ("st.Page('home.py').run()",
     "This page cannot be called directly. Only the page returned from st.navigation can be called once."),
    ("st.Page('home.py', url_path='a/b')", "The `url_path` `a/b` cannot include `/`."),
    ("st.Page('home.py', icon='xx')", 'The value "xx" is not a valid icon.'),
    ("st.navigation([st.Page('home.py')])\nst.switch_page('nope.py')", "Could not find page: `nope.py`."),
    ("st.page_link('https://example.com')",
     "The `label` parameter is required. Streamlit cannot infer a label for an external URL."),
])
def test_streamlit_errors_are_shown_in_the_page_and_the_app_keeps_working(tmp_path: Path, source: str,
                                                                           message: str) -> None:
    main = write_app(tmp_path, {"app.py": f"import streamlit as st\nst.write('before')\n{source}\n",
                                "home.py": "import streamlit as st\n"})
    at = AppTest.from_file(main).run()
    assert at.exception[0].value.startswith(message)
    assert at.exception[0].proto["props"]["type_name"].startswith("Streamlit")
    assert at.markdown.values == ["before"]
    at.run()  # the session survives the error
    assert at.markdown.values == ["before"]


def test_duplicate_url_paths_are_refused_with_streamlits_message(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": """
        import streamlit as st
        st.navigation([st.Page("home.py"), st.Page(lambda: None, title="x", url_path="home")])
    """, "home.py": ""})
    at = AppTest.from_file(main).run()
    assert at.exception[0].value.startswith(
        'Two pages resolve to the URL pathname `/home`: `home.py` (default page) and callable titled "x".')


def test_page_links_to_pages_and_external_urls(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": """
        import streamlit as st
        second = st.Page("second.py", title="Second", icon="📄")
        pg = st.navigation([st.Page("home.py"), second])
        st.page_link(second, query_params={"tab": "b"})
        st.page_link("second.py", label="Again", disabled=True, help="tip")
        st.page_link("https://example.com", label="Example", icon="🌍")
        pg.run()
    """, "home.py": "", "second.py": ""})
    at = AppTest.from_file(main).run()
    links = at.page_link
    assert links.values == ["Second", "Again", "Example"]
    assert (links[0].icon, links[0].page, links[0].page_key, links[0].query_string) == ("📄", "second", "second",
                                                                                         "tab=b")
    assert (links[1].disabled, links[1].help) == (True, "tip")
    assert (links[2].external, links[2].page) == (True, "https://example.com")


def test_switch_page_takes_a_page_object_and_query_params(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": """
        import streamlit as st
        def other():
            st.title(f"Other {st.query_params.to_dict()}")
        o = st.Page(other)
        pg = st.navigation([st.Page("home.py"), o])
        if pg.url_path == "" and st.button("go"):
            st.switch_page(o, query_params={"from": "home"})
        pg.run()
    """, "home.py": "import streamlit as st\nst.title('Home')\n"})
    at = AppTest.from_file(main)
    at.query_params["old"] = "1"
    at.run().button[0].click().run()
    assert titles(at) == ["Other {'from': 'home'}"]
    assert at.query_params == {"from": "home"}
