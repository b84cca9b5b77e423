"""Find secrets.toml values in bytes, also when encoded, compressed or archived (issue 12:
base64, gzip, a zip inside a zip, a zip named .xlsx and UTF-16 all shipped a password).

One matcher for every check of the build (the early app-file check and the final scan of
every output file). It looks for each value:

* as written, JSON/JS-escaped, URL-encoded (``quote``/``quote_plus``), as hex (lower and
  upper case) and as UTF-16 LE/BE text;
* inside base64 (standard or URL-safe alphabet, with or without padding, wrapped at any
  line length, at any alignment inside a longer encoded text), percent-decoded text,
  ``\\uXXXX``/``\\xXX``/``&#NN;`` escapes, and in what those decode to (nested, a few levels);
* inside gzip, bzip2 and xz streams and zip archives (whatever the file is called:
  .xlsx, .docx, .whl, .jar…), members of nested zips included.

What it cannot see (said in the build output too): a value split or computed in code
(``"S3c" + "r3t"``, a reversed or XOR-ed string), encrypted data (an encrypted zip member
fails the build instead), encodings other than the above (base32, ROT13, a custom
alphabet), compression inside other formats (PNG/PDF streams, tar.zst, 7z, rar), and
values shorter than the minimum length (listed by the build).
"""

from __future__ import annotations

import binascii
import bz2
import io
import json
import lzma
import re
import zipfile
import zlib
from urllib.parse import quote, quote_plus, unquote_to_bytes

from .errors import BuildError

SECRETS = ".streamlit/secrets.toml"
MAX_DEPTH = 5                     # nested decodings / archives
MAX_EXPANDED = 512 << 20          # decompressed bytes per scanned file (zip bombs)
CANNOT_SEE = ("the secret scan checks every shipped file as written and decoded (JSON/URL escapes, hex, "
              "base64, UTF-16, gzip/bzip2/xz, zip archives nested or renamed); it cannot see a secret split "
              "or computed in code, encrypted data, other encodings (base32, ROT13…) or compression inside "
              "other formats (PNG, PDF, 7z)")

# A run of base64 characters, continued across line breaks (real or escaped "\n" inside a
# string): 8+ characters, or 4+ when a wrapped line follows.
_B64_RUN = re.compile(rb"(?:[A-Za-z0-9+/_\-]{8,}|[A-Za-z0-9+/_\-]{4,}(?=={0,2}(?:\r?\n|\\n)[ \t]*[A-Za-z0-9+/_\-]))={0,2}"
                      rb"(?:(?:\r?\n|\\r\\n|\\n)[ \t]*[A-Za-z0-9+/_\-]+={0,2})*")
_HEX_RUN = re.compile(rb"[0-9a-fA-F]{12,}")
_PERCENT = re.compile(rb"%[0-9A-Fa-f]{2}")
_ESCAPE = re.compile(rb"\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})|&#x([0-9A-Fa-f]{1,6});|&#([0-9]{1,7});")
_WS = re.compile(rb"\r?\n|\\r\\n|\\n|[ \t]")
_URLSAFE = bytes.maketrans(b"-_", b"+/")
_PAD = (b"", b"", b"==", b"=")
_URL_TOKEN = re.compile(rb"[^\s\"'<>`]*%[0-9A-Fa-f]{2}[^\s\"'<>`]*")


class _Budget:
    def __init__(self, name: str) -> None:
        self.name = name
        self.left = MAX_EXPANDED

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise BuildError(f"cannot scan {self.name} for secrets: it decompresses to more than "
                             f"{MAX_EXPANDED >> 20} MiB (a compression bomb?); remove it from the app")


def needle_forms(value: str) -> set[bytes]:
    raw = value.encode()
    forms = {raw, json.dumps(value)[1:-1].encode(), json.dumps(value, ensure_ascii=False)[1:-1].encode(),
             quote(value, safe="").encode(), quote(value).encode(), quote_plus(value).encode(),
             raw.hex().encode(), raw.hex().upper().encode(),
             value.encode("utf-16-le"), value.encode("utf-16-be")}
    return {f for f in forms if f}


class SecretMatcher:
    """``check(name, data)`` raises BuildError naming the file and how the value was hidden."""

    def __init__(self, values: list[str]) -> None:
        self.values = [v for v in values if v]
        self.needles: list[bytes] = sorted({f for v in self.values for f in needle_forms(v)}, key=len)
        self.plain: list[bytes] = sorted({v.encode() for v in self.values}, key=len)

    def check(self, name: str, data: bytes) -> None:
        if not self.needles:
            return
        how = self._find(data, 0, _Budget(name))
        if how is not None:
            where = f" ({how})" if how else ""
            raise BuildError(f"{name}{where} contains a value from {SECRETS}; refusing to publish a secret "
                             "(the site is public: secrets belong to the SQL endpoint only)")

    # -------------------------------------------------------------- search

    def _hit(self, data: bytes, needles: list[bytes] | None = None) -> bool:
        return any(n in data for n in (self.needles if needles is None else needles))

    def _find(self, data: bytes, depth: int, budget: _Budget) -> str | None:
        """'' when found as written, a description of the decoding when found inside one, else None."""
        if self._hit(data):
            return ""
        if depth >= MAX_DEPTH:
            return None
        inner = self._archive(data, depth, budget)
        if inner is not None:
            return inner
        for label, decoded in self._text_decodings(data):
            budget.take(len(decoded))
            if self._hit(decoded):
                return label
            if label == "escaped":
                continue  # a whole-file view: searched, not decoded again
            for piece in (decoded,) if label == "URL-encoded" else _interesting(decoded):
                sub = self._find(piece, depth + 1, budget)
                if sub is not None:
                    return _join(label, sub)
        return None

    def _archive(self, data: bytes, depth: int, budget: _Budget) -> str | None:
        if data[:2] == b"\x1f\x8b":
            return self._stream("gzip", lambda: zlib.decompressobj(31), data, depth, budget)
        if data[:3] == b"BZh":
            return self._stream("bzip2", bz2.BZ2Decompressor, data, depth, budget)
        if data[:6] == b"\xfd7zXZ\x00":
            return self._stream("xz", lzma.LZMADecompressor, data, depth, budget)
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                text = data.decode("utf-16").encode()
            except UnicodeDecodeError:
                return None
            sub = self._find(text, depth + 1, budget)
            return None if sub is None else _join("UTF-16 text", sub)
        if b"PK\x05\x06" in data[-65558:]:
            return self._zip(data, depth, budget)
        return None

    def _stream(self, label: str, make, data: bytes, depth: int, budget: _Budget) -> str | None:  # noqa: ANN001
        dec = make()
        try:
            out = dec.decompress(data, budget.left + 1)
        except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError):
            return None
        budget.take(len(out))
        sub = self._find(out, depth + 1, budget)
        return None if sub is None else _join(f"{label}-compressed", sub)

    def _zip(self, data: bytes, depth: int, budget: _Budget) -> str | None:
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        with zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                if info.flag_bits & 0x1:
                    raise BuildError(f"cannot scan {budget.name} for secrets: zip member {info.filename} is "
                                     "encrypted; the site is public, so ship it unencrypted or not at all")
                budget.take(info.file_size)
                try:
                    member = zf.read(info)
                except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
                    continue
                sub = self._find(member, depth + 1, budget)
                if sub is not None:
                    return _join(f"zip member {info.filename}", sub)
        return None

    # -------------------------------------------------------------- text decodings

    def _text_decodings(self, data: bytes):
        """(label, decoded bytes) views of ``data``; each is decoded locally (token by token),
        so that nested decoding never re-reads the whole file."""
        if _PERCENT.search(data):
            tokens = [unquote_to_bytes(t.replace(b"+", b" ") if plus else t)
                      for t in _URL_TOKEN.findall(data) for plus in (False, True)]
            yield "URL-encoded", b"\n\x00\n".join(tokens)
        if _ESCAPE.search(data):
            yield "escaped", _ESCAPE.sub(_unescape, data)
        hexes = [binascii.unhexlify(m.group(0)[k:len(m.group(0)) - (len(m.group(0)) - k) % 2])
                 for m in _HEX_RUN.finditer(data) for k in (0, 1)]
        if hexes:
            yield "hex", b"\n\x00\n".join(hexes)
        pieces = list(_base64_pieces(data))
        if pieces:
            yield "base64", b"\n\x00\n".join(pieces)


def _base64_pieces(data: bytes):
    """Every base64-looking run decoded at the 4 possible alignments (a run may start with
    unrelated letters), standard and URL-safe alphabets, padding optional. Hot loop: a
    megabyte of minified JS has ~100k runs."""
    a2b = binascii.a2b_base64
    for m in _B64_RUN.finditer(data):
        run = m.group(0)
        if run.isalpha() and (run.islower() or run.isupper()):
            continue  # a keyword or identifier: base64 of 8+ bytes is almost never single-case
        if not run.isalnum():
            run = _WS.sub(b"", run).translate(_URLSAFE)
        for part in run.split(b"=") if b"=" in run else (run,):
            n = len(part)
            if n < 8:
                continue
            for k in range(4):
                r = (n - k) & 3
                s = part[k:n - 1] if r == 1 else part[k:] + _PAD[r]
                try:
                    yield a2b(s)
                except binascii.Error:
                    pass


def _interesting(blob: bytes):
    """Decoded base64 pieces worth decoding again: archives and mostly-printable text."""
    for piece in blob.split(b"\n\x00\n"):
        if piece[:2] in (b"\x1f\x8b", b"PK", b"BZ", b"\xfd7", b"\xff\xfe", b"\xfe\xff"):
            yield piece
        elif len(piece) >= 12 and sum(32 <= c < 127 or c in (9, 10, 13) for c in piece) >= 0.95 * len(piece):
            yield piece


def _unescape(m: re.Match) -> bytes:
    u, x, hx, dec = m.groups()
    code = int(u or x or hx, 16) if (u or x or hx) else int(dec)
    try:
        return chr(code).encode()
    except (ValueError, OverflowError):
        return m.group(0)


def _join(outer: str, inner: str) -> str:
    return f"{outer} → {inner}" if inner else outer
