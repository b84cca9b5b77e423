// The worker's message loop: page messages are queued and handed to Python in
// batches. A drain (scheduled with setTimeout 0) passes EVERYTHING queued so far as
// one batch, so interactions that arrive while Python is busy are merged into the
// next run instead of causing one run each. Pure logic: the scheduler and the
// processor are injected (tests drive them by hand).

import type { PageMessage } from "../protocol.gen";

export interface QueueDeps {
  /** Run `fn` soon, after pending events (setTimeout 0 in the worker). */
  schedule(fn: () => void): void;
  /** Hand one batch to Python; resolves true when Python wants another run now. */
  process(batch: PageMessage[]): boolean | Promise<boolean>;
  /** A batch threw (the runtime itself broke). */
  onError(err: unknown, batch: PageMessage[]): void;
}

export class BatchQueue {
  private pending: PageMessage[] = [];
  private scheduled = false;
  private draining = false;

  constructor(private deps: QueueDeps) {}

  push(...msgs: PageMessage[]): void {
    this.pending.push(...msgs);
    this.kick();
  }

  get size(): number {
    return this.pending.length;
  }

  get busy(): boolean {
    return this.draining || this.scheduled;
  }

  private kick(): void {
    if (this.scheduled || this.draining || this.pending.length === 0) return;
    this.scheduled = true;
    this.deps.schedule(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  /** Take everything queued and process it as one batch (no overlap between drains). */
  async drain(): Promise<void> {
    if (this.draining || this.pending.length === 0) return;
    this.draining = true;
    const batch = this.pending;
    this.pending = [];
    try {
      const again = await this.deps.process(batch);
      // st.rerun(): go again, but via the scheduler so that interactions that
      // arrived meanwhile join the same batch.
      if (again) this.pending.push({ type: "rerun" });
    } catch (err) {
      this.deps.onError(err, batch);
    } finally {
      this.draining = false;
      this.kick();
    }
  }
}
