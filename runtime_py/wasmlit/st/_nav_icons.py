"""Icons and URLs of pages and page links: Streamlit 1.67's checks and messages.

An icon is an emoji or a ``:material/name:`` shortcode. Without the Material Symbols font
(not vendored) the page renders a shortcode as its ligature name in a hidden span, so only
emoji icons show (see ``web/src/render/nav/icon.tsx``).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from wasmlit._engine.navigation import extract_leading_emoji
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_MATERIAL = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"^[a-z0-9_]+$")
_ZWSP = "\u200b"


def is_url(text: str) -> bool:
    parsed = urlparse(text)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def validate_icon(icon: str | None) -> str:
    """The icon in its normal form ('' for none), or Streamlit's StreamlitAPIException."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError(
            f"The `icon` parameter must be str or None, not {type(icon).__name__}.")
    icon = icon.strip()
    if not icon:
        return ""
    if icon.lower().startswith(":material"):
        return _validate_material(icon)
    emoji, rest = extract_leading_emoji(icon)
    if emoji and not rest:
        return icon
    raise StreamlitAPIException(
        f'The value "{icon}" is not a valid icon. Please use a single emoji or a Material icon '
        f"shortcode like `:material{_ZWSP}/thumb_up:`.")


def _validate_material(icon: str) -> str:
    match = _MATERIAL.match(icon)
    if match is None or match.group(1) != "material" or not _MATERIAL_NAME.match(match.group(2)):
        shown = icon.replace("/", _ZWSP + "/")
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode '
            f"like **`:material{_ZWSP}/thumb_up:`**.")
    return f":material/{match.group(2)}:"
