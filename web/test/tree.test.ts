import assert from "node:assert/strict";
import { test } from "node:test";
import type { Node } from "../src/protocol.gen";
import { ElementTree } from "../src/render/tree";

const md = (body: string): Node => ({ kind: "element", type: "markdown", id: null, props: { body } });
const widget = (type: "button" | "checkbox", id: string): Node => ({ kind: "element", type, id, props: { label: id } });
const block = (type: "vertical" | "horizontal" | "column" | "expander" = "vertical"): Node => ({
  kind: "block",
  type,
  props: {},
});

function firstRun(): ElementTree {
  const t = new ElementTree();
  t.runStarted(1);
  t.delta(1, [0, 0], md("a"));
  t.delta(1, [0, 1], block());
  t.delta(1, [0, 1, 0], md("inner"));
  t.delta(1, [0, 2], widget("button", "b1"));
  t.delta(1, [1, 0], md("side"));
  t.runFinished(1, "ok");
  return t;
}

test("a run builds the tree; nothing stale after it", () => {
  const t = firstRun();
  assert.deepEqual(t.dump(), {
    "0.0": "markdown",
    "0.1": "vertical",
    "0.1.0": "markdown",
    "0.2": "button:b1",
    "1.0": "markdown",
  });
});

test("run_started marks every slot stale, deltas un-stale them", () => {
  const t = firstRun();
  t.runStarted(2);
  assert.ok(Object.values(t.dump()).every((v) => v.endsWith("(stale)")));
  t.delta(2, [0, 0], md("a2"));
  assert.equal(t.dump()["0.0"], "markdown");
  assert.equal(t.dump()["0.1"], "vertical (stale)");
});

test("same type keeps the slot object, new props applied", () => {
  const t = firstRun();
  const before = t.roots[0]!.children[0]!;
  t.runStarted(2);
  const after = t.delta(2, [0, 0], md("changed"));
  assert.equal(after, before);
  assert.equal(after.uid, before.uid);
  assert.equal((after.node.props as { body: string }).body, "changed");
});

test("type change replaces the slot and drops its children", () => {
  const t = firstRun();
  const oldBlock = t.roots[0]!.children[1]!;
  t.runStarted(2);
  const s = t.delta(2, [0, 1], md("now markdown"));
  assert.notEqual(s, oldBlock);
  assert.notEqual(s.uid, oldBlock.uid);
  assert.equal(s.children.length, 0);
  assert.equal(t.dump()["0.1.0"], undefined);
});

test("block of same type keeps its children (stale until re-sent)", () => {
  const t = firstRun();
  const inner = t.roots[0]!.children[1]!.children[0]!;
  t.runStarted(2);
  t.delta(2, [0, 1], block());
  assert.equal(t.dump()["0.1"], "vertical");
  assert.equal(t.dump()["0.1.0"], "markdown (stale)");
  assert.equal(t.roots[0]!.children[1]!.children[0], inner);
});

test("block type change (vertical → expander) replaces it", () => {
  const t = firstRun();
  t.runStarted(2);
  t.delta(2, [0, 1], block("expander"));
  assert.equal(t.dump()["0.1.0"], undefined);
});

test("widget id change replaces the slot", () => {
  const t = firstRun();
  const old = t.roots[0]!.children[2]!;
  t.runStarted(2);
  const same = t.delta(2, [0, 2], widget("button", "b1"));
  assert.equal(same, old);
  t.runStarted(3);
  const other = t.delta(3, [0, 2], widget("button", "b2"));
  assert.notEqual(other, old);
  assert.notEqual(other.uid, old.uid);
});

for (const status of ["ok", "error", "stopped"] as const) {
  test(`run_finished(${status}) removes slots not written, including nested`, () => {
    const t = firstRun();
    t.runStarted(2);
    t.delta(2, [0, 0], md("a"));
    t.delta(2, [0, 1], block());
    // [0,1,0] not re-sent, [0,2] not re-sent, sidebar not re-sent
    t.runFinished(2, status);
    assert.deepEqual(t.dump(), { "0.0": "markdown", "0.1": "vertical" });
  });
}

for (const status of ["rerun", "compile_error"] as const) {
  test(`run_finished(${status}) removes nothing`, () => {
    const t = firstRun();
    t.runStarted(2);
    t.delta(2, [0, 0], md("a"));
    t.runFinished(2, status);
    assert.equal(Object.keys(t.dump()).length, 5);
  });
}

test("holes are removed and trailing holes trimmed", () => {
  const t = firstRun();
  t.runStarted(2);
  t.delta(2, [0, 0], md("a"));
  t.runFinished(2, "ok");
  assert.equal(t.roots[0]!.children.length, 1);
  assert.deepEqual(
    ElementTree.childList(t.roots[0]!).map(([i]) => i),
    [0],
  );
});

test("deeply nested: columns inside a row inside an expander", () => {
  const t = new ElementTree();
  t.runStarted(1);
  t.delta(1, [0, 0], block("expander"));
  t.delta(1, [0, 0, 0], block("horizontal"));
  t.delta(1, [0, 0, 0, 0], block("column"));
  t.delta(1, [0, 0, 0, 1], block("column"));
  t.delta(1, [0, 0, 0, 0, 0], md("left"));
  t.delta(1, [0, 0, 0, 1, 0], widget("checkbox", "c"));
  t.runFinished(1, "ok");
  t.runStarted(2);
  t.delta(2, [0, 0], block("expander"));
  t.delta(2, [0, 0, 0], block("horizontal"));
  t.delta(2, [0, 0, 0, 0], block("column"));
  t.delta(2, [0, 0, 0, 0, 0], md("left"));
  t.runFinished(2, "ok");
  assert.deepEqual(t.dump(), {
    "0.0": "expander",
    "0.0.0": "horizontal",
    "0.0.0.0": "column",
    "0.0.0.0.0": "markdown",
  });
});

test("a run_finished for another run id is ignored", () => {
  const t = firstRun();
  t.runStarted(2);
  t.runFinished(1, "ok");
  assert.equal(Object.keys(t.dump()).length, 5);
});
