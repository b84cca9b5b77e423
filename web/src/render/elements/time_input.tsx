// st.time_input: {label, value: "HH:MM"|"HH:MM:SS"|null, step (seconds), help, disabled, label_visibility}
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function TimeInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const v = useSynced<string | null>(props.value ?? null);
  const step = typeof props.step === "number" ? props.step : 900;
  return (
    <div class={`stTimeInput wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stTimeInput">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-input-wrap">
        <input
          id={domId}
          type="time"
          class="wl-input wl-time"
          step={step % 60 === 0 ? undefined : step}
          value={v.value ?? ""}
          disabled={disabled}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLInputElement).value;
            const value = raw === "" ? null : raw;
            v.set(value);
            v.sent(value);
            sendWidget(id, value);
          }}
        />
      </div>
    </div>
  );
}
