// Single-file builds: the worker runs from a Blob URL and its site root is the placeholder
// https://embedded.invalid/ (worker.ts). The page posts the site's files (EmbeddedAssets) as
// the first message; from then on requests for that origin are answered from memory —
// fetch (manifest, wasm, stdlib, lock, packages, runtime.zip, app.zip) and importScripts
// (pyodide.js, and the pyodide.asm.js that pyodide.js loads) — and nothing else changes
// in the boot. Every other URL goes to the real fetch / importScripts.

export const EMBEDDED_BASE = "https://embedded.invalid/";

const TYPES: Record<string, string> = {
  wasm: "application/wasm", // needed for WebAssembly.instantiateStreaming
  js: "text/javascript",
  mjs: "text/javascript",
  json: "application/json",
  zip: "application/zip",
  whl: "application/zip",
};

export interface EmbeddingScope {
  fetch: typeof fetch;
  importScripts(...urls: string[]): void;
}

/** `https://embedded.invalid/pyodide/x.whl?v=1#y` → `pyodide/x.whl`; null for any other URL. */
export function embeddedPath(url: string): string | null {
  if (!url.startsWith(EMBEDDED_BASE)) return null;
  return decodeURIComponent(url.slice(EMBEDDED_BASE.length).split(/[?#]/)[0]);
}

function contentType(path: string): string {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return TYPES[ext] ?? "application/octet-stream";
}

/** Route the embedded origin's requests to `files` (site path → bytes). */
export function installEmbedded(scope: EmbeddingScope, files: Record<string, ArrayBuffer>): void {
  const realFetch = scope.fetch;
  const realImport = scope.importScripts;
  scope.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const path = embeddedPath(url);
    if (path === null) return realFetch.call(scope, input, init);
    const bytes = files[path];
    if (!bytes) {
      return Promise.resolve(new Response(`not in this single-file build: ${path}`, { status: 404, statusText: "Not Found" }));
    }
    // A Response copies the bytes, so a file can be fetched again (dev reload re-reads the manifest).
    return Promise.resolve(new Response(bytes, { status: 200, headers: { "Content-Type": contentType(path) } }));
  }) as typeof fetch;
  const blobUrls = new Map<string, string>();
  scope.importScripts = (...urls: string[]) => {
    const mapped = urls.map((url) => {
      const path = embeddedPath(url);
      if (path === null) return url;
      const bytes = files[path];
      if (!bytes) throw new Error(`importScripts: not in this single-file build: ${path}`);
      let blob = blobUrls.get(path);
      if (!blob) {
        blob = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
        blobUrls.set(path, blob);
      }
      return blob;
    });
    realImport.apply(scope, mapped);
  };
}
