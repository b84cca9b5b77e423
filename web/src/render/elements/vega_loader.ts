// Loads dist/wasmlit-vega.js (vega + vega-lite + vega-embed, ~1 MB) on the first chart only:
// an ESM file next to the page, imported at run time, so apps without charts never fetch it.
import type * as VegaBundle from "../../vega/entry";

export type VegaModule = typeof VegaBundle;

let loading: Promise<VegaModule> | null = null;

export function loadVega(): Promise<VegaModule> {
  if (!loading) {
    const url = new URL("wasmlit-vega.js", document.baseURI).href;
    loading = (import(/* @vite-ignore */ url) as Promise<VegaModule>).catch((err) => {
      loading = null; // let a later chart try again
      throw err;
    });
  }
  return loading;
}
