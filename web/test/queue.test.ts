import assert from "node:assert/strict";
import { test } from "node:test";
import type { PageMessage } from "../src/protocol.gen";
import { BatchQueue } from "../src/worker/queue";

function harness(results: boolean[] = []) {
  const tasks: (() => void)[] = [];
  const batches: PageMessage[][] = [];
  const errors: unknown[] = [];
  let hook: ((b: PageMessage[]) => void) | null = null;
  const q = new BatchQueue({
    schedule: (fn) => tasks.push(fn),
    process: (b) => {
      batches.push(b);
      hook?.(b);
      return results.shift() ?? false;
    },
    onError: (e) => errors.push(e),
  });
  const tick = async () => {
    const fn = tasks.shift();
    fn?.();
    await new Promise((r) => setImmediate(r));
  };
  return { q, tasks, batches, errors, tick, setHook: (h: typeof hook) => (hook = h) };
}

const click = (id: string): PageMessage => ({ type: "interaction", updates: [{ id, value: true }] });

test("messages queued before a drain go in one batch", async () => {
  const h = harness();
  h.q.push({ type: "rerun" });
  h.q.push(click("a"));
  h.q.push(click("b"));
  assert.equal(h.tasks.length, 1, "one drain scheduled");
  await h.tick();
  assert.equal(h.batches.length, 1);
  assert.deepEqual(h.batches[0].map((m) => m.type), ["rerun", "interaction", "interaction"]);
});

test("nothing scheduled when empty", async () => {
  const h = harness();
  assert.equal(h.tasks.length, 0);
});

test("a rerun request from Python is merged with messages that arrived meanwhile", async () => {
  const h = harness([true, false]);
  h.setHook((b) => {
    if (h.batches.length === 1) h.q.push(click("during"));
  });
  h.q.push(click("first"));
  await h.tick();
  assert.equal(h.tasks.length, 1);
  await h.tick();
  assert.equal(h.batches.length, 2);
  assert.deepEqual(
    h.batches[1].map((m) => m.type),
    ["interaction", "rerun"],
  );
  assert.equal(h.tasks.length, 0);
});

test("no overlapping drains with an async processor", async () => {
  const order: string[] = [];
  let release!: () => void;
  const tasks: (() => void)[] = [];
  const q = new BatchQueue({
    schedule: (fn) => tasks.push(fn),
    process: async (b) => {
      order.push("start:" + b.length);
      if (order.length === 1) await new Promise<void>((r) => (release = r));
      order.push("end");
      return false;
    },
    onError: () => {},
  });
  q.push({ type: "source_changed" });
  tasks.shift()!();
  q.push(click("x"));
  q.push(click("y"));
  assert.equal(tasks.length, 0, "no drain scheduled while draining");
  release();
  await new Promise((r) => setImmediate(r));
  assert.equal(tasks.length, 1);
  tasks.shift()!();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(order, ["start:1", "end", "start:2", "end"]);
});

test("a throwing batch is reported and the queue keeps going", async () => {
  const errors: unknown[] = [];
  const tasks: (() => void)[] = [];
  let n = 0;
  const q = new BatchQueue({
    schedule: (fn) => tasks.push(fn),
    process: () => {
      if (n++ === 0) throw new Error("boom");
      return false;
    },
    onError: (e) => errors.push(e),
  });
  q.push({ type: "rerun" });
  tasks.shift()!();
  await new Promise((r) => setImmediate(r));
  assert.equal(errors.length, 1);
  q.push({ type: "rerun" });
  tasks.shift()!();
  await new Promise((r) => setImmediate(r));
  assert.equal(n, 2);
});
