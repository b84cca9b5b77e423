// st.link_button: {label, url, help, kind, icon, disabled, use_container_width, on_click}
// An anchor that opens `url` in a new tab (rel="noopener noreferrer"); with on_click "rerun"
// a click also sends true (the widget id is then set).
import { sendWidget } from "../../page/bridge";
import { Help, InlineMd } from "../shared";
import { OptionIcon } from "./button_group";
import type { ElementProps } from ".";

export function LinkButton({ id, props }: ElementProps) {
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? (props.kind as string) : "secondary";
  const disabled = !!props.disabled;
  return (
    <div class={`stLinkButton wl-button-row${props.use_container_width ? " wl-full" : ""}`} data-testid="stLinkButton">
      <a
        class={`wl-button wl-button-${kind} wl-link-button${disabled ? " wl-link-disabled" : ""}`}
        data-testid={`stBaseLinkButton-${kind}`}
        href={disabled ? undefined : String(props.url ?? "")}
        target="_blank"
        rel="noopener noreferrer"
        aria-disabled={disabled || undefined}
        title={props.help || undefined}
        onClick={(e) => {
          if (disabled) {
            e.preventDefault();
            return;
          }
          if (props.on_click === "rerun") sendWidget(id, true);
        }}
      >
        <OptionIcon icon={props.icon ?? null} />
        <InlineMd body={String(props.label ?? "")} />
      </a>
      <Help text={props.help} />
    </div>
  );
}
