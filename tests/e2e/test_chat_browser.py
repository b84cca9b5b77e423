"""Chat in a real built site (Chromium): chat_input pinned at the bottom or inline, chat_message
bubbles, st.write_stream painting each chunk while the script still runs, st.status updating."""

from __future__ import annotations

import time

from support import APPS

APP = APPS / "chat"


def bubbles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.strip() for m in page.get_by_test_id("stChatMessageContent").all_inner_texts()]


def ask(tab, text: str) -> None:  # type: ignore[no-untyped-def]
    box = tab.page.get_by_test_id("stBottom").get_by_test_id("stChatInputTextArea")
    box.fill(text)
    box.press("Enter")


def test_streamed_reply_paints_chunk_by_chunk_and_history_stays(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    ask(tab, "hello streaming world")
    box = page.get_by_test_id("stBottom").get_by_test_id("stChatInputTextArea")
    assert box.input_value() == ""  # cleared as soon as the message is sent
    # Watch the assistant bubble while the script runs: every chunk must reach the screen.
    seen: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        state = page.get_by_test_id("stApp").get_attribute("data-test-script-state")
        texts = bubbles(page)
        if len(texts) >= 2 and (not seen or seen[-1] != texts[1]):
            seen.append(texts[1])
        if state == "notRunning" and texts and texts[-1] == "Echo: hello streaming world":
            break
        page.wait_for_timeout(40)
    assert seen[-1] == "Echo: hello streaming world"
    assert {"Echo:", "Echo: hello", "Echo: hello streaming"} <= set(s.rstrip("▌ ") for s in seen), seen
    assert bubbles(page) == ["hello streaming world", "Echo: hello streaming world"]
    avatars = page.get_by_test_id("stChatMessage")
    assert avatars.nth(0).get_by_test_id("stChatMessageAvatarUser").count() == 1
    assert avatars.nth(1).get_by_test_id("stChatMessageAvatarAssistant").count() == 1
    ask(tab, "second")
    page.get_by_test_id("stChatMessageContent").nth(3).get_by_text("Echo: second").wait_for(timeout=30_000)
    tab.wait_idle()
    assert bubbles(page) == ["hello streaming world", "Echo: hello streaming world", "second", "Echo: second"]
    assert tab.external_requests == []


def test_main_chat_input_is_pinned_to_the_bottom_and_the_container_one_is_inline(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    viewport = page.viewport_size
    pinned = page.get_by_test_id("stBottom").get_by_test_id("stChatInput")
    assert pinned.get_by_test_id("stChatInputTextArea").get_attribute("placeholder") == "Ask me"
    box = pinned.bounding_box()
    assert viewport["height"] - (box["y"] + box["height"]) < 90  # at the bottom of a short page
    inline = page.get_by_test_id("stVerticalBlockBorderWrapper").get_by_test_id("stChatInput")
    assert inline.get_by_test_id("stChatInputTextArea").get_attribute("placeholder") == "Inline note"
    assert inline.bounding_box()["y"] < box["y"] - 100
    # Shift+Enter is a newline, Enter sends; the inline input works the same way.
    area = inline.get_by_test_id("stChatInputTextArea")
    area.type("line one")
    area.press("Shift+Enter")
    area.type("two")
    assert area.input_value() == "line one\ntwo"
    area.press("Enter")
    page.get_by_test_id("stText").filter(has_text="note: line one").wait_for()
    tab.wait_idle()
    # Many messages later the pinned input is still on screen at the bottom.
    for i in range(4):
        ask(tab, f"message {i}")
        page.get_by_test_id("stChatMessageContent").get_by_text(f"Echo: message {i}").wait_for(timeout=30_000)
        tab.wait_idle()
    box = pinned.bounding_box()
    assert page.evaluate("document.documentElement.scrollHeight") > viewport["height"]
    assert viewport["height"] - (box["y"] + box["height"]) < 90


def test_max_chars_and_empty_message(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    area = page.get_by_test_id("stBottom").get_by_test_id("stChatInputTextArea")
    area.press("Enter")  # nothing typed: nothing is sent
    page.wait_for_timeout(300)
    assert page.get_by_test_id("stText").filter(has_text="runs:").inner_text() == "runs: 1"
    area.type("x" * 60)
    assert area.input_value() == "x" * 40


def test_status_updates_while_running_then_completes(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    page.get_by_role("button", name="Run task").click()
    status = page.locator('[data-testid="stExpander"].stStatus')
    status.get_by_test_id("stExpanderIconSpinner").wait_for()
    status.get_by_text("step one").wait_for()
    assert page.get_by_test_id("stApp").get_attribute("data-test-script-state") == "running"
    status.get_by_text("Half way").wait_for()
    status.get_by_test_id("stExpanderIconCheck").wait_for(timeout=15_000)
    tab.wait_idle()
    assert status.locator("summary").inner_text().strip() == "Half way"
    assert status.get_by_text("step two").is_visible()  # expanded=True
    page.get_by_test_id("stText").filter(has_text="task finished").wait_for()


def test_async_generator_streams_in_the_worker(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    page.get_by_role("button", name="Async reply").click()
    page.get_by_test_id("stMarkdown").filter(has_text="async chunks").first.wait_for(timeout=15_000)
    page.get_by_test_id("stText").filter(has_text="async result: async chunks arrive").wait_for(timeout=15_000)
    tab.wait_idle()
    assert not tab.console_errors or all("wasmlit" not in e for e in tab.console_errors), tab.console_errors


def test_chat_input_sends_attached_files_with_the_text(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    page = tab.page
    inline = page.get_by_test_id("stVerticalBlockBorderWrapper").get_by_test_id("stChatInput")
    inline.get_by_test_id("stChatInputFileInput").set_input_files(
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello file"}])
    inline.get_by_test_id("stChatInputFile").get_by_text("notes.txt").wait_for()
    area = inline.get_by_test_id("stChatInputTextArea")
    area.fill("with a file")
    area.press("Enter")
    page.get_by_test_id("stText").filter(has_text="file: notes.txt hello file").wait_for()
    assert page.get_by_test_id("stText").filter(has_text="note: with a file").count() == 1
    assert inline.get_by_test_id("stChatInputFile").count() == 0  # cleared with the text
