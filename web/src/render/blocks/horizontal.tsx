// A row: the one st.columns makes ({gap: small|medium|large, vertical_alignment}) and
// st.container(horizontal=True) ({gap: CSS length, horizontal_alignment, vertical_alignment,
// wrap, border, width, height}), laid out with flexbox.
import { Children } from "../Slot";
import type { BlockProps } from ".";
import { BoxWrapper } from "./vertical";

const GAPS: Record<string, string> = { small: "1rem", medium: "2rem", large: "4rem" };
const ALIGN: Record<string, string> = { top: "flex-start", center: "center", bottom: "flex-end", distribute: "stretch" };
const JUSTIFY: Record<string, string> = { left: "flex-start", center: "center", right: "flex-end", distribute: "space-between" };

export function Horizontal({ slot, props }: BlockProps) {
  const container = props.horizontal === true; // st.container(horizontal=True)
  const gap = GAPS[props.gap as string] ?? (typeof props.gap === "string" ? props.gap : GAPS.small);
  const style: Record<string, string> = { gap, alignItems: ALIGN[props.vertical_alignment as string] ?? "flex-start" };
  if (container) {
    style.justifyContent = JUSTIFY[props.horizontal_alignment as string] ?? "flex-start";
    style.flexWrap = props.wrap === false ? "nowrap" : "wrap";
  }
  const row = (
    <div class={`stHorizontalBlock wl-hblock${container ? " wl-hcontainer" : ""}`} data-testid="stHorizontalBlock" style={style}>
      <Children slot={slot} />
    </div>
  );
  return container ? <BoxWrapper props={props}>{row}</BoxWrapper> : row;
}
