// IndexedDB store behind st.cache_data persistence (the worker's half; Python's half is
// runtime_py/wasmlit/_caching/storage.py: PreloadedStore).
//
// The script never waits for IndexedDB: the worker preloads this app's entries before
// Python starts (`preload()`, handed to `start(config, post, records)`), and after every
// run applies the operations Python queued (`apply(session.take_cache_ops())`), in one
// readwrite transaction. Entries are per app (`app_id`), so two apps on one origin never
// see each other's.
//
// Schema (DB "wasmlit-cache", version 1):
//   entries: {key, app_id, function_key, meta_json}   keyPath "key";
//            index "by_app" (app_id), index "by_function" ([app_id, function_key])
//   values:  Uint8Array payloads, out-of-line key = entry key
// Metadata and payloads are split so an access-time update ("touch") rewrites a few
// bytes, not the value.

import { type DBSchema, type IDBPDatabase, openDB } from "idb";

export const DB_NAME = "wasmlit-cache";
export const DB_VERSION = 1;

/** One persisted entry, as Python's PreloadedStore reads it. `value` is the payload. */
export interface CacheRecord {
  key: string;
  app_id: string;
  function_key: string;
  meta_json: string;
  value: Uint8Array;
}

export type CacheOp =
  | { op: "put"; key: string; app_id: string; function_key: string; meta_json: string; value: Uint8Array }
  | { op: "touch"; key: string; meta_json: string }
  | { op: "delete"; key: string }
  | { op: "delete_function"; app_id: string; function_key: string }
  | { op: "clear_app"; app_id: string };

interface EntryRow {
  key: string;
  app_id: string;
  function_key: string;
  meta_json: string;
}

interface CacheSchema extends DBSchema {
  entries: {
    key: string;
    value: EntryRow;
    indexes: { by_app: string; by_function: [string, string] };
  };
  values: { key: string; value: Uint8Array };
}

/** The browser refused the write for lack of space: the worker tells Python to go memory-only. */
export class CacheQuotaError extends Error {
  override name = "CacheQuotaError";
}

/** Any other storage failure (the transaction was aborted; nothing of it was written). */
export class CacheStoreError extends Error {
  override name = "CacheStoreError";
}

function isQuota(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? "";
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

export class CacheStore {
  constructor(
    private readonly db: IDBPDatabase<CacheSchema>,
    readonly appId: string,
  ) {}

  /** This app's entries with their payloads (for `start(..., records)`). */
  async preload(): Promise<CacheRecord[]> {
    const tx = this.db.transaction(["entries", "values"], "readonly");
    const rows = await tx.objectStore("entries").index("by_app").getAll(IDBKeyRange.only(this.appId));
    const values = tx.objectStore("values");
    const payloads = await Promise.all(rows.map((r) => values.get(r.key)));
    await tx.done;
    // A row without a payload still goes to Python: an empty payload reads as corrupt there,
    // so it is dropped (a delete op) and recomputed.
    return rows.map((r, i) => ({ ...r, value: payloads[i] ?? new Uint8Array(0) }));
  }

  /** Apply Python's operations, in order, in one transaction (all or nothing). */
  async apply(ops: Iterable<CacheOp>): Promise<void> {
    const list = Array.from(ops);
    if (list.length === 0) return;
    const tx = this.db.transaction(["entries", "values"], "readwrite");
    const entries = tx.objectStore("entries");
    const values = tx.objectStore("values");
    // Every request is awaited through Promise.all below; the no-op catch keeps an aborted
    // transaction's other requests from surfacing as unhandled rejections.
    const pending: Promise<unknown>[] = [];
    const track = (...ps: Promise<unknown>[]) => {
      for (const p of ps) {
        p.catch(() => undefined);
        pending.push(p);
      }
    };
    const removeKeys = (keys: string[]) => keys.forEach((k) => track(entries.delete(k), values.delete(k)));
    try {
      for (const op of list) {
        switch (op.op) {
          case "put":
            track(entries.put({ key: op.key, app_id: op.app_id, function_key: op.function_key, meta_json: op.meta_json }));
            track(values.put(op.value, op.key));
            break;
          case "touch": {
            const row = await entries.get(op.key);
            if (row) track(entries.put({ ...row, meta_json: op.meta_json }));
            break;
          }
          case "delete":
            removeKeys([op.key]);
            break;
          case "delete_function":
            removeKeys(await entries.index("by_function").getAllKeys(IDBKeyRange.only([op.app_id, op.function_key])));
            break;
          case "clear_app":
            removeKeys(await entries.index("by_app").getAllKeys(IDBKeyRange.only(op.app_id)));
            break;
        }
      }
      await Promise.all([...pending, tx.done]);
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await tx.done.catch(() => undefined);
      if (isQuota(err) || isQuota(tx.error)) throw new CacheQuotaError(`IndexedDB quota exceeded: ${String(err)}`);
      throw new CacheStoreError(`IndexedDB write failed: ${String(err)}`);
    }
  }

  close(): void {
    this.db.close();
  }
}

/** The app's cache store, or null when IndexedDB is unavailable (private mode, file://, blocked). */
export async function openCacheStore(appId: string): Promise<CacheStore | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const db: IDBPDatabase<CacheSchema> = await openDB<CacheSchema>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const entries = database.createObjectStore("entries", { keyPath: "key" });
          entries.createIndex("by_app", "app_id");
          entries.createIndex("by_function", ["app_id", "function_key"]);
          database.createObjectStore("values");
        }
      },
      blocking() {
        // A newer wasmlit in another tab wants to upgrade the schema: let it.
        db.close();
      },
    });
    return new CacheStore(db, appId);
  } catch (err) {
    console.warn("wasmlit: IndexedDB is unavailable; st.cache_data stays in memory for this tab.", err);
    return null;
  }
}
