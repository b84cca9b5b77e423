// st.expander: {label, expanded, icon, type, width, id}. The user's open/closed choice
// survives reruns; a change of `expanded` from the script is applied. With an `id` (on_change
// is not "ignore") every toggle is sent, so Python's `.open` and session state follow it.
import { useEffect, useRef } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { Children } from "../Slot";
import { InlineMd } from "../shared";
import type { BlockProps } from ".";

export function Expander({ slot, props }: BlockProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const expanded = !!props.expanded;
  const last = useRef<boolean | null>(null);
  useEffect(() => {
    if (ref.current && last.current !== expanded) {
      ref.current.open = expanded;
      last.current = expanded;
    }
  }, [expanded]);
  const id: string | null = typeof props.id === "string" ? props.id : null;
  const onToggle = () => {
    const open = !!ref.current?.open;
    // Only the user's toggles: applying `expanded` from a delta also fires "toggle".
    if (id === null || open === last.current) return;
    last.current = open;
    sendWidget(id, open);
  };
  const width = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <details ref={ref} class={`stExpander wl-expander wl-expander-${props.type ?? "default"}`} data-testid="stExpander" style={width} onToggle={onToggle}>
      <summary>
        <svg class="wl-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        {props.icon && !String(props.icon).startsWith(":material/") && <span class="wl-icon">{props.icon}</span>}
        <InlineMd body={props.label ?? ""} />
      </summary>
      <div class="wl-expander-details" data-testid="stExpanderDetails">
        <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
          <Children slot={slot} />
        </div>
      </div>
    </details>
  );
}
