// Every chart: st.line/area/bar/scatter_chart, st.altair_chart, st.vega_lite_chart.
// {spec (JSON text), datasets: [{name, data | values}], use_container_width, theme, builtin}
//
// Rendered with vega-embed from the lazily loaded vega bundle. Across reruns the slot keeps
// its view: same spec and same dataset names (content hashes) → nothing happens; new data
// under the same spec → the view's data is swapped in place; a new spec → a new view is
// rendered hidden beside the old one and replaces it when drawn (no blank frame).
// Test hook: the stVegaLiteChart div has `wlChart = {view, renders}` and data-renders.

import { useEffect, useRef, useState } from "preact/hooks";
import type { ElementProps } from ".";
import type { Props } from "../shared";
import { loadVega } from "./vega_loader";
import { dataKey, prepareSpec, rowsOf, specKey } from "./vega_spec";

interface ChartState {
  spec: string | null;
  data: string | null;
  view: any;
  seq: number;
  renders: number;
}

/** Performance marks of the first chart of the page (bench/chart_bench.py reads them). */
const marked = new Set<string>();
function markOnce(name: string): void {
  if (marked.has(name) || typeof performance === "undefined" || !performance.mark) return;
  marked.add(name);
  performance.mark(`wasmlit:${name}`);
}

type Host = HTMLDivElement & { wlChart?: { view: any; renders: number } };

/** Space kept for a chart that is still loading, so the page does not jump when it appears. */
function reservedHeight(props: Props): number {
  try {
    const h = JSON.parse(String(props.spec ?? "{}")).height;
    if (typeof h === "number" && h > 0) return h;
  } catch {
    /* shown by embed */
  }
  return props.builtin ? 350 : 0;
}

export function VegaLiteChart({ props }: ElementProps) {
  const host = useRef<Host>(null);
  const st = useRef<ChartState>({ spec: null, data: null, view: null, seq: 0, renders: 0 });
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const s = st.current;
    const sKey = specKey(props);
    const dKey = dataKey(props);
    if (s.spec === sKey && s.data === dKey) return;
    const seq = ++s.seq;

    if (s.spec === sKey && s.view) {
      // Same spec, new data: swap the datasets' values in the live view.
      const view = s.view;
      s.data = dKey;
      const rows = rowsOf(props);
      for (const [name, values] of Object.entries(rows)) view.data(name, values);
      view.runAsync().catch((e: unknown) => setError(String(e)));
      return;
    }

    s.spec = sKey;
    s.data = dKey;
    markOnce("chart-start");
    loadVega()
      .then(async (vega) => {
        markOnce("vega-loaded");
        if (seq !== s.seq) return;
        const spec = prepareSpec(props, rowsOf(props));
        const holder = document.createElement("div");
        holder.className = "wl-chart-view";
        const old = el.querySelector(":scope > .wl-chart-view:not(.wl-chart-pending)");
        if (old) holder.classList.add("wl-chart-pending"); // drawn hidden, on top of the old view
        el.appendChild(holder);
        try {
          const result = await vega.embed(holder, spec as any, {
            actions: false,
            renderer: "canvas",
            config: props.theme === "streamlit" ? (vega.STREAMLIT_THEME as any) : undefined,
          });
          if (seq !== s.seq) {
            result.finalize();
            holder.remove();
            return;
          }
          if (s.view) s.view.finalize();
          for (const child of Array.from(el.children)) if (child !== holder) child.remove();
          holder.classList.remove("wl-chart-pending");
          s.view = result.view;
          s.renders += 1;
          markOnce("chart-drawn");
          el.wlChart = { view: result.view, renders: s.renders };
          el.dataset.renders = String(s.renders);
          setError(null);
          setDrawn(true);
        } catch (e) {
          holder.remove();
          if (seq === s.seq) {
            s.spec = null; // retry on the next delta
            setError(String((e as Error)?.message ?? e));
          }
        }
      })
      .catch((e) => {
        if (seq === s.seq) {
          s.spec = null;
          setError(`The chart library could not be loaded: ${String((e as Error)?.message ?? e)}`);
        }
      });
  }, [props]);

  useEffect(
    () => () => {
      st.current.seq++;
      st.current.view?.finalize();
    },
    [],
  );

  return (
    <div class="stVegaLiteChart wl-chart-wrap">
      <div
        ref={host}
        class="wl-chart"
        data-testid="stVegaLiteChart"
        style={!drawn ? { minHeight: `${reservedHeight(props)}px` } : undefined}
      />
      {error && (
        <div class="wl-alert wl-alert-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
