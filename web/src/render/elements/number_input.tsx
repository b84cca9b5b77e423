// st.number_input: {label, value, min, max, step, format, is_int, placeholder, help, disabled, label_visibility}
// Typing commits on Enter or blur; the −/+ buttons commit at once.
import { useRef } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { submitOnEnter } from "../forms";
import { formatNumber, useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function clampStep(value: number, min: unknown, max: unknown): number {
  let v = value;
  if (typeof min === "number" && v < min) v = min;
  if (typeof max === "number" && v > max) v = max;
  return v;
}

export function NumberInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const isInt = !!props.is_int;
  const server: number | null = typeof props.value === "number" ? props.value : null;
  const show = (n: number | null) => (n === null ? "" : formatNumber(n, props.format, isInt));
  const v = useSynced<string>(show(server));
  const last = useRef<{ server: number | null; sent: number | null | undefined }>({ server, sent: undefined });
  if (last.current.server !== server) last.current = { server, sent: undefined };
  const step = typeof props.step === "number" && props.step > 0 ? props.step : isInt ? 1 : 0.01;

  const send = (n: number | null) => {
    if (disabled) return;
    const baseline = last.current.sent !== undefined ? last.current.sent : server;
    if (n === baseline) return;
    last.current.sent = n;
    v.sent(show(n));
    sendWidget(id, n);
  };
  const commitText = () => {
    const raw = v.value.trim();
    if (raw === "") {
      if (props.placeholder !== undefined || server === null) send(null);
      else v.set(show(server));
      return;
    }
    let n = Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(n)) {
      v.set(show(server)); // not a number: back to the last good value
      return;
    }
    if (isInt) n = Math.round(n);
    n = clampStep(n, props.min, props.max);
    v.set(show(n));
    send(n);
  };
  const bump = (dir: 1 | -1) => {
    const cur = Number(v.value.replace(/,/g, ""));
    const base = Number.isFinite(cur) && v.value.trim() !== "" ? cur : server ?? (typeof props.min === "number" ? props.min : 0);
    let n = clampStep(base + dir * step, props.min, props.max);
    n = isInt ? Math.round(n) : Number(n.toFixed(10));
    v.set(show(n));
    send(n);
  };
  const atMin = typeof props.min === "number" && server !== null && server <= props.min;
  const atMax = typeof props.max === "number" && server !== null && server >= props.max;
  return (
    <div class={`stNumberInput wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stNumberInput">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-input-wrap wl-number">
        <input
          id={domId}
          class="wl-input"
          type="number"
          step="any"
          min={typeof props.min === "number" ? props.min : undefined}
          max={typeof props.max === "number" ? props.max : undefined}
          value={v.value}
          placeholder={props.placeholder ?? undefined}
          disabled={disabled}
          autocomplete="off"
          onInput={(e) => v.set((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commitText();
              submitOnEnter(id); // in an st.form with enter_to_submit
            }
            else if (e.key === "ArrowUp") {
              e.preventDefault();
              bump(1);
            } else if (e.key === "ArrowDown") {
              e.preventDefault();
              bump(-1);
            }
          }}
          onBlur={commitText}
        />
        <button type="button" class="wl-step" data-testid="stNumberInputStepDown" aria-label="Decrement" tabIndex={-1} disabled={disabled || atMin} onClick={() => bump(-1)}>
          −
        </button>
        <button type="button" class="wl-step" data-testid="stNumberInputStepUp" aria-label="Increment" tabIndex={-1} disabled={disabled || atMax} onClick={() => bump(1)}>
          +
        </button>
      </div>
    </div>
  );
}
