// Warm starts from a memory snapshot of Python with the wasmlit runtime already imported.
//
// The first visit boots Pyodide normally (with `_makeSnapshot: true`), imports the
// runtime, and takes `makeMemorySnapshot()` BEFORE any package is loaded (a snapshot
// after loadPackage is refused, and compiled extension modules would not survive it:
// pyodide-lab §3). After the first run the bytes (~20 MB) go to IndexedDB. Later visits
// hand them to `loadPyodide({_loadSnapshot})`, which skips most of the interpreter's
// start-up and every runtime import. Packages and app files load after the restore as
// usual.
//
// The snapshot depends only on Pyodide and on the runtime, not on the app, so one
// record per origin serves every app built with the same runtime; its key changes with
// either. Any failure to load it falls back to a normal boot and drops the record.
// The API is Pyodide's private `_makeSnapshot`/`_loadSnapshot`: it is used only through
// this module, so it is easy to switch off (manifest `snapshot: false`).

import { type DBSchema, type IDBPDatabase, openDB } from "idb";

const DB_NAME = "wasmlit-snapshot";
const STORE = "snapshots";

interface SnapshotSchema extends DBSchema {
  snapshots: { key: string; value: Uint8Array };
}

/** What a snapshot was made from: the Pyodide version and the runtime archive (its URL carries a content hash). */
export function snapshotKey(pyodideVersion: string, runtimeArchive: string): string {
  return `${pyodideVersion}|${runtimeArchive}`;
}

/** Python run right before the snapshot: everything the first run would import anyway. */
export const IMPORT_RUNTIME = "import wasmlit._platform.pyodide, wasmlit.st, wasmlit._caching";

/**
 * Python run right after a restore: state seeded from entropy at import time would
 * otherwise be identical in every tab restored from the same snapshot.
 */
export const RESEED_AFTER_RESTORE = "import random\nrandom.seed()";

async function open(): Promise<IDBPDatabase<SnapshotSchema> | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    return await openDB<SnapshotSchema>(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE);
      },
    });
  } catch {
    return null;
  }
}

/** The stored snapshot for `key`, or null (none, another runtime, or no IndexedDB). Never throws. */
export async function loadSnapshot(key: string): Promise<Uint8Array | null> {
  const db = await open();
  if (!db) return null;
  try {
    const bytes = await db.get(STORE, key);
    return bytes instanceof Uint8Array && bytes.byteLength > 0 ? bytes : null;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** Keep `bytes` as the only snapshot of this origin. Never throws (a snapshot is an optimisation). */
export async function saveSnapshot(key: string, bytes: Uint8Array): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    const tx = db.transaction(STORE, "readwrite");
    await tx.store.clear();
    await tx.store.put(bytes, key);
    await tx.done;
  } catch (err) {
    console.debug("wasmlit: could not store the start-up snapshot:", err);
  } finally {
    db.close();
  }
}

/** Forget a snapshot that failed to load. */
export async function dropSnapshots(): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    await db.clear(STORE);
  } catch {
    /* nothing to do */
  } finally {
    db.close();
  }
}
