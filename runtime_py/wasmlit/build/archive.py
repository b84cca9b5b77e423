"""Deterministic zip archives: sorted members, fixed timestamps and modes."""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import Iterable

FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def make_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """Zip ``(arcname, data)`` pairs; same input → same bytes, whatever the file system says."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in sorted(members, key=lambda m: m[0]):
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3  # unix, so the mode above is honoured
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def versioned(url: str, data: bytes) -> str:
    """``url?v=<first 8 hex of sha256>`` for cache busting behind CDNs."""
    return f"{url}?v={sha256(data)[:8]}"
