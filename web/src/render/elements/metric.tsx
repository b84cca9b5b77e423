// st.metric: {label, value, delta, delta_color: normal|inverse|off, help, label_visibility, border}
import { Help, InlineMd } from "../shared";
import type { ElementProps } from ".";

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

export function Metric({ props }: ElementProps) {
  const dir = deltaDirection(props.delta);
  const tone = dir ? deltaTone(dir, String(props.delta_color ?? "normal")) : "off";
  const vis = props.label_visibility ?? "visible";
  return (
    <div class={`stMetric wl-metric${props.border ? " wl-bordered" : ""}`} data-testid="stMetric">
      <div class={`wl-metric-label wl-label-${vis}`} data-testid="stMetricLabel">
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
    </div>
  );
}
