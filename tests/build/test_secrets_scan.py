"""The secret scanner (issue 12: encoded secrets shipped): each value is found as written and
in every decoded form the build promises — base64 (standard/URL-safe, padded or not, wrapped
at any width, at any offset inside a longer encoded text), gzip/bzip2/xz, zip (nested, named
.xlsx/.docx), UTF-16 LE/BE, URL-encoding, hex, JS escapes — and the error names the file and
the decoding. Plus a seeded random sweep of stacked encodings (the fuzz budget is stated)."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import lzma
import random
import zipfile
from urllib.parse import quote, quote_plus

import pytest

from wasmlit.build.errors import BuildError
from wasmlit.build.secret_scan import SecretMatcher

SECRET = "S3cr3t-pa55word!"
matcher = SecretMatcher([SECRET])


def zipped(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def b64_wrapped(data: bytes, width: int, urlsafe=False, pad=True) -> bytes:
    s = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data)
    if not pad:
        s = s.rstrip(b"=")
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width))


TEXT = f"config = {{'db': 'postgresql://app:{SECRET}@db.example.com/shop'}}\n".encode()
ENCODED = {
    "raw": TEXT,
    "base64": b"blob = '" + base64.b64encode(TEXT) + b"'",
    "base64-urlsafe-nopad": base64.urlsafe_b64encode(b"\xfb\xff" + TEXT).rstrip(b"="),
    "base64-wrapped-76": b64_wrapped(TEXT * 3, 76),
    "base64-wrapped-64-crlf": b64_wrapped(TEXT, 64).replace(b"\n", b"\r\n"),
    "base64-wrapped-7": b64_wrapped(TEXT, 7),
    "base64-in-json-string": b'{"data": "' + b64_wrapped(TEXT, 60).replace(b"\n", b"\\n") + b'"}',
    "base64-offset-1": base64.b64encode(b"x" + SECRET.encode() + b"y"),
    "base64-offset-2": base64.b64encode(b"xy" + SECRET.encode()),
    "base64-of-base64": base64.b64encode(base64.b64encode(TEXT)),
    "gzip": gzip.compress(TEXT),
    "bzip2": bz2.compress(TEXT),
    "xz": lzma.compress(TEXT),
    "base64-of-gzip": b"x = '" + base64.b64encode(gzip.compress(TEXT)) + b"'",
    "zip": zipped({"notes.txt": TEXT}),
    "zip-stored": zipped({"notes.txt": TEXT}, zipfile.ZIP_STORED),
    "zip-in-zip": zipped({"inner.zip": zipped({"deep/x.txt": TEXT})}),
    "zip-in-zip-in-zip": zipped({"a.zip": zipped({"b.zip": zipped({"c.txt": TEXT})})}),
    "xlsx": zipped({"xl/sharedStrings.xml": b"<sst><si><t>" + SECRET.encode() + b"</t></si></sst>"}),
    "gzip-in-zip": zipped({"data.gz": gzip.compress(TEXT)}),
    "utf-16-le": TEXT.decode().encode("utf-16-le"),
    "utf-16-be": TEXT.decode().encode("utf-16-be"),
    "utf-16-bom": TEXT.decode().encode("utf-16"),
    "url-encoded": quote(TEXT.decode(), safe="").encode(),
    "url-plus": quote_plus(TEXT.decode()).encode(),
    "url-partial": b"q=" + SECRET.replace("S", "%53").replace("!", "%21").encode(),
    "hex": TEXT.hex().encode(),
    "HEX": TEXT.hex().upper().encode(),
    "js-escaped": "".join(f"\\u{ord(c):04x}" for c in SECRET).encode(),
    "html-entities": "".join(f"&#{ord(c)};" for c in SECRET).encode(),
    "json-escaped": b'"' + SECRET.replace("!", "\\u0021").encode() + b'"',
}


@pytest.mark.parametrize("form", list(ENCODED))
def test_every_promised_encoding_is_found(form):
    with pytest.raises(BuildError, match=r"data\.bin.*secrets\.toml"):
        matcher.check("data.bin", ENCODED[form])


def test_the_error_says_where_and_how():
    with pytest.raises(BuildError) as e:
        matcher.check("report.xlsx", zipped({"inner.zip": zipped({"x.txt": base64.b64encode(TEXT)})}))
    msg = str(e.value)
    assert "report.xlsx" in msg and "zip member inner.zip" in msg and "x.txt" in msg and "base64" in msg
    assert SECRET not in msg


@pytest.mark.parametrize("data", [
    b"import streamlit as st\nst.write('S3cr3t pa55word')\n",
    base64.b64encode(b"S3cr3t-pa55w0rd!" * 3),
    gzip.compress(b"nothing to see " * 1000),
    zipped({"a.txt": b"hello", "b.zip": zipped({"c": b"S3cr3t"})}),
    bytes(range(256)) * 50,
])
def test_near_misses_pass(data):
    matcher.check("ok.bin", data)


def test_encrypted_zip_member_fails_closed():
    data = bytearray(zipped({"x.txt": b"hello"}, zipfile.ZIP_STORED))
    # set the "encrypted" flag in both the local header and the central directory
    data[6] |= 1
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 8] |= 1
    with pytest.raises(BuildError, match="encrypted"):
        matcher.check("secret.zip", bytes(data))


def test_zip_bomb_is_refused_not_expanded(monkeypatch):
    from wasmlit.build import secret_scan

    monkeypatch.setattr(secret_scan, "MAX_EXPANDED", 4 << 20)  # 512 MiB in the build; small here
    bomb = zipped({f"z{i}.bin": b"\0" * (1 << 20) for i in range(5)})
    with pytest.raises(BuildError, match="decompresses to more than"):
        matcher.check("bomb.zip", bomb)


ENCODERS = {
    "b64": base64.b64encode, "b64url": lambda b: base64.urlsafe_b64encode(b).rstrip(b"="),
    "wrap": lambda b: b64_wrapped(b, random.Random(len(b)).randint(4, 90)),
    "gzip": gzip.compress, "zip": lambda b: zipped({"m.txt": b}), "hex": lambda b: b.hex().encode(),
    "url": lambda b: quote(b.decode("latin-1"), safe="").encode(),
}


def test_random_stacks_of_encodings_are_found():
    """Fuzz budget: 300 seeded cases, 1–3 stacked encodings, random padding around the secret."""
    rng = random.Random(12)
    printable = [k for k in ENCODERS if k not in ("gzip", "zip")]
    for case in range(300):
        secret = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_!$") for _ in
                         range(rng.randint(6, 30)))
        data = (rng.choice(["", "k=", "xx ", "token: "]) + secret + rng.choice(["", "\n", " end", "&"])).encode()
        stack = []
        for depth in range(rng.randint(1, 3)):
            # URL/hex only on text, as apps do; archives anywhere
            name = rng.choice(list(ENCODERS) if depth else printable + ["gzip", "zip"])
            if name == "url" and stack and stack[-1] in ("gzip", "zip"):
                name = "b64"
            data = ENCODERS[name](data)
            stack.append(name)
        with pytest.raises(BuildError):
            SecretMatcher([secret]).check(f"case{case}", data)
