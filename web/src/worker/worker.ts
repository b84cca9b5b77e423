// Worker entry (classic script, IIFE). Boots Pyodide + the wasmlit runtime, then runs
// the message loop: page messages are batched and handed to Python; Python posts
// every WorkerMessage back through `post`. See web/README.md for the data flow.

import type { PyProxy } from "pyodide/ffi";
import {
  BINARY_REF,
  PROTOCOL_VERSION,
  type PageLifecycle,
  type PageMessage,
  type WorkerLifecycle,
  type WorkerMessage,
} from "../protocol.gen";
import { APP_DIR, boot, type Booted, fetchManifest, installApp } from "./boot";
import { type CacheSession, cacheAppId, type Preloaded, preloadCache, WriteBehind } from "./cache-persistence";
import { EMBEDDED_BASE, type EmbeddingScope, installEmbedded } from "./embedded";
import { BootError, errorText } from "./errors";
import { stageFraction } from "./fetching";
import { encodeBatch } from "./page-bytes";
import { BatchQueue } from "./queue";

interface WorkerScope {
  fetch: typeof fetch;
  location: { href: string };
  postMessage(msg: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
  close(): void;
}
const scope = self as unknown as WorkerScope;

function post(msg: WorkerMessage | WorkerLifecycle): void {
  scope.postMessage(msg);
}

// A script that calls js.close() ends this worker without any event in the page: say so first.
const closeWorker = scope.close.bind(scope);
scope.close = () => {
  post({ type: "worker_crashed", message: "The app's worker was closed (self.close()).", detail: "" });
  closeWorker();
};

/** Cross-origin isolated pages: the cell Stop writes SIGINT into (pyodide.setInterruptBuffer). */
let interruptCell: Int32Array | null = null;
/** A replacement worker: session_state from the last completed run of the one it replaces. */
let restoreData: Uint8Array | null = null;

/**
 * Python's messages: JSON text plus the bytes it refers to as {"$binary": i}. The
 * bytes become Uint8Arrays in the message and are transferred, not copied, to the page.
 */
function forwardToPage(json: string, buffers: ArrayLike<Uint8Array> | null | undefined): void {
  if (!buffers || buffers.length === 0) {
    scope.postMessage(JSON.parse(json));
    return;
  }
  const list = Array.from(buffers);
  const msg = JSON.parse(json, (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value) && BINARY_REF in value ? list[value[BINARY_REF]] : value,
  );
  (scope.postMessage as (m: unknown, transfer: Transferable[]) => void)(msg, list.map((b) => b.buffer));
}

/**
 * The site root: the worker script sits next to index.html. A Blob-URL worker (the
 * single-file build) has no hierarchical location; it gets a placeholder origin that
 * the single-file fetch shim answers from memory (pyodide-lab §5).
 */
const base = (() => {
  try {
    const u = new URL("./", scope.location.href);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch {
    /* blob: or data: worker */
  }
  return EMBEDDED_BASE;
})();

/** Single-file build: the site's files, posted by the page as its first message (embedded.ts). */
let gotAssets: (files: Record<string, ArrayBuffer>) => void = () => {};
const embeddedAssets = new Promise<Record<string, ArrayBuffer>>((resolve) => (gotAssets = resolve));

let booted: Booted | null = null;
let session: PyProxy | null = null;
let fatal = false;
/** st.cache_data write-behind (memory-only until the preload found a usable IndexedDB). */
let cacheWrites = new WriteBehind(null, () => null);

function sessionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

async function reloadSource(): Promise<void> {
  if (!booted) return;
  try {
    const manifest = await fetchManifest(base);
    booted.manifest = manifest;
    await installApp(booted.pyodide, manifest, base, undefined, { cache: "no-cache" });
  } catch (err) {
    // Dev reload only: keep the old files and let Python rerun them.
    console.error("wasmlit: reloading the app's files failed:", err);
  }
}

const queue = new BatchQueue({
  schedule: (fn) => setTimeout(fn, 0),
  async process(batch: PageMessage[]): Promise<boolean> {
    if (!session || fatal) return false;
    if (batch.some((m) => m.type === "source_changed")) await reloadSource();
    // A Stop that arrived after the last run ended must not interrupt this one.
    if (interruptCell) Atomics.store(interruptCell, 0, 0);
    let again: unknown;
    try {
      const [json, buffers] = encodeBatch(batch);
      again = (session as unknown as { handle_batch(json: string, buffers: Uint8Array[] | null): unknown }).handle_batch(
        json,
        buffers,
      );
    } finally {
      // Even a run that broke may have cached values: write them behind.
      cacheWrites.flush();
      // The first page is on screen: now store the start-up snapshot (~20 MB) for the next visit.
      booted?.afterFirstRun();
    }
    postStateSnapshot();
    return again === true;
  },
  onError(err) {
    // User-script errors are handled in Python (exception elements); reaching this
    // means the runtime itself broke.
    // The page replaces this worker (page/supervisor.ts).
    fatal = true;
    post({ type: "worker_crashed", message: "The app's runtime crashed.", detail: errorText(err) });
  },
});

/** session_state after a completed run, kept by the page for a replacement worker. */
function postStateSnapshot(): void {
  try {
    const data = (session as unknown as { take_state_snapshot(): Uint8Array | undefined }).take_state_snapshot();
    if (data) (scope.postMessage as (m: unknown, t: Transferable[]) => void)({ type: "state_snapshot", data }, [data.buffer]);
  } catch (err) {
    console.warn("wasmlit: session_state could not be saved:", err);
  }
}

function restoreState(): void {
  if (!restoreData || !session) return;
  try {
    (session as unknown as { restore_state(d: Uint8Array): number }).restore_state(restoreData);
  } catch (err) {
    console.warn("wasmlit: session_state could not be restored:", err);
  }
  restoreData = null;
}

/** Isolated pages: Stop raises KeyboardInterrupt at the next bytecode, and time.sleep really waits. */
function useInterrupts(pyodide: Booted["pyodide"], platform: PyProxy): void {
  if (!interruptCell) return;
  try {
    pyodide.setInterruptBuffer(interruptCell);
    (platform as unknown as { use_atomics_sleep(cell: Int32Array): void }).use_atomics_sleep(interruptCell);
  } catch (err) {
    console.warn("wasmlit: the interrupt buffer could not be used:", err);
    interruptCell = null;
  }
}

const early: PageMessage[] = [];

scope.onmessage = (e: MessageEvent) => {
  const msg = e.data as PageMessage;
  if (!msg || typeof msg !== "object" || typeof msg.type !== "string") return;
  if (msg.type === "embedded_assets") {
    gotAssets(msg.files as Record<string, ArrayBuffer>);
    return;
  }
  const life = e.data as PageLifecycle;
  if (life.type === "interrupt_buffer") {
    interruptCell = life.buffer as Int32Array;
    return;
  }
  if (life.type === "restore_state") {
    restoreData = life.data as Uint8Array;
    return;
  }
  if (session) queue.push(msg);
  else early.push(msg);
};

async function main(): Promise<void> {
  try {
    let preload: Promise<Preloaded> | null = null;
    let appId = "";
    const progress = (stage: string, label: string, fraction: number) =>
      post({ type: "boot_progress", stage, label, fraction });
    if (base === EMBEDDED_BASE) {
      progress("manifest", "Unpacking the app", 0);
      installEmbedded(scope as unknown as EmbeddingScope, await embeddedAssets);
    }
    booted = await boot(base, progress, scope, (manifest) => {
      // Read the app's cached data while Pyodide loads (IndexedDB works off this thread).
      appId = cacheAppId(manifest.app_id, base);
      preload = preloadCache(appId);
    });
    const { pyodide, manifest } = booted;
    const id = sessionId();
    let platform: PyProxy;
    try {
      platform = pyodide.pyimport("wasmlit._platform.pyodide");
    } catch (err) {
      throw new BootError("The wasmlit runtime failed to start.", errorText(err));
    }
    progress("cache", "Loading cached data", stageFraction("cache", 0));
    const { store, records } = await (preload ?? preloadCache(appId));
    const config = { app_dir: APP_DIR, main: manifest.main, app_id: appId, session_id: id };
    try {
      session = platform.start(JSON.stringify(config), forwardToPage, records);
      useInterrupts(pyodide, platform);
      restoreState();
      platform.destroy?.();
    } catch (err) {
      store?.close();
      throw new BootError("The wasmlit runtime failed to start.", errorText(err));
    }
    cacheWrites = new WriteBehind(store, () => session as unknown as CacheSession | null);
    post({ type: "boot_progress", stage: "app", label: "Running app", fraction: 1 });
    post({ type: "ready", protocol: PROTOCOL_VERSION, session_id: id, dev_events: manifest.dev_events });
    queue.push({ type: "rerun" }, ...early.filter((m) => m.type !== "rerun"));
    early.length = 0;
  } catch (err) {
    const e = err instanceof BootError ? err : new BootError("wasmlit failed to start.", errorText(err));
    post({ type: "boot_error", message: e.message, detail: e.detail });
  }
}

void main();
