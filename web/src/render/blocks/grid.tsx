// st.grid: {columns: n | null (auto), min_column_width, wrap, row_gap, column_gap,
// vertical_alignment, border, row_height, width, height, dense}. Each child slot is a cell.
import { Children } from "../Slot";
import type { BlockProps } from ".";

const ALIGN: Record<string, string> = { top: "start", center: "center", bottom: "end" };

export function Grid({ slot, props }: BlockProps) {
  const min = typeof props.min_column_width === "number" ? `${props.min_column_width}px` : "12rem";
  const count = typeof props.columns === "number" ? props.columns : null;
  // wrap: tracks never get narrower than min_column_width (fewer columns fit on a narrow page).
  const track = count === null ? `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`
    : props.wrap === false ? `repeat(${count}, minmax(0, 1fr))`
    : `repeat(auto-fit, minmax(max(${typeof props.min_column_width === "number" ? min : "0px"}, calc((100% - ${count - 1} * ${props.column_gap ?? "1rem"}) / ${count})), 1fr))`;
  const style: Record<string, string> = {
    display: "grid",
    gridTemplateColumns: track,
    rowGap: String(props.row_gap ?? "1rem"),
    columnGap: String(props.column_gap ?? "1rem"),
    alignItems: ALIGN[String(props.vertical_alignment)] ?? "start",
  };
  if (typeof props.row_height === "number") style.gridAutoRows = `${props.row_height}px`;
  if (props.dense) style.gridAutoFlow = "row dense";
  if (typeof props.width === "number") style.width = `${props.width}px`;
  if (typeof props.height === "number") Object.assign(style, { height: `${props.height}px`, overflowY: "auto" });
  return (
    <div class={`stGrid wl-grid${props.border ? " wl-grid-border" : ""}`} data-testid="stGrid" style={style}>
      <Children slot={slot} />
    </div>
  );
}
