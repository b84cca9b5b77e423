// The worker's st.cache_data wiring: app id, preload that never breaks a boot, and the
// serialised write-behind that goes memory-only on the first storage failure.
// (The real browser round trips are in tests/e2e/test_cache_persistence.py.)
import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type CacheSession,
  cacheAppId,
  fnv1a32,
  opsFromPython,
  preloadCache,
  WriteBehind,
} from "../src/worker/cache-persistence";
import { type CacheOp, CacheQuotaError, type CacheStore, openCacheStore } from "../src/worker/cache-store";

const put = (app: string, vk: string): CacheOp => ({
  op: "put", key: `${app}/f/${vk}`, app_id: app, function_key: "f", meta_json: "{}", value: new Uint8Array([1]),
});

function fakeSession(opsQueue: unknown[]): CacheSession & { failures: string[] } {
  const failures: string[] = [];
  return {
    failures,
    take_cache_ops: () => opsQueue.shift() ?? [],
    cache_storage_failed: (m: string) => void failures.push(m),
  };
}

test("cache app id: the manifest's id + the site's path", () => {
  assert.equal(fnv1a32(""), "811c9dc5");
  assert.equal(fnv1a32("a"), "e40c292c");
  const a = cacheAppId("abc", "http://host/a/");
  assert.equal(a, `abc-${fnv1a32("/a/")}`);
  assert.notEqual(a, cacheAppId("abc", "http://host/b/"), "two sites on one origin");
  assert.equal(a, cacheAppId("abc", "https://other.example/a/"), "the origin is IndexedDB's business");
  assert.notEqual(a, cacheAppId("xyz", "http://host/a/"));
  assert.equal(cacheAppId("abc", "not a url"), `abc-${fnv1a32("/")}`);
});

test("preload: records of the app; no IndexedDB or a failing read = memory-only, never a throw", async () => {
  const store = (await openCacheStore("pre-1"))!;
  await store.apply([put("pre-1", "1")]);
  const ok = await preloadCache("pre-1");
  assert.ok(ok.store);
  assert.deepEqual(ok.records!.map((r) => r.key), ["pre-1/f/1"]);

  assert.deepEqual(await preloadCache("x", async () => null), { store: null, records: null });
  const warn = console.warn;
  console.warn = () => {};
  try {
    assert.deepEqual(await preloadCache("x", async () => { throw new Error("blocked"); }), { store: null, records: null });
    let closed = false;
    const broken = { preload: async () => { throw new Error("read failed"); }, close: () => (closed = true) };
    const r = await preloadCache("x", async () => broken as unknown as CacheStore);
    assert.deepEqual(r, { store: null, records: null });
    assert.ok(closed, "the store is closed when its read failed");
  } finally {
    console.warn = warn;
  }
});

test("write-behind: every batch applied, in order, one after the other", async () => {
  const store = (await openCacheStore("wb-1"))!;
  const order: string[] = [];
  const realApply = store.apply.bind(store);
  let inFlight = 0;
  store.apply = async (ops) => {
    inFlight++;
    assert.equal(inFlight, 1, "two batches overlapped");
    const list = Array.from(ops);
    await new Promise((r) => setTimeout(r, 5));
    await realApply(list);
    order.push(list.map((o) => o.op).join(","));
    inFlight--;
  };
  const session = fakeSession([[put("wb-1", "1")], [], [{ op: "delete", key: "wb-1/f/1" }, put("wb-1", "2")]]);
  const wb = new WriteBehind(store, () => session);
  wb.flush();
  wb.flush(); // nothing queued: no transaction
  wb.flush();
  await wb.idle();
  assert.deepEqual(order, ["put", "delete,put"]);
  assert.deepEqual((await store.preload()).map((r) => r.key), ["wb-1/f/2"]);
  assert.deepEqual(session.failures, []);
});

test("write-behind: the first storage failure tells Python once and stops writing", async () => {
  const store = (await openCacheStore("wb-2"))!;
  let calls = 0;
  store.apply = async () => {
    calls++;
    throw new CacheQuotaError("IndexedDB quota exceeded: full");
  };
  const session = fakeSession([[put("wb-2", "1")], [put("wb-2", "2")], [put("wb-2", "3")]]);
  const wb = new WriteBehind(store, () => session);
  const warn = console.warn;
  console.warn = () => {};
  try {
    wb.flush();
    wb.flush(); // already queued behind the failing one: dropped, not written
    await wb.idle();
    wb.flush();
    await wb.idle();
  } finally {
    console.warn = warn;
  }
  assert.equal(calls, 1);
  assert.deepEqual(session.failures, ["IndexedDB quota exceeded: full"]);
  assert.equal(wb.enabled, false);
});

test("ops from Python: a JS array as is; a PyProxy is converted and destroyed", () => {
  const arr = [put("p", "1")];
  assert.equal(opsFromPython(arr), arr);
  assert.deepEqual(opsFromPython(undefined), []);
  let destroyed = false;
  const proxy = { toJs: () => arr, destroy: () => (destroyed = true) };
  assert.deepEqual(opsFromPython(proxy), arr);
  assert.ok(destroyed);
});
