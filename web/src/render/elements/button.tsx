// st.button: {label, help, kind: primary|secondary|tertiary, disabled, use_container_width, icon}
import { sendWidget } from "../../page/bridge";
import { Help, InlineMd } from "../shared";
import type { ElementProps } from ".";

export function Button({ id, props }: ElementProps) {
  return <ButtonShell props={props} cls="stButton" testid="stButton" onPress={() => sendWidget(id, true)} />;
}

/** The button of every button-like element (button, download_button, form_submit_button):
 * kind, icon, label and help from its props; `onPress` runs on a click unless it is disabled. */
export function ButtonShell({ props, cls, testid, kindSuffix = "", onPress }: {
  props: ElementProps["props"];
  cls: string;
  testid: string;
  kindSuffix?: string;
  onPress(): void;
}) {
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? (props.kind as string) : "secondary";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div class={`${cls} wl-button-row${props.use_container_width ? " wl-full" : ""}`} data-testid={testid}>
      <button
        type="button"
        class={`wl-button wl-button-${kind}`}
        data-testid={`stBaseButton-${kind}${kindSuffix}`}
        disabled={!!props.disabled}
        title={props.help || undefined}
        onClick={() => !props.disabled && onPress()}
      >
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <InlineMd body={String(props.label ?? "")} />
      </button>
      <Help text={props.help} />
    </div>
  );
}
