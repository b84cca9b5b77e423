// st.progress: {value: 0..100, text}
import { InlineMd } from "../shared";
import type { ElementProps } from ".";

export function Progress({ props }: ElementProps) {
  const v = Math.min(100, Math.max(0, Number(props.value) || 0));
  return (
    <div class="stProgress wl-progress" data-testid="stProgress">
      {props.text && <InlineMd tag="div" class="wl-progress-text" body={String(props.text)} />}
      <div class="wl-progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={v} aria-label={props.text ? String(props.text) : "Progress"}>
        <div class="wl-progress-bar" style={{ width: `${v}%` }} />
      </div>
    </div>
  );
}
