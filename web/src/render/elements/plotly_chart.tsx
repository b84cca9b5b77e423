// st.plotly_chart: {spec (figure JSON text), config (JSON text), theme, width, height, alt, selection_mode}.
//
// Drawn by plotly.js from the lazily loaded chunk (plotly_loader.ts). Plotly.react updates the
// same plot in place across reruns. With selection modes the chart is a widget: a selection
// (click, box, lasso) or a deselect is sent as Streamlit's JSON selection state.
// Test hook: the stPlotlyChart div has `wlPlotly = {renders}` and data-renders.

import { useEffect, useRef, useState } from "preact/hooks";
import type { ElementProps } from ".";
import { sendWidget } from "../../page/bridge";
import { STREAMLIT_TEMPLATE } from "../../plotly/theme";
import { loadPlotly } from "./plotly_loader";
import { EMPTY_SELECTION, interaction, selectionFromEvent } from "./plotly_selection";

type Host = HTMLDivElement & { wlPlotly?: { renders: number }; on?: (ev: string, f: (e: any) => void) => void };

function parse(text: unknown, what: string): Record<string, any> {
  try {
    const v = JSON.parse(String(text ?? "{}"));
    return v && typeof v === "object" ? v : {};
  } catch {
    throw new Error(`The Plotly ${what} is not valid JSON.`);
  }
}

function figureOf(props: Record<string, unknown>) {
  const fig = parse(props.spec, "figure");
  const layout: Record<string, any> = { ...(fig.layout ?? {}) };
  if (props.theme === "streamlit") layout.template = STREAMLIT_TEMPLATE;
  const stretch = props.width === "stretch";
  if (typeof props.width === "number") layout.width = props.width;
  else if (stretch) delete layout.width;
  if (typeof props.height === "number") layout.height = props.height;
  Object.assign(layout, interaction((props.selection_mode as string[]) ?? []));
  const config = { displaylogo: false, ...parse(props.config, "config"), ...(stretch ? { responsive: true } : {}) };
  return { data: Array.isArray(fig.data) ? fig.data : [], layout, config, frames: fig.frames };
}

export function PlotlyChart({ id, props }: ElementProps) {
  const host = useRef<Host>(null);
  const state = useRef({ renders: 0, bound: false, seq: 0, sent: "" });
  const [error, setError] = useState<string | null>(null);
  const modes = (props.selection_mode as string[]) ?? [];

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const seq = ++state.current.seq;
    let fig: ReturnType<typeof figureOf>;
    try {
      fig = figureOf(props);
    } catch (e) {
      setError(String((e as Error).message));
      return;
    }
    loadPlotly()
      .then(async (Plotly) => {
        if (seq !== state.current.seq) return;
        await Plotly.react(el, fig.data, fig.layout, fig.config);
        const s = state.current;
        s.renders += 1;
        el.wlPlotly = { renders: s.renders };
        el.dataset.renders = String(s.renders);
        if (id && modes.length && !s.bound && el.on) {
          s.bound = true;
          const send = (sel: unknown) => {
            const text = JSON.stringify({ selection: sel });
            if (text === s.sent) return;
            s.sent = text;
            sendWidget(id, text);
          };
          el.on("plotly_selected", (ev: any) => ev && send(selectionFromEvent(ev, modes)));
          el.on("plotly_deselect", () => send(EMPTY_SELECTION));
        }
        setError(null);
      })
      .catch((e) => {
        if (seq === state.current.seq) setError(`The Plotly chart could not be drawn: ${String((e as Error)?.message ?? e)}`);
      });
  }, [props, id]);

  useEffect(
    () => () => {
      state.current.seq++;
      const el = host.current;
      if (el) void loadPlotly().then((P) => P.purge(el)).catch(() => {});
    },
    [],
  );

  const style = typeof props.width === "number" ? { maxWidth: "100%", width: `${props.width}px` } : { width: "100%" };
  return (
    <div class="stPlotlyChart wl-plotly-wrap" style={style}>
      <div ref={host} class="wl-plotly" data-testid="stPlotlyChart" aria-label={(props.alt as string) || undefined}
        style={{ minHeight: `${typeof props.height === "number" ? props.height : 450}px` }} />
      {error && (
        <div class="wl-alert wl-alert-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
