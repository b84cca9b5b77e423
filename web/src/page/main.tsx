// Page entry: start the worker, fold its messages into PageState, render with Preact
// (at most once per animation frame), send widget events back.

import { render } from "preact";
import { PROTOCOL_VERSION, type PageMessage, type WorkerMessage } from "../protocol.gen";
import { App } from "./App";
import { setSender } from "./bridge";
import { isEmbedded } from "./embedded";
import { setFavicon } from "./pageconfig";
import { PageState } from "./state";
import { markBoot } from "./timing";
import { createWorker } from "./worker-client";
import { applyPageInfo, clientContext, parseAddress, startRouter } from "./router";
import { browserInterruptCell, Supervisor } from "./supervisor";
import { FragmentTimers } from "./fragment-timers";
import { markPrerenderPainted, readPrerender } from "./prerender";

const state = new PageState();
const prerendered = readPrerender(document, location);
if (prerendered) {
  state.applyPrerender(prerendered);
  for (const m of prerendered) if (m.type === "page_config" && m.title) document.title = m.title;
}
const root = document.getElementById("root") ?? document.body;
let scheduled = false;
let renderedVersion = -1;

function paint(): void {
  scheduled = false;
  if (renderedVersion === state.version) return;
  renderedVersion = state.version;
  render(<App state={state} stop={supervisor.canStop ? stopScript : null} notice={notice} onDismissNotice={dismissNotice} />, root);
}

/** Coalesce bursts of deltas into one render; the timeout covers hidden tabs (no rAF). */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(paint);
  setTimeout(paint, 100);
}

// Effects change state outside of worker messages (toast timeouts, ...).
state.onChange = schedule;

/** Shown after the worker was replaced (Stop without isolation, a crash) until dismissed. */
let notice: string | null = null;
function dismissNotice(): void {
  notice = null;
  state.version++;
  schedule();
}

const supervisor = new Supervisor({
  spawn: () =>
    createWorker((err) => {
      state.apply({ type: "boot_error", message: "The app's files could not be unpacked from this page.", detail: String(err) });
      schedule();
    }),
  // The address's page, query params and st.context reach every worker before its first run.
  startMessages: () => {
    const { page, query } = parseAddress(location.search, location.hash);
    const navigate: PageMessage = { type: "navigate", page: page ?? "", page_key: null, query_string: query, from_url: true };
    return [clientContext(), navigate];
  },
  deliver: onWorkerMessage,
  replaced(why, detail) {
    notice =
      why === "stopped"
        ? "The script was stopped. The app restarted and kept its session state."
        : "The app's worker crashed and was restarted; the session state of the last completed run was kept.";
    if (detail) console.warn(`wasmlit: worker replaced (${why}):`, detail);
    state.version++;
    schedule();
  },
  loadFailed(detail) {
    state.apply({
      type: "boot_error",
      message: "The app's worker failed to load. The site may be incomplete; rebuild or redeploy it.",
      detail: detail || "wasmlit-worker.js could not be loaded",
    });
    schedule();
  },
  gaveUp(message, detail) {
    state.apply({ type: "boot_error", message, detail });
    schedule();
  },
  changed: () => {
    state.version++;
    schedule();
  },
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  makeInterruptCell: browserInterruptCell,
});
try {
  supervisor.start();
} catch (err) {
  state.apply({ type: "boot_error", message: "This browser could not start the app's worker.", detail: String(err) });
  root.textContent = "";
  paint();
  throw err;
}

function stopScript(): void {
  supervisor.stop();
}

function post(msg: PageMessage): void {
  if (!state.ready || state.error) return;
  state.markPending();
  supervisor.post(msg);
  schedule();
}
setSender(post);
// Back/forward; the first navigate and client_context come from startMessages above.
startRouter(() => {}, post);
const fragmentTimers = new FragmentTimers(post);

function onWorkerMessage(msg: WorkerMessage): void {
  markBoot(msg);
  state.apply(msg);
  if (msg.type === "page_info") applyPageInfo(msg);
  if (msg.type === "page_config") {
    if (msg.title) document.title = msg.title;
    setFavicon(document, msg.icon);
  } else if (msg.type === "fragment_timers") {
    fragmentTimers.update(msg.timers);
  } else if (msg.type === "ready") {
    if (msg.protocol !== PROTOCOL_VERSION) {
      state.apply({
        type: "boot_error",
        message: "The app's worker speaks a different wasmlit protocol than this page. Rebuild the site.",
        detail: `worker protocol ${msg.protocol}, page protocol ${PROTOCOL_VERSION}`,
      });
    }
    if (supervisor.restarts === 0) startDevReload(msg.dev_events);
  }
  schedule();
}

/** Dev server: reload the app's files when the server says they changed. */
function startDevReload(devEvents: string | null): void {
  if (isEmbedded()) return; // a single file has no dev server
  if (!devEvents || typeof EventSource === "undefined") return;
  const es = new EventSource(new URL(devEvents, document.baseURI).href);
  es.addEventListener("reload", (e) => {
    // The dev server says whether the package set changed: then only a fresh worker will do.
    if (parseEventData(e).packages_changed) location.reload();
    else post({ type: "source_changed" });
  });
  es.addEventListener("build-error", (e) => {
    const message = String(parseEventData(e).message ?? "the app could not be rebuilt");
    state.apply({ type: "effect", effect: "toast", body: `Rebuild failed: ${message}`, icon: "⚠️" });
    schedule();
  });
}

function parseEventData(e: Event): Record<string, unknown> {
  try {
    const data = JSON.parse((e as MessageEvent).data);
    return data && typeof data === "object" ? data : {};
  } catch {
    return {};
  }
}

// "r" reruns, like Streamlit (not while typing in a field).
document.addEventListener("keydown", (e) => {
  if (e.key !== "r" || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  post({ type: "rerun" });
});

root.textContent = "";
paint();
if (state.prerendered) markPrerenderPainted();
