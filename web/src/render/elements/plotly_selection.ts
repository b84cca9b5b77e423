// A plotly.js selection event → Streamlit 1.67's selection state
// {"selection": {points, point_indices, box, lasso}} (pure; web/test/plotly_selection.test.ts).

export interface PlotlySelection {
  points: Record<string, unknown>[];
  point_indices: number[];
  box: Record<string, unknown>[];
  lasso: Record<string, unknown>[];
}

const POINT_KEYS = ["x", "y", "z", "lat", "lon", "label", "value", "customdata", "hovertext", "legendgroup"];

function pointOf(p: any): Record<string, unknown> {
  const out: Record<string, unknown> = {
    curve_number: p.curveNumber,
    point_number: p.pointNumber,
    point_index: p.pointIndex ?? p.pointNumber,
  };
  for (const k of POINT_KEYS) {
    const v = k === "legendgroup" ? p.data?.legendgroup : p[k];
    if (v !== undefined && v !== null && v !== "") out[k] = v;
  }
  if (Array.isArray(p.pointNumbers)) out.point_numbers = p.pointNumbers; // histogram bins
  return out;
}

/** Selection boxes and lasso paths: plotly ≥ 2.13 lists them in `event.selections`. */
function shapesOf(ev: any): { box: Record<string, unknown>[]; lasso: Record<string, unknown>[] } {
  const box: Record<string, unknown>[] = [];
  const lasso: Record<string, unknown>[] = [];
  for (const s of ev?.selections ?? []) {
    if (s.type === "rect") {
      box.push({ type: "box", x: [s.x0, s.x1], y: [s.y0, s.y1], xref: s.xref ?? "x", yref: s.yref ?? "y" });
    } else if (s.type === "path" && typeof s.path === "string") {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const m of s.path.matchAll(/[ML]\s*([-\d.e+]+)\s*,\s*([-\d.e+]+)/gi)) {
        xs.push(Number(m[1]));
        ys.push(Number(m[2]));
      }
      lasso.push({ type: "lasso", x: xs, y: ys, xref: s.xref ?? "x", yref: s.yref ?? "y" });
    }
  }
  if (!box.length && ev?.range?.x && ev?.range?.y) box.push({ type: "box", x: ev.range.x, y: ev.range.y, xref: "x", yref: "y" });
  if (!lasso.length && ev?.lassoPoints?.x) lasso.push({ type: "lasso", x: ev.lassoPoints.x, y: ev.lassoPoints.y, xref: "x", yref: "y" });
  return { box, lasso };
}

export function selectionFromEvent(ev: any, modes: string[]): PlotlySelection {
  const points = (ev?.points ?? []).map(pointOf);
  const { box, lasso } = shapesOf(ev);
  return {
    points,
    point_indices: points.map((p: Record<string, unknown>) => p.point_index as number).filter((i: unknown) => typeof i === "number"),
    box: modes.includes("box") ? box : [],
    lasso: modes.includes("lasso") ? lasso : [],
  };
}

export const EMPTY_SELECTION: PlotlySelection = { points: [], point_indices: [], box: [], lasso: [] };

/** plotly.js drag mode and click mode for the allowed selection modes (Streamlit's choice). */
export function interaction(modes: string[]): { dragmode?: string; clickmode?: string } {
  if (!modes.length) return {};
  const dragmode = modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : undefined;
  return { ...(dragmode ? { dragmode } : {}), clickmode: modes.includes("points") ? "event+select" : "event" };
}
