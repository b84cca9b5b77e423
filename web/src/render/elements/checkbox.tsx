// st.checkbox / st.toggle: {label, value, help, disabled, label_visibility, toggle}
import { sendWidget } from "../../page/bridge";
import { Help, InlineMd, useSynced } from "../shared";
import type { ElementProps } from ".";

export function Checkbox({ id, props }: ElementProps) {
  const v = useSynced<boolean>(!!props.value);
  const toggle = !!props.toggle;
  const vis = props.label_visibility ?? "visible";
  return (
    <div class={`stCheckbox wl-checkbox${toggle ? " wl-toggle" : ""}${props.disabled ? " wl-disabled" : ""}`} data-testid="stCheckbox">
      <label class="wl-check-label">
        <input
          type="checkbox"
          role={toggle ? "switch" : undefined}
          checked={v.value}
          disabled={!!props.disabled}
          onChange={(e) => {
            const checked = (e.currentTarget as HTMLInputElement).checked;
            v.set(checked);
            v.sent(checked);
            sendWidget(id, checked);
          }}
        />
        <span class="wl-check-box" aria-hidden="true" />
        <span class={`wl-check-text wl-label-${vis}`} data-testid="stWidgetLabel">
          <InlineMd body={String(props.label ?? "")} />
        </span>
      </label>
      {vis === "visible" && <Help text={props.help} />}
    </div>
  );
}
