import assert from "node:assert/strict";
import { test } from "node:test";
import type { Node } from "../src/protocol.gen";
import { ElementTree } from "../src/render/tree";
import { FragmentTimers } from "../src/page/fragment-timers";

const md = (body: string): Node => ({ kind: "element", type: "markdown", id: null, props: { body } });
const frag = (): Node => ({ kind: "block", type: "vertical", props: { fragment_id: "f" } });

// main: 0 heading-ish markdown, 1 fragment block (two children), 2 markdown; sidebar: 0 markdown
function page(): ElementTree {
  const t = new ElementTree();
  t.runStarted(1);
  t.delta(1, [0, 0], md("outside"));
  t.delta(1, [0, 1], frag());
  t.delta(1, [0, 1, 0], md("in 1"));
  t.delta(1, [0, 1, 1], md("in 2"));
  t.delta(1, [0, 2], md("after"));
  t.delta(1, [1, 0], md("side"));
  t.runFinished(1, "ok");
  return t;
}

test("a fragment run marks stale only inside its block", () => {
  const t = page();
  const outside = t.roots[0]!.children[0]!;
  t.runStarted(2, [[0, 1]]);
  assert.deepEqual(t.dump(), {
    "0.0": "markdown",
    "0.1": "vertical",
    "0.1.0": "markdown (stale)",
    "0.1.1": "markdown (stale)",
    "0.2": "markdown",
    "1.0": "markdown",
  });
  t.delta(2, [0, 1], frag());
  t.delta(2, [0, 1, 0], md("in 1 again"));
  t.runFinished(2, "ok", [[0, 1]]);
  // only the fragment's unwritten child went; the rest of the page is the same slots
  assert.deepEqual(t.dump(), { "0.0": "markdown", "0.1": "vertical", "0.1.0": "markdown", "0.2": "markdown", "1.0": "markdown" });
  assert.equal(t.roots[0]!.children[0], outside);
});

test("a full run after a fragment run prunes as usual", () => {
  const t = page();
  t.runStarted(2, [[0, 1]]);
  t.runFinished(2, "ok", [[0, 1]]);
  t.runStarted(3);
  t.delta(3, [0, 0], md("only"));
  t.runFinished(3, "ok");
  assert.deepEqual(t.dump(), { "0.0": "markdown" });
});

test("run_finished with scope [] keeps the whole page current (a callback raised)", () => {
  const t = page();
  t.runStarted(2);
  t.delta(2, [0, 3], { kind: "element", type: "exception", id: null, props: {} });
  t.runFinished(2, "error", []);
  const dump = t.dump();
  assert.equal(Object.keys(dump).length, 7);
  assert.ok(Object.values(dump).every((v) => !v.endsWith("(stale)")));
  assert.equal(dump["0.3"], "exception");
});

test("fragment timers: one interval per fragment, kept across updates, dropped when gone", () => {
  const sent: unknown[] = [];
  const timers = new FragmentTimers((m) => sent.push(m));
  timers.update({ a: 0.01, b: 5 });
  assert.deepEqual(timers.ids().sort(), ["a", "b"]);
  timers.update({ a: 0.01 });
  assert.deepEqual(timers.ids(), ["a"]);
  return new Promise<void>((resolve) =>
    setTimeout(() => {
      timers.update({});
      assert.ok(sent.length >= 1);
      assert.deepEqual(sent[0], { type: "fragment_rerun", fragment_ids: ["a"] });
      assert.deepEqual(timers.ids(), []);
      resolve();
    }, 60),
  );
});
