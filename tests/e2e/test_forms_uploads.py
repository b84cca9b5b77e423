"""Forms, uploads, downloads, colour picker and tabs in a real built site (Chromium)."""

from __future__ import annotations

from support import APPS

APP = APPS / "forms_uploads"
CSV = b"x,y\n1,2\n3,4\n5,10\n"


def text(tab, body: str):  # type: ignore[no-untyped-def]
    return tab.page.get_by_test_id("stText").filter(has_text=body)


def wait_text(tab, body: str) -> None:  # type: ignore[no-untyped-def]
    tab.page.get_by_test_id("stText").get_by_text(body, exact=True).wait_for()
    tab.wait_idle()


def test_form_sends_values_only_on_submit(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    wait_text(tab, "runs: 1")
    page.get_by_label("Name").fill("Ada")
    page.get_by_label("Name").press("Tab")
    page.get_by_label("Age").fill("41")
    page.get_by_label("Age").press("Tab")
    page.wait_for_timeout(400)
    assert page.get_by_test_id("stApp").get_attribute("data-test-script-state") == "notRunning"
    assert text(tab, "runs:").inner_text() == "runs: 1"  # typing in a form never reruns
    assert text(tab, "saved:").inner_text() == "saved: /30/False"
    page.get_by_test_id("stFormSubmitButton").filter(has_text="Save").get_by_role("button").click()
    wait_text(tab, "saved: Ada/41/True")
    assert text(tab, "runs:").inner_text() == "runs: 2"  # one run for the whole form
    assert page.get_by_label("Name").input_value() == "Ada"


def test_clear_on_submit_and_enter_to_submit(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    box = tab.page.get_by_label("Note")
    box.fill("remember milk")
    box.press("Enter")
    wait_text(tab, "note: remember milk")
    assert box.input_value() == ""  # cleared after the submit
    tab.page.get_by_role("button", name="Add note").click()
    wait_text(tab, "note:")


def test_csv_upload_is_read_by_pandas(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    dropzone = tab.page.get_by_test_id("stFileUploaderDropzoneInput")
    dropzone.set_input_files(files=[{"name": "points.csv", "mimeType": "text/csv", "buffer": CSV}])
    wait_text(tab, "csv: points.csv shape=(3, 2) sum=16")
    assert tab.page.get_by_test_id("stFileUploaderFileName").inner_text() == "points.csv"
    tab.page.get_by_test_id("stFileUploaderDeleteBtn").click()
    tab.page.get_by_test_id("stFileUploaderFile").wait_for(state="detached")
    tab.wait_idle()
    assert text(tab, "csv:").count() == 0
    assert tab.external_requests == []


def test_upload_over_max_size_is_refused(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    big = b"x,y\n" + b"1,2\n" * 300_000  # 1.2 MB > maxUploadSize = 1 (.streamlit/config.toml)
    tab.page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "big.csv", "mimeType": "text/csv", "buffer": big}])
    error = tab.page.get_by_test_id("stFileUploaderFileErrorMessage")
    error.wait_for()
    assert "File must be 1.0MB or smaller." in error.inner_text()
    assert text(tab, "runs:").inner_text() == "runs: 1"


def test_download_button_saves_the_bytes_and_reruns(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    with tab.page.expect_download() as info:
        tab.page.get_by_test_id("stDownloadButton").get_by_role("button").click()
    download = info.value
    assert download.suggested_filename == "data.csv"
    assert open(download.path(), "rb").read() == b"a,b\n1,x\n2,y\n"
    wait_text(tab, "runs: 2")  # a click reruns, like Streamlit


def test_color_picker_change_reruns(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    assert text(tab, "color:").inner_text() == "color: #FF0000"
    tab.page.get_by_test_id("stColorPicker").locator("input[type=color]").fill("#00ff00")
    wait_text(tab, "color: #00ff00")


def test_tabs_show_one_body_and_keep_the_choice(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    tabs = page.get_by_test_id("stTabs").get_by_role("tab")
    assert tabs.all_inner_texts() == ["First", "Second"]
    assert page.get_by_text("first tab body").is_visible()
    assert not page.get_by_text("second tab body").is_visible()
    tabs.nth(1).click()
    assert page.get_by_text("second tab body").is_visible()
    image = page.get_by_test_id("stImage").locator("img")
    image.wait_for()
    assert page.evaluate("(img) => img.complete && img.naturalWidth", image.element_handle()) == 6
    page.get_by_role("button", name="Download CSV").click()  # any rerun
    wait_text(tab, "runs: 2")
    assert page.get_by_text("second tab body").is_visible()
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
