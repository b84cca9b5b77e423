// st.error / warning / info / success: {kind, body, icon, title, width}
import { markdown } from "../md";
import type { ElementProps } from ".";
import { widthStyle } from "./size";

const TESTIDS: Record<string, string> = {
  error: "stAlertContentError",
  warning: "stAlertContentWarning",
  info: "stAlertContentInfo",
  success: "stAlertContentSuccess",
};

export function Alert({ props }: ElementProps) {
  const kind = TESTIDS[props.kind] ? (props.kind as string) : "info";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div class={`stAlert wl-alert wl-alert-${kind}`} data-testid="stAlert" role="alert" style={widthStyle(props.width)}>
      <div class="wl-alert-inner" data-testid={TESTIDS[kind]}>
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <div class="wl-alert-text">
          {props.title && <div class="wl-alert-title" data-testid="stAlertTitle" dangerouslySetInnerHTML={{ __html: markdown().renderInline(String(props.title)) }} />}
          <div class="wl-md" data-testid="stMarkdownContainer" dangerouslySetInnerHTML={{ __html: markdown().render(String(props.body ?? "")) }} />
        </div>
      </div>
    </div>
  );
}
