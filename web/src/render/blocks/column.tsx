// One column of st.columns: {weight}.
import { Children } from "../Slot";
import type { BlockProps } from ".";

export function Column({ slot, props }: BlockProps) {
  const w = typeof props.weight === "number" && props.weight > 0 ? props.weight : 1;
  return (
    <div class="stColumn wl-column" data-testid="stColumn" style={{ flex: `${w} 1 0%` }}>
      <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
        <Children slot={slot} />
      </div>
    </div>
  );
}
