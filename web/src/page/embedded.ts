// Single-file builds (`build.py build --single-file`, runtime_py/wasmlit/build/single_file.py):
// every file the site needs is inside index.html, because a page opened from disk (file://)
// can fetch neither files next to it nor start a worker from one (pyodide-lab §5).
//   <script type="text/x-wasmlit-worker" id="wasmlit-worker">  the worker bundle, as text
//   <script type="application/x-b64" data-path="pyodide/…" data-gzip>  a site file, base64
//     (gzip-compressed first when that made it smaller)

const ASSET_SELECTOR = 'script[type="application/x-b64"][data-path]';
export const WORKER_ELEMENT_ID = "wasmlit-worker";
/** The worker's file set: everything the worker fetches (pyodide/*, wasmlit/*). */
const WORKER_PREFIXES = ["pyodide/", "wasmlit/"];

/** This page is a single-file build. */
export function isEmbedded(doc: Document = document): boolean {
  return doc.getElementById(WORKER_ELEMENT_ID) !== null;
}

export function embeddedElement(path: string, doc: Document = document): HTMLScriptElement | null {
  for (const el of doc.querySelectorAll<HTMLScriptElement>(ASSET_SELECTOR)) {
    if (el.dataset.path === path) return el;
  }
  return null;
}

/** One embedded file's bytes: base64 decoded by fetch("data:…") (works from file://), then gunzipped. */
export async function decodeEmbedded(el: HTMLScriptElement): Promise<ArrayBuffer> {
  const b64 = (el.textContent ?? "").replace(/\s+/g, "");
  const resp = await fetch(`data:application/octet-stream;base64,${b64}`);
  if (!("gzip" in el.dataset)) return resp.arrayBuffer();
  if (typeof DecompressionStream !== "function" || !resp.body) {
    throw new Error("this browser has no DecompressionStream (needed to unpack a single-file app)");
  }
  return new Response(resp.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}

/** Every file the worker needs, decoded: site path → bytes. */
export async function workerFiles(doc: Document = document): Promise<Record<string, ArrayBuffer>> {
  const els = [...doc.querySelectorAll<HTMLScriptElement>(ASSET_SELECTOR)].filter((el) =>
    WORKER_PREFIXES.some((p) => el.dataset.path?.startsWith(p)),
  );
  const decoded = await Promise.all(els.map(async (el) => [el.dataset.path as string, await decodeEmbedded(el)] as const));
  // The base64 text is no longer needed: let the browser free it.
  for (const el of els) el.textContent = "";
  return Object.fromEntries(decoded);
}
