import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePrerender, PRERENDER_RUN } from "../src/page/prerender";
import { PageState } from "../src/page/state";
import type { WorkerMessage } from "../src/protocol.gen";

const heading = { kind: "element", type: "heading", id: null, props: { body: "Hello", tag: "h2" } };
const button = { kind: "element", type: "button", id: "btn-1", props: { label: "Go" } };
function run(id: number, nodes: object[]): WorkerMessage[] {
  return [
    { type: "run_started", run_id: id, scope: null },
    ...nodes.map((node, i) => ({ type: "delta", run_id: id, path: [0, i], node })),
    { type: "run_finished", run_id: id, status: "ok", scope: null },
  ] as unknown as WorkerMessage[];
}
const embedded = JSON.stringify([...run(1, [heading, button]), { type: "effect", effect: "toast", body: "x", icon: null }]);

test("the embedded first run is read for the default page only, with its own run id and no effects", () => {
  const msgs = parsePrerender(embedded, "", "")!;
  assert.equal(msgs.length, 4);
  assert.ok(msgs.every((m) => !("run_id" in m) || m.run_id === PRERENDER_RUN));
  assert.equal(parsePrerender(embedded, "?a=1", ""), null); // the build ran without query params
  assert.equal(parsePrerender(embedded, "", "#/other"), null);
  assert.equal(parsePrerender("not json", "", ""), null);
  assert.equal(parsePrerender(null, "", ""), null);
  assert.equal(parsePrerender(JSON.stringify(run(1, [])), "", ""), null); // nothing to show
});

test("the live first run keeps the prerendered slots and hands over when it finishes", () => {
  const s = new PageState();
  s.applyPrerender(parsePrerender(embedded, "", "")!);
  assert.ok(s.prerendered && !s.ready && !s.running);
  const before = s.tree.root(0).children.map((c) => c!.uid);
  s.apply({ type: "ready" } as WorkerMessage);
  const live = run(1, [heading, button, { kind: "element", type: "text", id: null, props: { body: "new" } }]);
  for (const m of live.slice(0, -1)) s.apply(m);
  assert.ok(s.prerendered, "still inert while the live run streams");
  s.apply(live[live.length - 1]);
  assert.equal(s.prerendered, false);
  const after = s.tree.root(0).children.map((c) => c!.uid);
  assert.deepEqual(after.slice(0, 2), before, "same slots: the DOM is kept");
  assert.equal(after.length, 3);
});

test("prerendered slots the live run does not write are dropped; a boot error ends the prerender", () => {
  const s = new PageState();
  s.applyPrerender(parsePrerender(embedded, "", "")!);
  s.apply({ type: "ready" } as WorkerMessage);
  for (const m of run(1, [heading])) s.apply(m);
  assert.deepEqual(Object.keys(s.tree.dump()), ["0.0"]);
  const t = new PageState();
  t.applyPrerender(parsePrerender(embedded, "", "")!);
  t.apply({ type: "boot_error", message: "m", detail: "d" } as WorkerMessage);
  assert.equal(t.prerendered, false);
});
