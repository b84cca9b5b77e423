// Prerendered first paint: the first run the build made on CPython (build/prerender.py),
// embedded in index.html as <script type="application/json" id="wasmlit-prerender">.
//
// The page folds those messages into PageState before the worker exists and paints them
// inert. The live first run then patches the same slots (same type and widget id keep
// their DOM) and, when it finishes, prunes whatever it did not write: no flash, no jump.

import type { WorkerMessage } from "../protocol.gen";
import { parseAddress } from "./router";

export const PRERENDER_ID = "wasmlit-prerender";
/** The prerender's run id: never a live one (those start at 1), never the tree's initial -1. */
export const PRERENDER_RUN = -2;

const KEEP = new Set(["run_started", "delta", "run_finished", "page_config", "navigation"]);

/**
 * The embedded messages, or null when there are none or they do not apply: the build ran
 * the default page with no query params, so another page or a query string waits for the
 * live run.
 */
export function parsePrerender(text: string | null | undefined, search: string, hash: string): WorkerMessage[] | null {
  if (!text) return null;
  const { page, query } = parseAddress(search, hash);
  if (page !== "" || query !== "") return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const out: WorkerMessage[] = [];
  for (const m of data) {
    if (!m || typeof m !== "object" || !KEEP.has((m as { type?: string }).type ?? "")) continue;
    out.push("run_id" in m ? ({ ...m, run_id: PRERENDER_RUN } as WorkerMessage) : (m as WorkerMessage));
  }
  return out.some((m) => m.type === "delta") ? out : null;
}

export function readPrerender(doc: Document, loc: { search: string; hash: string }): WorkerMessage[] | null {
  return parsePrerender(doc.getElementById(PRERENDER_ID)?.textContent, loc.search, loc.hash);
}

/** "wasmlit:prerender-painted" once the prerendered tree is on screen (the frame after render). */
export function markPrerenderPainted(): void {
  if (typeof performance === "undefined" || !performance.mark) return;
  requestAnimationFrame(() => setTimeout(() => performance.mark("wasmlit:prerender-painted"), 0));
}
