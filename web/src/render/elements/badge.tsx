// st.badge: {label, icon, color, help, width}. A small coloured pill (Streamlit's
// ":color-badge[...]" markdown directive); material icons need a font we do not ship.
import { Help, InlineMd } from "../shared";
import type { ElementProps } from ".";

const COLORS = ["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"];

export function Badge({ props }: ElementProps) {
  const color = COLORS.includes(String(props.color)) ? String(props.color) : "blue";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div class="stMarkdown wl-markdown" data-testid="stMarkdown">
      <span class={`stBadge wl-badge wl-badge-${color}`} data-testid="stMarkdownBadge">
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <InlineMd body={String(props.label ?? "")} />
      </span>
      <Help text={props.help} />
    </div>
  );
}
