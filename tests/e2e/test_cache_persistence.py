"""st.cache_data persists in IndexedDB: reloads, code edits, ttl, clear, two apps, corruption.

The app (apps/cache_persist/app.py) draws a fresh random token on every REAL execution of a
cached function and writes it, so the page tells whether a value was computed or came from
the persisted cache. A reload keeps the browser context (= the same IndexedDB) and starts a
new worker (= an empty Python), so only IndexedDB can carry a value across it.

Writes are behind the run: before reloading, a test waits until IndexedDB holds what the
previous run wrote (read from the page with the raw IndexedDB API, never creating the DB).
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from support import APPS, StaticServer, build_site

APP = APPS / "cache_persist"
TTL_S = 10  # the app's @st.cache_data(ttl=10)

# The rows in IndexedDB as [{key, app_id, qualname, created}] (an empty list when the
# database does not exist yet: the upgrade is aborted so the page never creates it).
ENTRIES_JS = """async () => {
  const db = await new Promise((resolve) => {
    const req = indexedDB.open("wasmlit-cache");
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
  if (!db) return [];
  try {
    const rows = await new Promise((resolve, reject) => {
      const req = db.transaction("entries").objectStore("entries").getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return rows.map((r) => {
      let meta = {};
      try { meta = JSON.parse(r.meta_json); } catch {}
      return {key: r.key, app_id: r.app_id, qualname: meta.qualname ?? null, created: meta.created ?? null};
    });
  } finally {
    db.close();
  }
}"""

# Overwrite stored records: {key: {value?: number[] (bytes), meta_json?: string}}.
CORRUPT_JS = """async (changes) => {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open("wasmlit-cache");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(["entries", "values"], "readwrite");
  const entries = tx.objectStore("entries");
  const values = tx.objectStore("values");
  for (const [key, change] of Object.entries(changes)) {
    if (change.value) values.put(new Uint8Array(change.value), key);
    if (change.meta_json) {
      const row = await new Promise((r) => { const q = entries.get(key); q.onsuccess = () => r(q.result); });
      entries.put({...row, meta_json: change.meta_json});
    }
  }
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onabort = () => reject(tx.error); });
  db.close();
}"""


def shown(tab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The tokens on the page: token, other, ttl (and ttl_age), computed (the replayed line)."""
    text = tab.page.get_by_test_id("stMain").inner_text()
    out: dict[str, str] = {}
    for name, pattern in {"computed": r"computed token (\w+)", "token": r"^token: (\w+)", "other": r"other: (\w+)",
                          "ttl": r"ttl token: (\w+)", "ttl_age": r"ttl token: \w+, age ([\d.]+) s"}.items():
        m = re.search(pattern, text, re.M)
        if m:
            out[name] = m.group(1)
    return out


def entries(tab) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    return tab.page.evaluate(ENTRIES_JS)


def wait_persisted(tab, check, what: str, timeout_s: float = 20.0) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    """Poll IndexedDB until ``check(rows)`` holds (the write-behind is asynchronous)."""
    deadline = time.monotonic() + timeout_s
    while True:
        rows = entries(tab)
        if check(rows):
            return rows
        if time.monotonic() > deadline:
            raise AssertionError(f"IndexedDB never showed {what}; rows: {rows}")
        time.sleep(0.1)


def all_three(rows: list[dict]) -> bool:  # type: ignore[type-arg]
    return {r["qualname"] for r in rows} >= {"token", "other", "timed"}


def reload(tab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    tab.page.reload()
    tab.wait_idle()
    return shown(tab)


def assert_clean(tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.page.get_by_test_id("stException").count() == 0
    assert tab.page.get_by_test_id("stToast").count() == 0
    assert tab.page.get_by_test_id("wlBootError").count() == 0
    assert tab.external_requests == []


def test_reload_replays_instead_of_executing(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    first = shown(tab)
    assert first["computed"] == first["token"]
    rows = wait_persisted(tab, all_three, "the three cached functions")
    assert len({r["app_id"] for r in rows}) == 1

    again = reload(tab)
    assert again["token"] == first["token"], "the reload executed the cached function again"
    assert again["other"] == first["other"]
    assert again["computed"] == first["token"], "the function's st.write was not replayed on the hit"
    assert_clean(tab)


def test_editing_the_function_invalidates_its_entries(tmp_path, new_tab) -> None:  # type: ignore[no-untyped-def]
    app = tmp_path / "cache_persist"  # same folder name: the same app as far as the cache knows
    shutil.copytree(APP, app)
    site = build_site(app, tmp_path / "site")
    server = StaticServer(site)
    try:
        tab = new_tab().open(server.url)
        first = shown(tab)
        wait_persisted(tab, all_three, "the three cached functions")

        source = (app / "app.py").read_text()
        edited = source.replace("tok = uuid.uuid4().hex[:12]", "tok = uuid.uuid4().hex[:12]  # edited")
        assert edited != source
        (app / "app.py").write_text(edited)
        build_site(app, site)  # into the directory being served

        again = reload(tab)
        assert again["token"] != first["token"], "an edited function was served from the old cache"
        assert again["computed"] == again["token"]
        assert again["other"] == first["other"], "an untouched function lost its entry"
        assert_clean(tab)
    finally:
        server.close()


def test_ttl_holds_across_reloads_and_expires(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    url = serve_app(APP)
    started = time.time()
    tab = new_tab().open(url)
    first = shown(tab)
    computed_by = time.time()  # the value was computed between `started` and now
    wait_persisted(tab, all_three, "the three cached functions")

    within = reload(tab)
    assert time.time() - started < TTL_S, "this machine reloads too slowly to check the ttl"
    assert within["ttl"] == first["ttl"], "a reload within the ttl executed the function again"
    assert float(within["ttl_age"]) > 0

    time.sleep(max(0.0, computed_by + TTL_S + 1 - time.time()))
    expired = reload(tab)
    assert expired["ttl"] != first["ttl"], "an expired entry was served after a reload"
    assert float(expired["ttl_age"]) < TTL_S
    assert expired["token"] == first["token"], "a function without ttl lost its entry"
    assert_clean(tab)


def test_clear_then_reload_executes(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    first = shown(tab)
    wait_persisted(tab, all_three, "the three cached functions")

    tab.page.get_by_role("button", name="Clear all caches").click()
    tab.page.get_by_text("caches cleared").wait_for()
    tab.wait_idle()
    wait_persisted(tab, lambda rows: rows == [], "no entries after st.cache_data.clear()")

    after = reload(tab)
    assert after["token"] != first["token"], "st.cache_data.clear() did not clear the persisted entries"
    assert after["other"] != first["other"]
    assert after["computed"] == after["token"]
    assert_clean(tab)


def test_two_apps_on_one_origin_are_isolated(tmp_path, new_tab) -> None:  # type: ignore[no-untyped-def]
    # The same app folder built twice: the manifests carry the SAME app_id, so only the
    # site's path tells the two apart.
    root = tmp_path / "site"
    build_site(APP, root / "a")
    build_site(APP, root / "b")
    server = StaticServer(root)
    try:
        tab = new_tab()
        tab.open(server.url + "a/")
        a = shown(tab)
        rows = wait_persisted(tab, all_three, "app a's entries")
        a_ids = {r["app_id"] for r in rows}

        tab.open(server.url + "b/")
        b = shown(tab)
        assert b["token"] != a["token"], "app b was served app a's cached value"
        rows = wait_persisted(tab, lambda rs: len({r["app_id"] for r in rs}) == 2 and len(rs) == 6,
                              "both apps' entries side by side")

        tab.open(server.url + "a/")
        assert shown(tab)["token"] == a["token"], "app a lost its entries to app b"
        tab.open(server.url + "b/")
        assert shown(tab)["token"] == b["token"]
        assert {r["app_id"] for r in entries(tab)} > a_ids
        assert_clean(tab)
    finally:
        server.close()


def test_corrupt_records_are_recomputed(serve_app, new_tab) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab().open(serve_app(APP))
    first = shown(tab)
    rows = wait_persisted(tab, all_three, "the three cached functions")
    key = {r["qualname"]: r["key"] for r in rows}
    garbage = list(b"\x8f\x00garbage\xff" * 7)
    bad_pickle = list(b"WLC1" + (0).to_bytes(4, "little") + b"\x80\x05not a pickle")
    tab.page.evaluate(CORRUPT_JS, {
        key["token"]: {"value": garbage},  # not a payload at all
        key["other"]: {"value": bad_pickle},  # a payload header, then junk instead of a pickle
        key["timed"]: {"meta_json": "{not json"},  # unreadable metadata
    })

    healed = reload(tab)
    assert healed["token"] != first["token"] and healed["computed"] == healed["token"]
    assert healed["other"] != first["other"]
    assert healed["ttl"] != first["ttl"]
    assert_clean(tab)
    assert tab.console_errors == []

    # The recomputed values replaced the corrupt records: the next reload hits them.
    created = {r["key"]: r["created"] for r in rows}
    wait_persisted(tab, lambda rs: all_three(rs) and all(r["created"] not in (None, created[r["key"]]) for r in rs),
                   "the recomputed entries")
    again = reload(tab)
    assert (again["token"], again["other"], again["ttl"]) == (healed["token"], healed["other"], healed["ttl"])
    assert_clean(tab)
