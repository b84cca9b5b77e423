// Unit test of the IndexedDB cache store against fake-indexeddb. The real-browser check
// (Chromium: reload → not recomputed, quota, corrupt record) belongs in the e2e suite.
import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { test } from "node:test";
import { type CacheOp, CacheQuotaError, type CacheStore, openCacheStore } from "../src/worker/cache-store";

const bytes = (...b: number[]) => new Uint8Array(b);
const put = (app: string, fn: string, vk: string, value = bytes(1, 2, 3)): CacheOp => ({
  op: "put", key: `${app}/${fn}/${vk}`, app_id: app, function_key: fn, meta_json: `{"v":"${vk}"}`, value,
});

async function open(app: string): Promise<CacheStore> {
  const store = await openCacheStore(app);
  assert.ok(store, "IndexedDB available");
  return store;
}

test("put then preload returns this app's records with their payloads", async () => {
  const a = await open("t1-a");
  const b = await open("t1-b");
  await a.apply([put("t1-a", "f", "1"), put("t1-a", "g", "2", bytes(9))]);
  await b.apply([put("t1-b", "f", "1")]);
  const recs = (await a.preload()).sort((x, y) => x.key.localeCompare(y.key));
  assert.deepEqual(recs.map((r) => r.key), ["t1-a/f/1", "t1-a/g/2"]);
  assert.deepEqual(Array.from(recs[1].value), [9]);
  assert.equal(recs[0].meta_json, '{"v":"1"}');
  assert.deepEqual((await b.preload()).map((r) => r.key), ["t1-b/f/1"]);
});

test("touch, delete, delete_function and clear_app, in order", async () => {
  const s = await open("t2");
  const other = await open("t2-other");
  await other.apply([put("t2-other", "f", "1")]);
  await s.apply([put("t2", "f", "1"), put("t2", "f", "2"), put("t2", "g", "1"), put("t2", "h", "1")]);
  await s.apply([
    { op: "touch", key: "t2/g/1", meta_json: '{"v":"touched"}' },
    { op: "touch", key: "t2/missing", meta_json: "{}" },
    { op: "delete_function", app_id: "t2", function_key: "f" },
    { op: "delete", key: "t2/h/1" },
  ]);
  const recs = await s.preload();
  assert.deepEqual(recs.map((r) => [r.key, r.meta_json]), [["t2/g/1", '{"v":"touched"}']]);
  assert.deepEqual(Array.from(recs[0].value), [1, 2, 3], "a touch keeps the payload");
  await s.apply([{ op: "clear_app", app_id: "t2" }, put("t2", "k", "1")]);
  assert.deepEqual((await s.preload()).map((r) => r.key), ["t2/k/1"]);
  assert.equal((await other.preload()).length, 1, "other apps are untouched");
});

test("a quota error rejects with CacheQuotaError and writes nothing", async () => {
  const s = await open("t3");
  await s.apply([put("t3", "f", "0")]);
  const proto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
  const realPut = proto.put;
  proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
    if (this.name === "values") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return realPut.apply(this, args);
  };
  try {
    await assert.rejects(s.apply([{ op: "delete", key: "t3/f/0" }, put("t3", "f", "1")]), CacheQuotaError);
  } finally {
    proto.put = realPut;
  }
  assert.deepEqual((await s.preload()).map((r) => r.key), ["t3/f/0"], "the whole transaction was aborted");
});

test("a record without a payload preloads with an empty value (Python drops it)", async () => {
  const s = await open("t4");
  await s.apply([put("t4", "f", "1")]);
  const db = (s as unknown as { db: { delete: (s: string, k: string) => Promise<void> } }).db;
  await db.delete("values", "t4/f/1");
  const recs = await s.preload();
  assert.equal(recs.length, 1);
  assert.equal(recs[0].value.byteLength, 0);
});
