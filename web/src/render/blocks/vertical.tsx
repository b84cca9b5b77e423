// st.container and the root of main / sidebar: {border, height, width, stretch_height,
// horizontal_alignment, vertical_alignment, gap} (a horizontal container is a "horizontal" block).
import type { ComponentChildren } from "preact";
import { Children } from "../Slot";
import type { BlockProps } from ".";

const MAIN_AXIS: Record<string, string> = { top: "flex-start", center: "center", bottom: "flex-end", distribute: "space-between" };
const CROSS_AXIS: Record<string, string> = { center: "center", right: "flex-end", distribute: "stretch" };

/** The border / fixed height / width box of a container, when it has any of them. */
export function BoxWrapper({ props, children }: { props: BlockProps["props"]; children: ComponentChildren }) {
  const height = typeof props.height === "number" && props.height > 0 ? props.height : null;
  const width = typeof props.width === "number" && props.width > 0 ? `${props.width}px` : props.width === "content" ? "fit-content" : null;
  if (!props.border && !height && !width) return <>{children}</>;
  const style: Record<string, string> = {};
  if (height) Object.assign(style, { height: `${height}px`, overflowY: "auto" });
  if (width) Object.assign(style, { width, maxWidth: "100%" });
  return (
    <div class={`wl-vblock-wrapper${props.border ? " wl-bordered" : ""}`} data-testid="stVerticalBlockBorderWrapper" style={style}>
      {children}
    </div>
  );
}

export function Vertical({ slot, props }: BlockProps) {
  const style: Record<string, string> = {};
  if (typeof props.gap === "string") style.gap = props.gap;
  if (props.vertical_alignment && props.vertical_alignment !== "top") style.justifyContent = MAIN_AXIS[props.vertical_alignment];
  if (CROSS_AXIS[props.horizontal_alignment as string]) style.alignItems = CROSS_AXIS[props.horizontal_alignment as string];
  return (
    <BoxWrapper props={props}>
      <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock" style={Object.keys(style).length ? style : undefined}>
        <Children slot={slot} />
      </div>
    </BoxWrapper>
  );
}
