"""st.pills, st.segmented_control, st.feedback, st.datetime_input, st.link_button, st.audio_input and
st.camera_input in a real built site (Chromium): a click in the page reaches Python and its value
comes back onto the page. Camera and microphone use Chromium's fake devices."""

from __future__ import annotations

import pytest
from support import APPS, BOOT_TIMEOUT_MS, CHROMIUM, CHROMIUM_ARGS

from conftest import Tab

APP = APPS / "new_widgets"
FAKE_MEDIA = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]


def text(tab, prefix: str):  # type: ignore[no-untyped-def]
    return tab.page.get_by_test_id("stText").filter(has_text=prefix)


def wait_text(tab, body: str) -> None:  # type: ignore[no-untyped-def]
    tab.page.get_by_test_id("stText").get_by_text(body, exact=True).wait_for(timeout=BOOT_TIMEOUT_MS)
    tab.wait_idle()


@pytest.fixture(scope="module")
def media_browser(browser):  # type: ignore[no-untyped-def]
    """A second Chromium (same Playwright) with fake camera/microphone that are always allowed."""
    fake = browser.browser_type.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *FAKE_MEDIA])
    yield fake
    fake.close()


def test_pills_segmented_control_feedback_round_trip(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    wait_text(tab, "pills: None")
    pills = page.get_by_test_id("stButtonGroup").nth(0)
    pills.get_by_role("button", name="M").click()
    wait_text(tab, "pills: 'M'")
    assert pills.get_by_test_id("stBaseButton-pillsActive").inner_text() == "M"
    # An emoji at the start of an option is its icon, shown as text before the label.
    apple = pills.get_by_role("button", name="L")
    assert apple.get_by_test_id("stIconEmoji").inner_text() == "🍎"
    apple.click()
    wait_text(tab, "pills: '🍎 L'")
    apple.click()  # the selected pill again: cleared
    wait_text(tab, "pills: None")

    seg = page.get_by_test_id("stButtonGroup").nth(1)
    wait_text(tab, "segmented: ['a']")
    seg.get_by_role("button", name="c").click()
    wait_text(tab, "segmented: ['a', 'c']")
    seg.get_by_role("button", name="a").click()
    wait_text(tab, "segmented: ['c']")
    assert seg.get_by_test_id("stBaseButton-segmented_controlActive").all_inner_texts() == ["c"]

    feedback = page.get_by_test_id("stFeedback")
    feedback.get_by_role("button", name="Four stars").click()
    wait_text(tab, "feedback: 3")
    assert feedback.get_by_test_id("stFeedbackButtonActive").get_attribute("aria-label") == "Four stars"
    feedback.get_by_role("button", name="Four stars").click()
    wait_text(tab, "feedback: None")
    assert tab.console_errors == [] and tab.external_requests == []


def test_datetime_input_and_link_button(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    field = page.get_by_label("When")
    assert field.input_value() == "2024-05-06T07:08"
    field.fill("2025-01-02T03:04")
    wait_text(tab, "when: 2025-01-02T03:04:00")
    assert page.get_by_label("When").input_value() == "2025-01-02T03:04"

    link = page.get_by_test_id("stLinkButton").get_by_role("link", name="Docs")
    assert link.get_attribute("href") == "https://docs.streamlit.io"
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in (link.get_attribute("rel") or "")
    assert link.get_attribute("data-testid") == "stBaseLinkButton-primary"
    runs = text(tab, "runs:").inner_text()
    with tab.context.expect_page() as opened:
        link.click()
    opened.value.close()  # the new tab's request to docs.streamlit.io is aborted by the test's router
    page.wait_for_timeout(300)
    assert text(tab, "runs:").inner_text() == runs  # a link (on_click="ignore") does not rerun


def test_camera_and_microphone_round_trip_to_python(serve_app, media_browser) -> None:  # type: ignore[no-untyped-def]
    context = media_browser.new_context()
    try:
        tab = Tab(context).open(serve_app(APP))
        page = tab.page
        take = page.get_by_test_id("stCameraInputButton")
        page.wait_for_function(
            "() => { const v = document.querySelector('[data-testid=stCameraInputWebcamComponent]');"
            " return v && v.videoWidth > 0; }", timeout=BOOT_TIMEOUT_MS)
        take.click()
        wait_text(tab, "photo: image/jpeg True True True")
        assert take.inner_text() == "Clear photo"
        take.click()
        text(tab, "photo:").wait_for(state="detached")

        record = page.get_by_test_id("stAudioInputActionButton")
        record.click()
        page.wait_for_timeout(1200)
        assert record.inner_text() == "Stop recording"
        record.click()
        wait_text(tab, "audio: audio/wav True True 16000 1 True")
        assert record.inner_text() == "Clear recording"
        assert tab.console_errors == []
    finally:
        context.close()


def test_no_camera_or_microphone_is_said_in_the_widget(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab()
    tab.context.grant_permissions([])  # nothing allowed, and the plain browser has no fake devices
    tab.open(serve_app(APP))
    problem = tab.page.get_by_test_id("stCameraInputError")
    problem.wait_for(timeout=BOOT_TIMEOUT_MS)
    assert "camera" in problem.inner_text()
    assert tab.page.get_by_test_id("stCameraInputButton").is_disabled()
    tab.page.get_by_test_id("stAudioInputActionButton").click()
    mic = tab.page.get_by_test_id("stAudioInputError")
    mic.wait_for(timeout=BOOT_TIMEOUT_MS)
    assert "microphone" in mic.inner_text()
    assert text(tab, "audio:").count() == 0
