// st.spinner: {text, show_after_ms} — appears only after the delay (CSS animation-delay).
import { InlineMd } from "../shared";
import type { ElementProps } from ".";

export function Spinner({ props }: ElementProps) {
  const delay = Math.max(0, Number(props.show_after_ms) || 0);
  return (
    <div class="stSpinner wl-spinner" data-testid="stSpinner" role="status" style={{ animationDelay: `${delay}ms` }}>
      <span class="wl-spinner-icon" aria-hidden="true" />
      <InlineMd body={String(props.text ?? "")} />
    </div>
  );
}
