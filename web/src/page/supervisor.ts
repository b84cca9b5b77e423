// The worker's lifecycle: Stop a runaway script, notice a dead worker, replace it.
//
// Stop: on a cross-origin isolated page the worker shares an interrupt cell with us
// (pyodide.setInterruptBuffer); writing SIGINT (2) there makes Python raise KeyboardInterrupt
// at its next bytecode and the run ends as "stopped". When that is not possible, or the
// script does not stop within STOP_GRACE_MS (blocked in a long C call), the worker is
// terminated and a new one boots (from the start-up snapshot), gets the last completed
// run's session_state (`state_snapshot`) and runs the app again.
//
// Crashes: `worker_crashed` (fatal runtime error, self.close()) or an error event after the
// worker was ready → replace it the same way. More than MAX_RESTARTS within RESTART_WINDOW_MS
// gives up with an error (a script that crashes every worker on its first run).

import type { PageLifecycle, PageMessage, WorkerLifecycle, WorkerMessage } from "../protocol.gen";

export const STOP_GRACE_MS = 1500;
/** An interaction while a run has gone on this long stops it (Streamlit stops the run at once). */
export const RUNAWAY_MS = 4000;
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 60_000;
const SIGINT = 2;

export type Phase = "booting" | "idle" | "running" | "stopping" | "restarting" | "failed";

export interface WorkerLike {
  postMessage(msg: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface SupervisorHost {
  /** A fresh worker (its handlers are set by the supervisor). */
  spawn(): WorkerLike;
  /** Messages a new worker needs before its first run (client_context, navigate). */
  startMessages(): PageMessage[];
  deliver(msg: WorkerMessage): void;
  /** A worker was replaced; `why` is shown to the user. */
  replaced(why: "stopped" | "crashed", detail: string): void;
  /** Before ready: the worker could not load at all (the page's boot error panel). */
  loadFailed(detail: string): void;
  gaveUp(message: string, detail: string): void;
  /** The phase changed (the view shows or hides Stop). */
  changed(): void;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** An interrupt cell over a SharedArrayBuffer, or null where the page is not isolated. */
  makeInterruptCell(): Int32Array | null;
}

export class Supervisor {
  phase: Phase = "booting";
  worker!: WorkerLike;
  restarts = 0;
  private cell: Int32Array | null = null;
  private snapshot: Uint8Array | null = null;
  private runSince = 0;
  private grace: unknown = null;
  private restartTimes: number[] = [];

  constructor(private host: SupervisorHost) {}

  start(restore: Uint8Array | null = null): void {
    this.phase = "booting";
    this.cell = this.host.makeInterruptCell();
    const w = this.host.spawn();
    this.worker = w;
    w.onmessage = (e) => this.onMessage(w, e.data);
    w.onerror = (e) => this.onError(w, e);
    if (this.cell) w.postMessage({ type: "interrupt_buffer", buffer: this.cell } satisfies PageLifecycle);
    if (restore) w.postMessage({ type: "restore_state", data: restore } satisfies PageLifecycle);
    for (const m of this.host.startMessages()) w.postMessage(m);
  }

  get canStop(): boolean {
    return this.phase === "running";
  }

  /** The page's sender: a message to the worker; an interaction during a runaway run stops it first. */
  post(msg: PageMessage): void {
    if (this.phase === "running" && this.host.now() - this.runSince >= RUNAWAY_MS) this.stop();
    if (this.phase === "restarting" || this.phase === "failed") return; // the new worker reruns anyway
    this.worker.postMessage(msg);
  }

  stop(): void {
    if (this.phase !== "running") return;
    this.phase = "stopping";
    if (this.cell) {
      Atomics.store(this.cell, 0, SIGINT);
      Atomics.notify(this.cell, 0); // ends an Atomics.wait time.sleep at once
      this.grace = this.host.setTimer(() => this.replace("stopped", "the script did not stop in time"), STOP_GRACE_MS);
    } else {
      this.replace("stopped", "");
    }
    this.host.changed();
  }

  private onMessage(from: WorkerLike, msg: WorkerMessage | WorkerLifecycle): void {
    if (from !== this.worker || !msg || typeof msg !== "object") return; // a replaced worker's last words
    if (msg.type === "state_snapshot") {
      this.snapshot = msg.data as Uint8Array;
      return;
    }
    if (msg.type === "worker_crashed") {
      this.replace("crashed", [msg.message, msg.detail].filter(Boolean).join("\n"));
      return;
    }
    this.track(msg);
    this.host.deliver(msg);
  }

  private track(msg: WorkerMessage): void {
    const before = this.phase;
    if (msg.type === "ready") this.phase = "idle";
    else if (msg.type === "run_started" && this.phase !== "stopping") {
      this.phase = "running";
      this.runSince = this.host.now();
    } else if (msg.type === "run_finished" && msg.status !== "rerun") {
      this.phase = "idle";
      this.clearGrace();
    } else if (msg.type === "boot_error") this.phase = "failed";
    if (this.phase !== before) this.host.changed();
  }

  private onError(from: WorkerLike, e: ErrorEvent): void {
    e.preventDefault?.();
    if (from !== this.worker) return;
    const detail = e.message || "the worker stopped with an error";
    if (this.phase === "booting" && this.restarts === 0) {
      this.phase = "failed";
      this.host.loadFailed(detail); // the worker script itself did not load
    } else {
      this.replace("crashed", detail);
    }
  }

  private replace(why: "stopped" | "crashed", detail: string): void {
    this.clearGrace();
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    const now = this.host.now();
    this.restartTimes = this.restartTimes.filter((t) => now - t < RESTART_WINDOW_MS);
    if (why === "crashed" && this.restartTimes.length >= MAX_RESTARTS) {
      this.phase = "failed";
      this.host.gaveUp("The app's worker kept crashing. Reload the page to start again.", detail);
      this.host.changed();
      return;
    }
    this.restartTimes.push(now);
    this.restarts++;
    this.host.replaced(why, detail);
    this.start(this.snapshot);
    this.phase = "restarting";
    this.host.changed();
  }

  private clearGrace(): void {
    if (this.grace !== null) this.host.clearTimer(this.grace);
    this.grace = null;
  }
}

/** SharedArrayBuffer is only there (and postable) on cross-origin isolated pages. */
export function browserInterruptCell(): Int32Array | null {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  if (!isolated || typeof SharedArrayBuffer === "undefined") return null;
  return new Int32Array(new SharedArrayBuffer(4));
}
