// st.error / warning / info / success: {kind, body, icon}
import { markdown } from "../md";
import type { ElementProps } from ".";

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
    <div class={`stAlert wl-alert wl-alert-${kind}`} data-testid="stAlert" role="alert">
      <div class="wl-alert-inner" data-testid={TESTIDS[kind]}>
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <div class="wl-md" data-testid="stMarkdownContainer" dangerouslySetInnerHTML={{ __html: markdown().render(String(props.body ?? "")) }} />
      </div>
    </div>
  );
}
