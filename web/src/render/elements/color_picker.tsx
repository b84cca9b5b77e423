// st.color_picker: {label, value: "#RRGGBB"|"#RGB", help, disabled, label_visibility}
// Sends when the native picker commits (change), previews while dragging (input).
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

/** <input type=color> only takes #rrggbb. */
export function fullHex(value: string): string {
  const v = String(value ?? "").trim();
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`.toLowerCase();
  return /^#[0-9a-fA-F]{6}$/.test(v) ? v.toLowerCase() : "#000000";
}

export function ColorPicker({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const v = useSynced<string>(String(props.value ?? "#000000"));
  return (
    <div class={`stColorPicker wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stColorPicker">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-color-row" data-testid="stColorPickerBlock">
        <input
          id={domId}
          type="color"
          class="wl-color"
          value={fullHex(v.value)}
          disabled={disabled}
          onInput={(e) => v.set((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            v.set(value);
            v.sent(value);
            sendWidget(id, value);
          }}
        />
        <span class="wl-color-hex">{v.value}</span>
      </div>
    </div>
  );
}
