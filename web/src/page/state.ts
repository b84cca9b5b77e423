// Page state: boot progress, the element tree, run status, page config, effects.
// Pure logic (no DOM): `apply(msg)` folds one WorkerMessage in; the view reads it.

import type { Effect, Navigation, PageConfig, RunStatus, WorkerMessage } from "../protocol.gen";
import { ElementTree } from "../render/tree";

export interface BootState {
  stage: string;
  label: string;
  fraction: number;
}

export interface ErrorState {
  message: string;
  detail: string;
}

export interface ToastItem {
  key: number;
  body: string;
  icon: string | null;
}

let effectKey = 1;

export class PageState {
  tree = new ElementTree();
  boot: BootState = { stage: "start", label: "Starting", fraction: 0 };
  ready = false;
  error: ErrorState | null = null;
  /** Between run_started and run_finished (or a run_finished("rerun") and the next run). */
  runActive = false;
  /** Messages sent to the worker that have not produced a run_started yet. */
  pending = 0;
  lastStatus: RunStatus | null = null;
  config: PageConfig | null = null;
  /** st.navigation's pages (the latest run that called it), for the sidebar / top nav. */
  nav: Navigation | null = null;
  toasts: ToastItem[] = [];
  balloons: number[] = [];
  snow: number[] = [];
  /** Showing the build's prerendered first run (prerender.ts): inert until the live first run finishes. */
  prerendered = false;
  /** Bumped on every change so the view knows to re-render. */
  version = 0;
  /** Called after changes that do not come from a worker message (timers). */
  onChange: () => void = () => {};

  get running(): boolean {
    return this.runActive || this.pending > 0;
  }

  /** The page sent an interaction / rerun: the app counts as running until it starts. */
  markPending(): void {
    if (!this.ready || this.error) return;
    this.pending++;
    this.version++;
  }

  /** The build's first run, folded in before the worker is up. */
  applyPrerender(messages: WorkerMessage[]): void {
    for (const m of messages) this.apply(m);
    this.prerendered = true;
  }

  apply(msg: WorkerMessage): void {
    switch (msg.type) {
      case "boot_progress":
        this.boot = { stage: msg.stage, label: msg.label, fraction: Math.max(this.boot.fraction, msg.fraction) };
        break;
      case "boot_error":
        this.error = { message: msg.message, detail: msg.detail };
        this.prerendered = false;
        this.runActive = false;
        this.pending = 0;
        break;
      case "ready":
        this.ready = true;
        this.pending = 1; // the worker starts the first run right away
        break;
      case "run_started":
        this.tree.runStarted(msg.run_id, msg.scope ?? null);
        this.runActive = true;
        this.pending = 0;
        break;
      case "delta":
        this.tree.delta(msg.run_id, msg.path, msg.node);
        break;
      case "run_finished":
        this.tree.runFinished(msg.run_id, msg.status, msg.scope ?? null);
        this.lastStatus = msg.status;
        // The live first run has rewritten the prerendered slots: hand over.
        if (this.ready && msg.status !== "rerun") this.prerendered = false;
        // st.rerun(): the next run follows at once, keep showing "running".
        this.runActive = msg.status === "rerun";
        break;
      case "page_config":
        this.config = msg;
        break;
      case "effect":
        this.addEffect(msg);
        break;
      case "navigation":
        this.nav = msg;
        if (msg.page_not_found !== null) this.addEffect(pageNotFound(msg.page_not_found));
        break;
    }
    this.version++;
  }

  private addEffect(msg: Effect): void {
    if (msg.effect === "toast") this.toasts = [...this.toasts, { key: effectKey++, body: msg.body ?? "", icon: msg.icon }];
    else if (msg.effect === "balloons") this.balloons = [...this.balloons, effectKey++];
    else if (msg.effect === "snow") this.snow = [...this.snow, effectKey++];
  }

  dismissToast(key: number): void {
    this.toasts = this.toasts.filter((t) => t.key !== key);
    this.version++;
    this.onChange();
  }

  endSnow(key: number): void {
    this.snow = this.snow.filter((s) => s !== key);
    this.version++;
    this.onChange();
  }

  endBalloons(key: number): void {
    this.balloons = this.balloons.filter((b) => b !== key);
    this.version++;
    this.onChange();
  }
}

/** Streamlit's "Page not found" notice, as a toast: the default page runs instead. */
function pageNotFound(page: string): Effect {
  const body = `You have requested page /${page}, but no corresponding file was found in the app's pages/ directory. Running the app's main page.`;
  return { type: "effect", effect: "toast", body, icon: "⚠️" };
}
