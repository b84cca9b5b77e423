// Loads dist/wasmlit-vega.js (vega + vega-lite + vega-embed, ~1 MB) on the first chart only:
// an ESM file next to the page, imported at run time, so apps without charts never fetch it.
import type * as VegaBundle from "../../vega/entry";
import { decodeEmbedded, embeddedElement, isEmbedded } from "../../page/embedded";

export type VegaModule = typeof VegaBundle;

let loading: Promise<VegaModule> | null = null;

export function loadVega(): Promise<VegaModule> {
  if (!loading) {
    loading = vegaUrl()
      .then((url) => import(/* @vite-ignore */ url) as Promise<VegaModule>)
      .catch((err) => {
        loading = null; // let a later chart try again
        throw err;
      });
  }
  return loading;
}

/** Next to the page; in a single-file build, a Blob URL of the embedded chunk (if the build included it). */
async function vegaUrl(): Promise<string> {
  if (!isEmbedded()) return new URL("wasmlit-vega.js", document.baseURI).href;
  const el = embeddedElement("wasmlit-vega.js");
  if (!el) {
    throw new Error(
      "charts are not included in this single-file build (the build found no chart call in the app); build it without --single-file",
    );
  }
  const bytes = await decodeEmbedded(el);
  return URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
}
