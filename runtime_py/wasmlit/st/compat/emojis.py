"""``streamlit.emojis``: a regex that splits a leading emoji off a text (page names, icons)."""

from __future__ import annotations

import re

# Any character of the Unicode emoji blocks, with variation selectors / ZWJ sequences.
_EMOJI_CHAR = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\u2190-\u21FF\u3030\u303D\u3297\u3299]"
EMOJI_EXTRACTION_REGEX = re.compile(
    f"^({_EMOJI_CHAR}[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*(?:\u200D?{_EMOJI_CHAR}[\uFE0F\U0001F3FB-\U0001F3FF]*)*)"
    r"[_ -]*(.*)")
ESCAPED_EMOJI = [re.escape(chr(cp)) for cp in range(0x1F300, 0x1F650)]

__all__ = ["EMOJI_EXTRACTION_REGEX", "ESCAPED_EMOJI"]
