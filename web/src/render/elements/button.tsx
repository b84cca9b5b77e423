// st.button: {label, help, kind: primary|secondary|tertiary, disabled, use_container_width, icon}
import { sendWidget } from "../../page/bridge";
import { Help, InlineMd } from "../shared";
import type { ElementProps } from ".";

export function Button({ id, props }: ElementProps) {
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? (props.kind as string) : "secondary";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div class={`stButton wl-button-row${props.use_container_width ? " wl-full" : ""}`} data-testid="stButton">
      <button
        type="button"
        class={`wl-button wl-button-${kind}`}
        data-testid={`stBaseButton-${kind}`}
        disabled={!!props.disabled}
        title={props.help || undefined}
        onClick={() => !props.disabled && sendWidget(id, true)}
      >
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <InlineMd body={String(props.label ?? "")} />
      </button>
      <Help text={props.help} />
    </div>
  );
}
