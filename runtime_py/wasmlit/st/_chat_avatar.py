"""The avatar of an ``st.chat_message``: a preset icon, an emoji, a Material icon or an image.

Streamlit 1.67 rules: ``None`` + a preset name ("user"/"human", "assistant"/"ai") or an
emoji name → that preset / emoji; ``None`` otherwise → no avatar (the page draws the
name's first letter); a str that is an emoji or ``:material/x:`` is used as it is; anything
else must load as an image, or "Failed to load the provided avatar value as an image.".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from wasmlit.errors import StreamlitAPIException

USER_NAMES = ("user", "human")
ASSISTANT_NAMES = ("assistant", "ai")
PRESET_NAMES = (*USER_NAMES, *ASSISTANT_NAMES)

# Code points that may appear inside an emoji sequence besides the pictographs themselves:
# ZWJ, variation selectors, the combining keycap, skin tones and tag characters (flags).
_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}
_MATERIAL_RE = re.compile(r"^\s*:(.+)/(.+):\s*$")
_ICON_NAME_RE = re.compile(r"^[a-z0-9_]+$")


def _emoji_code_point(cp: int) -> bool:
    if cp in _JOINERS or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
        return True
    if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators (flags)
        return True
    return unicodedata.category(chr(cp)) == "So" and cp >= 0x2100


def is_emoji(text: str) -> bool:
    """A short run of pictographic code points (the catalogue Streamlit ships is not needed
    for the names apps use: "🦖", "🧑‍💻", "👍🏽", "🇫🇷"). ASCII is never an emoji."""
    if not text or text.isascii() or len(text) > 16:
        return False
    if text[-1] == "\u20e3":  # a keycap: 1️⃣, #️⃣
        base = text.rstrip("\u20e3\ufe0f")
        return len(base) == 1 and (base.isdigit() or base in "#*")
    return any(ord(c) not in _JOINERS for c in text) and all(_emoji_code_point(ord(c)) for c in text)


def validate_material_icon(icon: str) -> str:
    """``:material/name:`` in its normal form, or Streamlit's error."""
    match = _MATERIAL_RE.match(icon)
    shown = icon.replace("/", "\u200b/")
    if match is None:
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode '
            "like **`:material\u200b/thumb_up:`**")
    pack, name = match.groups()
    if pack != "material" or not _ICON_NAME_RE.match(name):
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode '
            "like **`:material\u200b/thumb_up:`**.")
    return f":{pack}/{name}:"


def avatar_props(name: str, avatar: Any) -> dict[str, Any]:
    """``{avatar_type: "icon"|"emoji"|"image", avatar: str, avatar_image: {url}|{data, mime}|None}``."""
    if avatar is None and (name.lower() in PRESET_NAMES or is_emoji(name)):
        avatar = name.lower()
    if avatar is None:
        return _props("icon", "")
    if isinstance(avatar, str) and avatar in PRESET_NAMES:
        return _props("icon", "assistant" if avatar in ASSISTANT_NAMES else "user")
    if isinstance(avatar, str) and is_emoji(avatar):
        return _props("emoji", avatar)
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return _props("icon", validate_material_icon(avatar))
    from wasmlit.st.media import image_source

    try:
        source = image_source(avatar, clamp=False, channels="RGB", output_format="auto")
    except Exception as exc:
        raise StreamlitAPIException("Failed to load the provided avatar value as an image.") from exc
    return _props("image", source.get("url", ""), source)


def _props(kind: str, value: str, image: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"avatar_type": kind, "avatar": value, "avatar_image": image}
