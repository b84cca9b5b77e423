// st.container(border=, height=) and the root of main / sidebar.
import { Children } from "../Slot";
import type { BlockProps } from ".";

export function Vertical({ slot, props }: BlockProps) {
  const inner = (
    <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
      <Children slot={slot} />
    </div>
  );
  const height = typeof props.height === "number" && props.height > 0 ? props.height : null;
  if (!props.border && !height) return inner;
  return (
    <div
      class={`wl-vblock-wrapper${props.border || height ? " wl-bordered" : ""}`}
      data-testid="stVerticalBlockBorderWrapper"
      style={height ? { height: `${height}px`, overflowY: "auto" } : undefined}
    >
      {inner}
    </div>
  );
}
