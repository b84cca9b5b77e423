// st.expander: {label, expanded, icon}. The user's open/closed choice survives
// reruns; a change of `expanded` from the script is applied.
import { useEffect, useRef } from "preact/hooks";
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
  return (
    <details ref={ref} class="stExpander wl-expander" data-testid="stExpander">
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
