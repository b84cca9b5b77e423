// st.metric: {label, value, delta, delta_color: normal|inverse|off, help, label_visibility, border,
// icon, width, height, chart_data: number[]|null, chart_type: line|bar|area} (chart_data → sparkline)
import { Help, InlineMd } from "../shared";
import type { ElementProps } from ".";
import { heightStyle, widthStyle } from "./size";

export function deltaDirection(delta: unknown): "up" | "down" | null {
  if (delta === null || delta === undefined || delta === "") return null;
  if (typeof delta === "number") return delta < 0 ? "down" : "up";
  return String(delta).trim().startsWith("-") ? "down" : "up";
}

export function deltaTone(dir: "up" | "down", color: string): "good" | "bad" | "off" {
  if (color === "off") return "off";
  const good = dir === "up";
  return (color === "inverse" ? !good : good) ? "good" : "bad";
}

/** The sparkline's SVG path(s) in a 100×30 box. */
export function sparkPaths(values: number[], type: string): { line: string; area: string | null; bars: number[][] } {
  const n = values.length;
  const min = Math.min(...values, type === "bar" ? 0 : Infinity);
  const max = Math.max(...values);
  const span = max - min || 1;
  const y = (v: number) => 30 - ((v - min) / span) * 28 - 1;
  const x = (i: number) => (n <= 1 ? 50 : (i / (n - 1)) * 100);
  if (type === "bar") {
    const w = 100 / Math.max(n, 1);
    return { line: "", area: null, bars: values.map((v, i) => [i * w + w * 0.1, y(v), w * 0.8, 30 - y(v)]) };
  }
  const line = values.map((v, i) => `${i ? "L" : "M"}${x(i).toFixed(2)},${y(v).toFixed(2)}`).join("");
  return { line, area: type === "area" ? `${line}L${x(n - 1).toFixed(2)},30L${x(0).toFixed(2)},30Z` : null, bars: [] };
}

function Sparkline({ values, type, tone }: { values: number[]; type: string; tone: string }) {
  if (!values.length) return null;
  const { line, area, bars } = sparkPaths(values, type);
  return (
    <svg class={`wl-metric-chart wl-tone-${tone}`} data-testid="stMetricChart" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {area && <path d={area} fill="currentColor" fill-opacity="0.15" stroke="none" />}
      {line && <path d={line} fill="none" stroke="currentColor" stroke-width="1.5" vector-effect="non-scaling-stroke" />}
      {bars.map(([bx, by, bw, bh], i) => <rect key={i} x={bx} y={by} width={bw} height={bh} fill="currentColor" />)}
    </svg>
  );
}

export function Metric({ props }: ElementProps) {
  const dir = deltaDirection(props.delta);
  const tone = dir ? deltaTone(dir, String(props.delta_color ?? "normal")) : "off";
  const vis = props.label_visibility ?? "visible";
  return (
    <div
      class={`stMetric wl-metric${props.border ? " wl-bordered" : ""}`}
      data-testid="stMetric"
      style={{ ...widthStyle(props.width), ...heightStyle(props.height) }}
    >
      <div class={`wl-metric-label wl-label-${vis}`} data-testid="stMetricLabel">
        {props.icon && !String(props.icon).startsWith(":material/") && (
          <span class="wl-icon" data-testid="stMetricIcon" aria-hidden="true">{String(props.icon)}</span>
        )}
        <InlineMd body={String(props.label ?? "")} />
        {vis === "visible" && <Help text={props.help} />}
      </div>
      <div class="wl-metric-value" data-testid="stMetricValue">
        {props.value === null || props.value === undefined ? "—" : String(props.value)}
      </div>
      {dir && (
        <div class={`wl-metric-delta wl-tone-${tone}`} data-testid="stMetricDelta">
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" data-testid={dir === "up" ? "stMetricDeltaIcon-Up" : "stMetricDeltaIcon-Down"}>
            <path d={dir === "up" ? "M12 19V5M5 12l7-7 7 7" : "M12 5v14M5 12l7 7 7-7"} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
          <span>{String(props.delta).replace(/^\s*[-+]\s*/, "")}</span>
        </div>
      )}
      {Array.isArray(props.chart_data) && (
        <Sparkline values={props.chart_data as number[]} type={String(props.chart_type ?? "line")} tone={dir ? tone : "off"} />
      )}
    </div>
  );
}
