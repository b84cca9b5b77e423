// st.selectbox: {label, options: str[], value: int|null, placeholder, help, disabled, label_visibility}
// A native <select>: accessible, light, keyboard friendly.
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function Selectbox({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const options: string[] = Array.isArray(props.options) ? props.options.map(String) : [];
  const server: number | null = typeof props.value === "number" ? props.value : null;
  const v = useSynced<number | null>(server);
  const placeholder = props.placeholder || (options.length ? "Choose an option" : "No options to select.");
  return (
    <div class={`stSelectbox wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stSelectbox">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-select-wrap">
        <select
          id={domId}
          class="wl-input wl-select"
          disabled={disabled || options.length === 0}
          value={v.value === null ? "" : String(v.value)}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLSelectElement).value;
            const idx = raw === "" ? null : Number(raw);
            v.set(idx);
            v.sent(idx);
            sendWidget(id, idx);
          }}
        >
          {v.value === null && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.map((o, i) => (
            <option key={i} value={String(i)}>
              {o}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
