// plotly.js selection events → Streamlit 1.67's selection state, and the drag/click modes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { interaction, selectionFromEvent } from "../src/render/elements/plotly_selection";

test("a box selection gives points, their indices and the box", () => {
  const ev = {
    points: [
      { curveNumber: 0, pointNumber: 1, pointIndex: 1, x: 2, y: 12, data: { legendgroup: "a" } },
      { curveNumber: 0, pointNumber: 2, pointIndex: 2, x: 3, y: 13, data: {} },
    ],
    selections: [{ type: "rect", xref: "x", yref: "y", x0: 1.5, x1: 3.5, y0: 9, y1: 15 }],
  };
  const sel = selectionFromEvent(ev, ["points", "box", "lasso"]);
  assert.deepEqual(sel.point_indices, [1, 2]);
  assert.deepEqual(sel.points[0], { curve_number: 0, point_number: 1, point_index: 1, x: 2, y: 12, legendgroup: "a" });
  assert.deepEqual(sel.box, [{ type: "box", x: [1.5, 3.5], y: [9, 15], xref: "x", yref: "y" }]);
  assert.deepEqual(sel.lasso, []);
});

test("a lasso path becomes x/y lists; a mode that is not allowed is left out", () => {
  const ev = { points: [], selections: [{ type: "path", path: "M1,2L3,4L5,6Z", xref: "x", yref: "y" }] };
  assert.deepEqual(selectionFromEvent(ev, ["lasso"]).lasso, [{ type: "lasso", x: [1, 3, 5], y: [2, 4, 6], xref: "x", yref: "y" }]);
  assert.deepEqual(selectionFromEvent(ev, ["points"]).lasso, []);
});

test("drag and click modes follow the selection modes", () => {
  assert.deepEqual(interaction([]), {});
  assert.deepEqual(interaction(["points", "box", "lasso"]), { dragmode: "select", clickmode: "event+select" });
  assert.deepEqual(interaction(["lasso"]), { dragmode: "lasso", clickmode: "event" });
});
