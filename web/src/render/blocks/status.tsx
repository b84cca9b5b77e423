// st.status: {label, expanded, state: running|complete|error, icon, type, width}
// An expander whose icon shows the task's state. .update() re-sends the block, so the
// label/icon change in place and the children stay; the user's open/closed choice survives
// reruns, a change of `expanded` from the script is applied (as st.expander).
import { useEffect, useRef } from "preact/hooks";
import { Children } from "../Slot";
import { InlineMd } from "../shared";
import type { BlockProps } from ".";

function StateIcon({ state }: { state: string }) {
  if (state === "complete") {
    return (
      <svg class="wl-status-state wl-status-complete" data-testid="stExpanderIconCheck" viewBox="0 0 24 24" width="18" height="18" aria-label="complete">
        <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
    );
  }
  if (state === "error") {
    return (
      <svg class="wl-status-state wl-status-error" data-testid="stExpanderIconError" viewBox="0 0 24 24" width="18" height="18" aria-label="error">
        <circle cx="12" cy="12" r="9" fill="currentColor" />
        <path d="M12 7v6" stroke="#fff" stroke-width="2.2" stroke-linecap="round" />
        <circle cx="12" cy="16.5" r="1.3" fill="#fff" />
      </svg>
    );
  }
  return <span class="wl-spinner-icon wl-status-state" data-testid="stExpanderIconSpinner" role="img" aria-label="running" />;
}

export function Status({ slot, props }: BlockProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const expanded = !!props.expanded;
  const last = useRef<boolean | null>(null);
  useEffect(() => {
    if (ref.current && last.current !== expanded) {
      ref.current.open = expanded;
      last.current = expanded;
    }
  }, [expanded]);
  const state = String(props.state ?? "running");
  const width = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  return (
    <details ref={ref} class={`stExpander stStatus wl-expander wl-status-box wl-status-is-${state}`} data-testid="stExpander" data-state={state} style={width}>
      <summary>
        <StateIcon state={state} />
        <InlineMd body={String(props.label ?? "")} class="wl-status-label" />
        <svg class="wl-chevron wl-status-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </summary>
      <div class="wl-expander-details" data-testid="stExpanderDetails">
        <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
          <Children slot={slot} />
        </div>
      </div>
    </details>
  );
}
