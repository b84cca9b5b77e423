// st.slider: {label, value: number[], min, max, step, format, is_int, is_range, help, disabled, label_visibility}
// Native range inputs (one, or two for a range); the value is sent on release.
import { sendWidget } from "../../page/bridge";
import { formatNumber, useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export interface RangeViewProps {
  testid: string;
  id: string | null;
  props: Record<string, any>;
  server: number[];
  min: number;
  max: number;
  step: number;
  display(v: number): string;
}

/** Shared by slider and select_slider (which slides over option indices). */
export function RangeView({ testid, id, props, server, min, max, step, display }: RangeViewProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const range = !!props.is_range && server.length > 1;
  const v = useSynced<number[]>(server);
  const values = v.value;
  const pct = (x: number) => (max > min ? ((x - min) / (max - min)) * 100 : 0);
  const commit = () => {
    if (disabled) return;
    if (JSON.stringify(v.value) === JSON.stringify(server)) return;
    v.sent(v.value);
    sendWidget(id, v.value);
  };
  const onInput = (i: number) => (e: Event) => {
    const x = Number((e.currentTarget as HTMLInputElement).value);
    const next = [...values];
    next[i] = x;
    if (range) {
      // Thumbs cannot cross.
      if (i === 0 && next[0] > next[1]) next[0] = next[1];
      if (i === 1 && next[1] < next[0]) next[1] = next[0];
    }
    v.set(next);
  };
  const lo = range ? pct(values[0]) : 0;
  const hi = pct(range ? values[1] : values[0]);
  const label = String(props.label ?? "");
  return (
    <div class={`stSlider wl-slider${disabled ? " wl-disabled" : ""}${range ? " wl-range" : ""}`} data-testid={testid}>
      <WidgetLabel label={label} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-slider-body">
        <div class="wl-slider-values">
          {values.slice(0, range ? 2 : 1).map((x, i) => (
            <span class="wl-thumb-value" data-testid="stSliderThumbValue" key={i} style={{ left: `${pct(x)}%` }}>
              {display(x)}
            </span>
          ))}
        </div>
        <div class="wl-slider-track">
          <div class="wl-slider-fill" style={{ left: `${lo}%`, width: `${hi - lo}%` }} />
          {values.slice(0, range ? 2 : 1).map((x, i) => (
            <input
              key={i}
              id={i === 0 ? domId : undefined}
              aria-label={i === 0 ? undefined : `${label} (end)`}
              aria-valuetext={display(x)}
              type="range"
              min={min}
              max={max}
              step={step}
              value={x}
              disabled={disabled}
              onInput={onInput(i)}
              onChange={commit}
            />
          ))}
        </div>
        <div class="wl-slider-minmax" data-testid="stSliderTickBar">
          <span>{display(min)}</span>
          <span>{display(max)}</span>
        </div>
      </div>
    </div>
  );
}

export function Slider({ id, props }: ElementProps) {
  const server: number[] = Array.isArray(props.value) ? props.value.map(Number) : [Number(props.value) || 0];
  const min = Number(props.min ?? 0);
  const max = Number(props.max ?? 100);
  const step = Number(props.step) > 0 ? Number(props.step) : props.is_int ? 1 : 0.01;
  return (
    <RangeView
      testid="stSlider"
      id={id}
      props={props}
      server={server}
      min={min}
      max={max}
      step={step}
      display={(x) => formatNumber(x, props.format, !!props.is_int)}
    />
  );
}
