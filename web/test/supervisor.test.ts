import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_RESTARTS, RUNAWAY_MS, STOP_GRACE_MS, Supervisor, type SupervisorHost, type WorkerLike } from "../src/page/supervisor";

class FakeWorker implements WorkerLike {
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(msg: unknown): void {
    this.sent.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(msg: unknown): void {
    this.onmessage?.({ data: msg } as MessageEvent);
  }
  types(): string[] {
    return this.sent.map((m) => (m as { type: string }).type);
  }
}

function setup(isolated: boolean) {
  const workers: FakeWorker[] = [];
  const log: string[] = [];
  let now = 0;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const host: SupervisorHost = {
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    startMessages: () => [{ type: "rerun" }],
    deliver: (m) => log.push(`deliver:${m.type}`),
    replaced: (why) => log.push(`replaced:${why}`),
    loadFailed: () => log.push("loadFailed"),
    gaveUp: () => log.push("gaveUp"),
    changed: () => {},
    now: () => now,
    setTimer: (fn, ms) => {
      const t = { at: now + ms, fn, live: true };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => ((t as { live: boolean }).live = false),
    makeInterruptCell: () => (isolated ? new Int32Array(new SharedArrayBuffer(4)) : null),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers) if (t.live && t.at <= now) (t.live = false), t.fn();
  };
  const sup = new Supervisor(host);
  sup.start();
  return { sup, workers, log, advance };
}

function run(w: FakeWorker): void {
  w.emit({ type: "ready", protocol: 1, session_id: "s", dev_events: null });
  w.emit({ type: "run_started", run_id: 1, scope: null });
}

test("not isolated: Stop terminates the worker and a new one gets the last snapshot", () => {
  const { sup, workers, log } = setup(false);
  const first = workers[0];
  assert.deepEqual(first.types(), ["rerun"]); // no interrupt buffer without isolation
  first.emit({ type: "ready", protocol: 1, session_id: "s", dev_events: null });
  first.emit({ type: "run_started", run_id: 1, scope: null });
  first.emit({ type: "run_finished", run_id: 1, status: "ok", scope: null });
  const snap = new Uint8Array([1, 2, 3]);
  first.emit({ type: "state_snapshot", data: snap });
  assert.equal(sup.canStop, false); // idle: nothing to stop
  first.emit({ type: "run_started", run_id: 2, scope: null });
  assert.equal(sup.canStop, true);
  sup.stop();
  assert.equal(first.terminated, true);
  assert.equal(workers.length, 2);
  const second = workers[1];
  assert.deepEqual(second.types(), ["restore_state", "rerun"]);
  assert.equal((second.sent[0] as { data: Uint8Array }).data, snap);
  assert.equal(sup.phase, "restarting");
  assert.ok(log.includes("replaced:stopped"));
  // The old worker's late messages are ignored; the new one's ready makes it idle.
  first.emit({ type: "run_finished", run_id: 2, status: "ok", scope: null });
  second.emit({ type: "ready", protocol: 1, session_id: "s", dev_events: null });
  assert.equal(sup.phase, "idle");
  assert.equal(log.filter((l) => l === "deliver:run_finished").length, 1);
});

test("isolated: Stop writes SIGINT; a run that ends as stopped keeps the worker", () => {
  const { sup, workers, advance } = setup(true);
  const w = workers[0];
  assert.equal(w.types()[0], "interrupt_buffer");
  const cell = (w.sent[0] as { buffer: Int32Array }).buffer;
  run(w);
  sup.stop();
  assert.equal(Atomics.load(cell, 0), 2);
  assert.equal(sup.phase, "stopping");
  w.emit({ type: "run_finished", run_id: 1, status: "stopped", scope: null });
  assert.equal(sup.phase, "idle");
  advance(STOP_GRACE_MS + 1);
  assert.equal(workers.length, 1);
  assert.equal(w.terminated, false);
});

test("isolated: a script that ignores the interrupt is terminated after the grace period", () => {
  const { sup, workers, log, advance } = setup(true);
  run(workers[0]);
  sup.stop();
  advance(STOP_GRACE_MS - 1);
  assert.equal(workers.length, 1);
  advance(2);
  assert.equal(workers[0].terminated, true);
  assert.equal(workers.length, 2);
  assert.ok(log.includes("replaced:stopped"));
});

test("an interaction during a runaway run stops it; a short run just queues it", () => {
  const { sup, workers, advance } = setup(false);
  run(workers[0]);
  advance(RUNAWAY_MS - 100);
  sup.post({ type: "rerun" });
  assert.equal(workers.length, 1);
  assert.equal(workers[0].types().at(-1), "rerun");
  advance(200);
  sup.post({ type: "rerun" });
  assert.equal(workers[0].terminated, true);
  assert.equal(workers.length, 2);
});

test("crashes are replaced, a crash loop gives up", () => {
  const { sup, workers, log } = setup(false);
  run(workers[0]);
  workers[0].emit({ type: "worker_crashed", message: "closed", detail: "" });
  assert.equal(workers.length, 2);
  assert.ok(log.includes("replaced:crashed"));
  // An error event after the first worker loaded is a crash too.
  workers[1].onerror?.({ message: "boom", preventDefault() {} } as ErrorEvent);
  assert.equal(workers.length, 3);
  for (let i = workers.length; i <= MAX_RESTARTS; i++) workers.at(-1)!.emit({ type: "worker_crashed", message: "x", detail: "" });
  workers.at(-1)!.emit({ type: "worker_crashed", message: "x", detail: "" });
  assert.equal(sup.phase, "failed");
  assert.ok(log.includes("gaveUp"));
});

test("the first worker failing to load is a load error, not a restart", () => {
  const { workers, log } = setup(false);
  workers[0].onerror?.({ message: "404", preventDefault() {} } as ErrorEvent);
  assert.deepEqual(log, ["loadFailed"]);
  assert.equal(workers.length, 1);
});
