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
import { applyPageInfo, startRouter } from "./router";
import { FragmentTimers } from "./fragment-timers";

const state = new PageState();
const root = document.getElementById("root") ?? document.body;
let scheduled = false;
let renderedVersion = -1;

function paint(): void {
  scheduled = false;
  if (renderedVersion === state.version) return;
  renderedVersion = state.version;
  render(<App state={state} />, root);
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

let worker: Worker;
try {
  worker = createWorker((err) => {
    state.apply({ type: "boot_error", message: "The app's files could not be unpacked from this page.", detail: String(err) });
    schedule();
  });
} catch (err) {
  state.apply({ type: "boot_error", message: "This browser could not start the app's worker.", detail: String(err) });
  root.textContent = "";
  paint();
  throw err;
}

function post(msg: PageMessage): void {
  if (!state.ready || state.error) return;
  state.markPending();
  worker.postMessage(msg);
  schedule();
}
setSender(post);
// The address's page, query params and st.context reach the worker before its first run.
startRouter((msg) => worker.postMessage(msg), post);
const fragmentTimers = new FragmentTimers(post);

worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
  const msg = e.data;
  if (!msg || typeof msg !== "object") return;
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
    startDevReload(msg.dev_events);
  }
  schedule();
};
worker.onerror = (e: ErrorEvent) => {
  e.preventDefault();
  state.apply({
    type: "boot_error",
    message: "The app's worker failed to load. The site may be incomplete; rebuild or redeploy it.",
    detail: e.message || "wasmlit-worker.js could not be loaded",
  });
  schedule();
};

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
