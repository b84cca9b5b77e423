// Loads dist/wasmlit-katex.js (KaTeX + CSS + fonts, ~0.6 MB) the first time a math span
// (render/math.ts) reaches the page, then swaps each span's TeX source for KaTeX HTML.
// A MutationObserver finds math wherever Markdown is rendered (st.markdown, captions, labels),
// including re-mounted nodes; apps without math never fetch the chunk.
import { decodeEmbedded, embeddedElement, isEmbedded } from "../page/embedded";
import { MATH_CLASS } from "../render/math";

export const KATEX_CHUNK = "wasmlit-katex.js";
type Api = { renderMath(tex: string, display: boolean): string };

let loading: Promise<Api> | null = null;
let observer: MutationObserver | null = null;

export function loadKatex(): Promise<Api> {
  if (!loading) {
    loading = chunkUrl()
      .then((url) => import(/* @vite-ignore */ url) as Promise<Api>)
      .catch((err) => {
        loading = null; // a later render may try again
        throw err;
      });
  }
  return loading;
}

async function chunkUrl(): Promise<string> {
  if (!isEmbedded()) return new URL(KATEX_CHUNK, document.baseURI).href;
  const el = embeddedElement(KATEX_CHUNK);
  if (!el) throw new Error("KaTeX is not included in this single-file build (the build found no math in the app)");
  const bytes = await decodeEmbedded(el);
  return URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
}

function pending(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`.${MATH_CLASS}:not([data-typeset])`));
}

async function typeset(nodes: HTMLElement[]): Promise<void> {
  let api: Api;
  try {
    api = await loadKatex();
  } catch (err) {
    console.error("wasmlit: KaTeX could not be loaded", err);
    return; // the TeX source stays visible
  }
  for (const el of nodes) {
    if (el.dataset.typeset || !el.isConnected) continue;
    el.dataset.typeset = "1";
    el.innerHTML = api.renderMath(el.textContent ?? "", el.dataset.display === "1");
  }
}

/** Start watching `root` (the page) for math; idempotent. */
export function watchMath(root: HTMLElement = document.body): void {
  if (observer || typeof MutationObserver === "undefined") return;
  observer = new MutationObserver(() => {
    const nodes = pending(root);
    if (nodes.length) void typeset(nodes);
  });
  observer.observe(root, { childList: true, subtree: true });
  const nodes = pending(root);
  if (nodes.length) void typeset(nodes);
}
