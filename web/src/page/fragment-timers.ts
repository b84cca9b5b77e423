// @st.fragment(run_every=...): the page owns the timers. After every run the worker sends the
// whole set (fragment id -> seconds); each timer asks the worker to rerun just its fragment.
import type { PageMessage } from "../protocol.gen";

export class FragmentTimers {
  private timers = new Map<string, { seconds: number; handle: ReturnType<typeof setInterval> }>();

  constructor(private send: (msg: PageMessage) => void) {}

  /** Keep timers whose interval is unchanged (so a rerun does not restart them), drop the rest. */
  update(wanted: Record<string, number>): void {
    for (const [id, t] of this.timers) {
      if (wanted[id] !== t.seconds) {
        clearInterval(t.handle);
        this.timers.delete(id);
      }
    }
    for (const [id, seconds] of Object.entries(wanted)) {
      if (this.timers.has(id) || !(seconds > 0)) continue;
      const handle = setInterval(() => this.send({ type: "fragment_rerun", fragment_ids: [id] }), seconds * 1000);
      this.timers.set(id, { seconds, handle });
    }
  }

  ids(): string[] {
    return [...this.timers.keys()];
  }
}
