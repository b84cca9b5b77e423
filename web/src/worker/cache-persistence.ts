// Wiring of st.cache_data persistence into the worker (the store itself: cache-store.ts;
// Python's half: runtime_py/wasmlit/_platform/pyodide.py + _caching/storage.py).
//
// Boot: `preloadCache(id)` starts right after the manifest (the IndexedDB read overlaps
// with loading Pyodide) and is awaited just before Python's `start(config, post, records)`.
// After every run: `WriteBehind.flush()` takes Python's queued operations and applies them
// behind the next run, one transaction at a time, in order. Nothing here can break a
// boot or a run: any storage failure means memory-only (console notice, or one toast).

import { type CacheOp, type CacheRecord, CacheStore, openCacheStore } from "./cache-store";

/**
 * The cache's app id: the manifest's `app_id` (a hash of the app folder's name and main
 * file) + the site's base path. Two builds of apps with the same folder name served on one
 * origin (`/a/` and `/b/`) then never see each other's entries. Python gets the same id
 * (`config.app_id`): entries carry it and the store only adopts its own.
 */
export function cacheAppId(manifestAppId: string, base: string): string {
  let path = "/";
  try {
    path = new URL(base).pathname;
  } catch {
    /* keep "/" */
  }
  return `${manifestAppId}-${fnv1a32(path)}`;
}

/** FNV-1a (32 bit) as 8 hex digits: a stable, synchronous tag (crypto.subtle needs a secure context). */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export interface Preloaded {
  /** Where to write behind; null = memory-only (no IndexedDB, or it failed to read). */
  store: CacheStore | null;
  /** This app's records for Python's `start`; null tells Python that IndexedDB is unavailable. */
  records: CacheRecord[] | null;
}

/** Open the app's store and read its entries. Never rejects: a failure means memory-only. */
export async function preloadCache(
  appId: string,
  open: (appId: string) => Promise<CacheStore | null> = openCacheStore,
): Promise<Preloaded> {
  let store: CacheStore | null = null;
  try {
    store = await open(appId);
  } catch (err) {
    console.warn("wasmlit: IndexedDB is unavailable; st.cache_data stays in memory for this tab.", err);
  }
  if (!store) return { store: null, records: null };
  try {
    const t0 = performance.now();
    const records = await store.preload();
    const bytes = records.reduce((n, r) => n + r.value.byteLength, 0);
    console.debug(
      `wasmlit: read ${records.length} cached entries (${(bytes / 2 ** 20).toFixed(1)} MiB) from IndexedDB in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    return { store, records };
  } catch (err) {
    console.warn("wasmlit: reading cached data from IndexedDB failed; st.cache_data stays in memory for this tab.", err);
    try {
      store.close();
    } catch {
      /* already closed */
    }
    return { store: null, records: null };
  }
}

/** The two methods of Python's WorkerSession this module calls. */
export interface CacheSession {
  take_cache_ops(): unknown;
  cache_storage_failed(message: string): unknown;
}

interface Destroyable {
  toJs?(options?: Record<string, unknown>): unknown;
  destroy?(): void;
}

/** Python returns a JS array (to_js); should a PyProxy come back instead, convert it and free it. */
export function opsFromPython(raw: unknown): CacheOp[] {
  if (raw === null || raw === undefined) return [];
  if (Array.isArray(raw)) return raw as CacheOp[];
  const proxy = raw as Destroyable;
  try {
    if (typeof proxy.toJs === "function") {
      const converted = proxy.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
      return Array.isArray(converted) ? (converted as CacheOp[]) : [];
    }
    return [];
  } finally {
    proxy.destroy?.();
  }
}

/**
 * Applies Python's cache operations to IndexedDB after each run, without making the next
 * run wait, but strictly one batch after the other (a later delete never overtakes an
 * earlier put). The first failure turns persistence off for the tab: Python is told
 * (`cache_storage_failed`, one toast) and nothing more is written.
 */
export class WriteBehind {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private store: CacheStore | null,
    private readonly session: () => CacheSession | null,
  ) {}

  get enabled(): boolean {
    return this.store !== null;
  }

  /** Call after every `handle_batch` (whatever it returned). */
  flush(): void {
    const session = this.session();
    if (!this.store || !session) return;
    let ops: CacheOp[];
    try {
      ops = opsFromPython(session.take_cache_ops());
    } catch (err) {
      this.fail(err);
      return;
    }
    if (ops.length === 0) return;
    this.chain = this.chain
      .then(() => (this.store ? this.store.apply(ops) : undefined))
      .catch((err) => this.fail(err));
  }

  /** Resolves when everything taken so far is written (or dropped after a failure). */
  idle(): Promise<void> {
    return this.chain;
  }

  private fail(err: unknown): void {
    if (!this.store) return;
    const store = this.store;
    this.store = null;
    try {
      store.close();
    } catch {
      /* already closed */
    }
    const message = err instanceof Error ? err.message : String(err);
    console.warn("wasmlit: persisting st.cache_data failed; cached values stay in memory for this tab.", err);
    try {
      this.session()?.cache_storage_failed(message);
    } catch (e) {
      console.error("wasmlit: could not switch st.cache_data to memory-only:", e);
    }
  }
}
