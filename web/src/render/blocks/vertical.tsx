// st.container and the root of main / sidebar: {border, height, width, stretch_height,
// horizontal, wrap, horizontal_alignment, vertical_alignment, gap}. A horizontal container
// lays its children out in a row (wrapping unless wrap=False).
import { Children } from "../Slot";
import type { BlockProps } from ".";

const MAIN_AXIS: Record<string, string> = {
  left: "flex-start", center: "center", right: "flex-end", distribute: "space-between",
  top: "flex-start", bottom: "flex-end",
};
const CROSS_AXIS: Record<string, string> = {
  left: "flex-start", center: "center", right: "flex-end", distribute: "stretch",
  top: "flex-start", bottom: "flex-end",
};

function flexStyle(props: BlockProps["props"]): Record<string, string> | undefined {
  const h = String(props.horizontal_alignment ?? "left");
  const v = String(props.vertical_alignment ?? "top");
  const style: Record<string, string> = {};
  if (typeof props.gap === "string") style.gap = props.gap;
  if (props.horizontal) {
    style.flexDirection = "row";
    style.flexWrap = props.wrap === false ? "nowrap" : "wrap";
    style.justifyContent = MAIN_AXIS[h];
    style.alignItems = CROSS_AXIS[v];
  } else if (props.horizontal_alignment !== undefined) {
    style.justifyContent = MAIN_AXIS[v];
    if (h !== "left") style.alignItems = CROSS_AXIS[h];
  }
  return Object.keys(style).length ? style : undefined;
}

export function Vertical({ slot, props }: BlockProps) {
  const horizontal = !!props.horizontal;
  const inner = (
    <div
      class={`${horizontal ? "stHorizontalBlock wl-hblock wl-hcontainer" : "stVerticalBlock wl-vblock"}`}
      data-testid={horizontal ? "stHorizontalBlock" : "stVerticalBlock"}
      style={flexStyle(props)}
    >
      <Children slot={slot} />
    </div>
  );
  const height = typeof props.height === "number" && props.height > 0 ? props.height : null;
  const width = typeof props.width === "number" && props.width > 0 ? `${props.width}px` : props.width === "content" ? "fit-content" : null;
  if (!props.border && !height && !width) return inner;
  const style: Record<string, string> = {};
  if (height) Object.assign(style, { height: `${height}px`, overflowY: "auto" });
  if (width) Object.assign(style, { width, maxWidth: "100%" });
  return (
    <div
      class={`wl-vblock-wrapper${props.border ? " wl-bordered" : ""}`}
      data-testid="stVerticalBlockBorderWrapper"
      style={style}
    >
      {inner}
    </div>
  );
}
