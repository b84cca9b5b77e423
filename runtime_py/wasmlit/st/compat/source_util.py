"""``streamlit.source_util``: page names and icons from file names, as the pages/ folder uses."""

from __future__ import annotations

import re
from pathlib import Path

from wasmlit.st.compat.emojis import EMOJI_EXTRACTION_REGEX

PAGE_FILENAME_REGEX = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """("🎈", "rest") for "🎈 rest", ("", text) when it does not start with an emoji."""
    match = EMOJI_EXTRACTION_REGEX.match(text)
    if match is None:
        return "", text
    return match.group(1), match.group(2)


def page_sort_key(script_path: Path) -> tuple[float, str]:
    matches = re.findall(PAGE_FILENAME_REGEX, script_path.name)
    if not matches:
        return float("inf"), script_path.stem
    number, label = matches[0]
    return (float(number) if number else float("inf")), label.lower()


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """The icon and label of a page file: "01_🎈_My_page.py" → ("🎈", "My_page")."""
    extraction = re.search(PAGE_FILENAME_REGEX, script_path.name)
    if extraction is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", extraction.group(2)).strip() or extraction.group(1)
    return extract_leading_emoji(icon_and_name)


def open_python_file(filename: str):  # type: ignore[no-untyped-def]
    return open(filename, encoding="utf-8")


__all__ = ["PAGE_FILENAME_REGEX", "extract_leading_emoji", "open_python_file", "page_icon_and_name",
           "page_sort_key"]
