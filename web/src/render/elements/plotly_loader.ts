// Loads dist/wasmlit-plotly.js (plotly.js, ~4.7 MB, ~1.4 MB gzip) on the first Plotly chart only:
// an ESM file next to the page, imported at run time, so apps without Plotly never fetch it.
import { decodeEmbedded, embeddedElement, isEmbedded } from "../../page/embedded";

export const PLOTLY_CHUNK = "wasmlit-plotly.js";

/** The slice of the plotly.js API the renderer uses. */
export interface PlotlyApi {
  react(el: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<unknown>;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): void };
}

let loading: Promise<PlotlyApi> | null = null;

export function loadPlotly(): Promise<PlotlyApi> {
  if (!loading) {
    loading = chunkUrl()
      .then((url) => import(/* @vite-ignore */ url) as Promise<{ Plotly: PlotlyApi }>)
      .then((m) => m.Plotly)
      .catch((err) => {
        loading = null; // a later chart may try again
        throw err;
      });
  }
  return loading;
}

async function chunkUrl(): Promise<string> {
  if (!isEmbedded()) return new URL(PLOTLY_CHUNK, document.baseURI).href;
  const el = embeddedElement(PLOTLY_CHUNK);
  if (!el) {
    throw new Error(
      "Plotly is not included in this single-file build (the build found no plotly use in the app); build it without --single-file",
    );
  }
  const bytes = await decodeEmbedded(el);
  return URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
}
