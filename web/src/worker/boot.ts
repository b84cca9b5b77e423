// Boot sequence of the worker: manifest → Pyodide → packages → runtime → app → start.
// Every step reports progress and fails with a BootError a user can act on.

import type { PyodideInterface } from "pyodide";
import { BootError, errorText, toBootError } from "./errors";
import { fetchBytes, fetchChecked, stageFraction, Watchdog } from "./fetching";
import { type Manifest, missingPackages, parseManifest } from "./manifest";
import { IMPORT_RUNTIME, RESEED_AFTER_RESTORE, dropSnapshots, loadSnapshot, saveSnapshot, snapshotKey } from "./snapshot";

export const SITE_PACKAGES = "/lib/python3.12/site-packages";
export const APP_DIR = "/home/pyodide/app";
const MANIFEST_PATH = "wasmlit/manifest.json";
/** A stage that shows no sign of life this long fails the boot. */
const STALL_LIMIT_MS = 90_000;

export type Progress = (stage: string, label: string, fraction: number) => void;

declare function importScripts(...urls: string[]): void;
declare function loadPyodide(options: Record<string, unknown>): Promise<PyodideInterface>;

export interface Booted {
  pyodide: PyodideInterface;
  manifest: Manifest;
  /** Python was restored from a start-up snapshot (a warm start). */
  fromSnapshot: boolean;
  /** Call once after the first run: stores a fresh start-up snapshot, if one was taken. */
  afterFirstRun: () => void;
}

/** Site-relative paths in the manifest resolve against the site root (where the worker script lives). */
export function siteUrl(path: string, base: string): string {
  return new URL(path, base).href;
}

export async function fetchManifest(base: string): Promise<Manifest> {
  const url = siteUrl(MANIFEST_PATH, base);
  const resp = await fetchChecked(url, "the app manifest (wasmlit/manifest.json)", { cache: "no-cache" });
  let raw: unknown;
  try {
    raw = await resp.json();
  } catch (err) {
    throw new BootError("The app manifest is not valid JSON. Rebuild the site.", `${url}: ${errorText(err)}`);
  }
  return parseManifest(raw, url);
}

/**
 * Observe every fetch the worker makes (Pyodide's own downloads included) to feed
 * the stall watchdog and count finished package downloads.
 */
function instrumentFetch(
  scope: { fetch: typeof fetch },
  onDone: (url: string, status: number | null) => void,
): () => void {
  const original = scope.fetch;
  scope.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const p = original.call(scope, input, init);
    p.then(
      (r) => onDone(url, r.status),
      () => onDone(url, null),
    );
    return p;
  }) as typeof fetch;
  return () => {
    scope.fetch = original;
  };
}

/**
 * Emscripten reports a wasm file it cannot compile (truncated, or an HTML error page
 * served in its place) only through console output, and loadPyodide then never settles.
 * Turn those messages into a rejection so the boot fails at once with a clear error.
 */
function watchForFatalLoadErrors(): { failed: Promise<never>; stop: () => void } {
  const original = { warn: console.warn, error: console.error };
  let reject: (e: BootError) => void = () => {};
  const failed = new Promise<never>((_, r) => (reject = r));
  failed.catch(() => {}); // handled by whoever races it
  const check = (level: "warn" | "error") => (...args: unknown[]) => {
    const text = args.map((a) => errorText(a)).join(" ");
    if (/wasm instantiation failed|CompileError|LinkError|Aborted\(/.test(text)) {
      reject(
        new BootError(
          "Python's WebAssembly file (pyodide/pyodide.asm.wasm) is damaged or was not served as a file. Rebuild or redeploy the site.",
          text,
        ),
      );
    }
    original[level].apply(console, args);
  };
  console.warn = check("warn");
  console.error = check("error");
  return {
    failed,
    stop: () => {
      console.warn = original.warn;
      console.error = original.error;
    },
  };
}

export async function boot(
  base: string,
  progress: Progress,
  scope: { fetch: typeof fetch },
  /** Called as soon as the manifest is read (the worker starts the cache preload there). */
  onManifest: (manifest: Manifest) => void = () => {},
): Promise<Booted> {
  const dog = new Watchdog(STALL_LIMIT_MS);
  let onFetched: (url: string) => void = () => {};
  /** Failed downloads ("GET url → 404"), for error details: Pyodide's own messages omit them. */
  const failed: string[] = [];
  const restore = instrumentFetch(scope, (url, status) => {
    dog.kick();
    if (status === null || status >= 400) failed.push(`GET ${url} → ${status ?? "failed (network error, missing file or integrity mismatch)"}`);
    onFetched(url);
  });
  try {
    // ---- manifest
    dog.enter("reading the app manifest");
    progress("manifest", "Reading app manifest", 0);
    const manifest = await dog.guard(fetchManifest(base));
    onManifest(manifest);
    // Read a start-up snapshot (if any) while pyodide.js loads.
    const snapKey = snapshotKey(manifest.pyodide_version, manifest.runtime_archive);
    const snapshotRead = loadSnapshot(snapKey);

    // ---- Pyodide
    dog.enter("loading Python (Pyodide)");
    const indexURL = siteUrl(manifest.index_url, base);
    const pyodideJs = indexURL + "pyodide.js";
    progress("pyodide", "Loading Python", stageFraction("pyodide", 0));
    try {
      importScripts(pyodideJs);
    } catch (err) {
      throw new BootError(
        "Could not load Python (pyodide.js). The site may be incomplete; rebuild or redeploy it.",
        `importScripts(${pyodideJs}): ${errorText(err)}`,
      );
    }
    if (typeof loadPyodide !== "function") {
      throw new BootError("pyodide.js loaded but did not define loadPyodide.", pyodideJs);
    }
    // loadPyodide has no progress callback: creep towards the end of the stage and
    // jump ahead whenever one of its big files (wasm, stdlib, lock) arrives.
    let within = 0;
    const bump = (to: number) => {
      within = Math.max(within, Math.min(0.97, to));
      progress("pyodide", "Loading Python", stageFraction("pyodide", within));
    };
    onFetched = (url) => {
      if (/pyodide\.asm\.wasm/.test(url)) bump(within + 0.3);
      else if (/python_stdlib\.zip/.test(url)) bump(within + 0.2);
      else if (/pyodide-lock\.json/.test(url)) bump(within + 0.1);
    };
    const creep = setInterval(() => bump(within + (1 - within) * 0.06), 200);
    let pyodide: PyodideInterface;
    const fatal = watchForFatalLoadErrors();
    const options = { indexURL, lockFileURL: siteUrl(manifest.lock_file, base), fullStdLib: false };
    const snapshot = await snapshotRead;
    let fromSnapshot = false;
    try {
      if (snapshot) {
        try {
          pyodide = await dog.guard(Promise.race([loadPyodide({ ...options, _loadSnapshot: snapshot }), fatal.failed]));
          fromSnapshot = true;
        } catch (err) {
          console.debug("wasmlit: the start-up snapshot did not load; booting without it:", err);
          void dropSnapshots();
          pyodide = await dog.guard(Promise.race([loadPyodide({ ...options, _makeSnapshot: true }), fatal.failed]));
        }
      } else {
        pyodide = await dog.guard(Promise.race([loadPyodide({ ...options, _makeSnapshot: true }), fatal.failed]));
      }
    } catch (err) {
      const e = toBootError(err, "Python (Pyodide) failed to start. Try reloading; if it persists, rebuild the site.");
      if (failed.length) e.detail = [...failed, e.detail].join("\n");
      throw e;
    } finally {
      clearInterval(creep);
      fatal.stop();
    }
    progress("pyodide", "Python ready", stageFraction("pyodide", 1));

    // ---- runtime (before any package: a snapshot is only possible before loadPackage)
    dog.enter("loading the wasmlit runtime");
    progress("runtime", "Loading wasmlit runtime", stageFraction("runtime", 0));
    const runtimeZip = await dog.guard(
      fetchBytes(siteUrl(manifest.runtime_archive, base), "the wasmlit runtime (runtime.zip)"),
    );
    unpack(pyodide, runtimeZip, SITE_PACKAGES, "runtime.zip");
    let fresh: Uint8Array | null = null;
    if (fromSnapshot) {
      pyodide.runPython(RESEED_AFTER_RESTORE);
    } else {
      try {
        pyodide.runPython(IMPORT_RUNTIME);
        fresh = (pyodide as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
      } catch (err) {
        console.debug("wasmlit: no start-up snapshot this time:", err);
      }
    }
    progress("runtime", "Loading wasmlit runtime", stageFraction("runtime", 1));

    // ---- packages
    if (manifest.packages.length > 0) {
      dog.enter("loading Python packages");
      try {
        await loadPackages(pyodide, manifest.packages, indexURL, progress, dog, (f) => (onFetched = f));
      } catch (err) {
        if (err instanceof BootError && failed.length) err.detail = [...failed, err.detail].join("\n");
        throw err;
      }
    }
    onFetched = () => {};

    // ---- app
    dog.enter("loading the app's files");
    progress("app", "Loading app files", stageFraction("app", 0));
    await installApp(pyodide, manifest, base, dog);
    progress("app", "Starting app", stageFraction("app", 0.5));
    const afterFirstRun = () => {
      if (fresh) void saveSnapshot(snapKey, fresh);
      fresh = null;
    };
    return { pyodide, manifest, fromSnapshot, afterFirstRun };
  } finally {
    dog.stop();
    restore();
  }
}

async function loadPackages(
  pyodide: PyodideInterface,
  packages: string[],
  indexURL: string,
  progress: Progress,
  dog: Watchdog,
  setOnFetched: (f: (url: string) => void) => void,
): Promise<void> {
  const errors: string[] = [];
  let total = packages.length;
  let done = 0;
  const label = () => `Loading packages (${Math.min(done, total)}/${total})`;
  progress("packages", label(), stageFraction("packages", 0));
  setOnFetched((url) => {
    if (!url.startsWith(indexURL) || !/\.(whl|zip|tar|tgz|tar\.gz)(\?|$)/.test(url)) return;
    done++;
    const name = decodeURIComponent(url.slice(indexURL.length).split(/[?#]/)[0]).split("-")[0];
    progress("packages", `Loaded ${name} (${Math.min(done, total)}/${total})`, stageFraction("packages", done / total));
  });
  try {
    await dog.guard(
      pyodide.loadPackage(packages, {
        messageCallback: (msg: string) => {
          dog.kick();
          // "Loading a, b, c": the full list, dependencies included.
          const m = /^Loading (.+)$/.exec(msg);
          if (m) total = Math.max(total, m[1].split(", ").length);
        },
        errorCallback: (msg: string) => {
          dog.kick();
          errors.push(msg);
        },
        checkIntegrity: true,
      }),
    );
  } catch (err) {
    throw toBootError(
      err,
      `Could not load the Python package${packages.length > 1 ? "s" : ""} ${packages.join(", ")}. The site may be incomplete; rebuild or redeploy it.`,
    );
  }
  // loadPackage does not throw when a wheel is missing (it only logs): check.
  const missing = missingPackages(packages, Object.keys(pyodide.loadedPackages));
  if (missing.length > 0) {
    throw new BootError(
      `Could not load the Python package${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. The site may be incomplete; rebuild or redeploy it.`,
      errors.join("\n") || `not loaded: ${missing.join(", ")}`,
    );
  }
  progress("packages", `Loaded ${total} packages`, stageFraction("packages", 1));
}

function unpack(pyodide: PyodideInterface, buf: ArrayBuffer, dir: string, what: string): void {
  try {
    pyodide.FS.mkdirTree(dir);
    pyodide.unpackArchive(buf, "zip", { extractDir: dir });
  } catch (err) {
    throw new BootError(`Could not unpack ${what}. The file may be corrupt; rebuild the site.`, errorText(err));
  }
}

/** Remove everything inside `dir` (keeps `dir`). */
export function clearDir(FS: PyodideInterface["FS"], dir: string): void {
  for (const name of FS.readdir(dir) as string[]) {
    if (name === "." || name === "..") continue;
    const p = `${dir}/${name}`;
    if (FS.isDir(FS.stat(p).mode)) {
      clearDir(FS, p);
      FS.rmdir(p);
    } else {
      FS.unlink(p);
    }
  }
}

export async function installApp(
  pyodide: PyodideInterface,
  manifest: Manifest,
  base: string,
  dog?: Watchdog,
  init?: RequestInit,
): Promise<void> {
  const p = fetchBytes(siteUrl(manifest.app_archive, base), "the app's files (app.zip)", init);
  const buf = dog ? await dog.guard(p) : await p;
  pyodide.FS.mkdirTree(APP_DIR);
  clearDir(pyodide.FS, APP_DIR);
  unpack(pyodide, buf, APP_DIR, "app.zip");
}
