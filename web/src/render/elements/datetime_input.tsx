// st.datetime_input: {label, value: "YYYY-MM-DDTHH:MM"|null, min, max, step (seconds), format, required,
// help, disabled, label_visibility}. A native datetime-local field; a change sends its value
// (null when emptied). `format` (the date order) is left to the browser's locale here.
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function DateTimeInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const v = useSynced<string | null>(props.value ?? null);
  const step = typeof props.step === "number" ? props.step : 900;
  return (
    <div class={`stDateTimeInput wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stDateTimeInput">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-input-wrap">
        <input
          id={domId}
          type="datetime-local"
          class="wl-input wl-datetime"
          data-testid="stDateTimeInputField"
          min={props.min ?? undefined}
          max={props.max ?? undefined}
          step={step}
          required={!!props.required}
          value={v.value ?? ""}
          disabled={disabled}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLInputElement).value;
            if (raw === "" && props.required) return;
            const value = raw === "" ? null : raw.slice(0, 16);
            v.set(value);
            v.sent(value);
            sendWidget(id, value);
          }}
        />
      </div>
    </div>
  );
}
