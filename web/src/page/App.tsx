// The page view: boot screen, error panel, or the app (sidebar + main + effects).

import { useEffect, useState } from "preact/hooks";
import { SlotView, TreeContext } from "../render/Slot";
import { ROOT_EVENT, ROOT_MAIN, ROOT_SIDEBAR } from "../protocol.gen";
import type { PageState } from "./state";
import { Balloons, Snow, Toasts } from "./effects";
import { Logo } from "./logo";
import { SidebarNav, TopNav, showsNav } from "../render/nav/SidebarNav";
import { BottomRoot, hasBottom } from "./bottom";

export function BootScreen({ state }: { state: PageState }) {
  const pct = Math.round(Math.min(1, Math.max(0, state.boot.fraction)) * 100);
  return (
    <div class="wl-boot" data-testid="wlBoot">
      <div class="wl-boot-inner">
        <div class="wl-boot-label" aria-live="polite">
          {state.boot.label}…
        </div>
        <div class="wl-boot-track" role="progressbar" aria-label="Loading app" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
          <div class="wl-boot-bar" style={{ width: `${pct}%` }} />
        </div>
      </div>
    </div>
  );
}

/** While the prerendered first run shows: a small fixed loading mark with the boot progress. */
function PrerenderMark({ state }: { state: PageState }) {
  const pct = Math.round(Math.min(1, Math.max(0, state.boot.fraction)) * 100);
  return (
    <div class="wl-prerender-mark" data-testid="wlPrerenderMark" role="status" aria-label={`Loading app: ${state.boot.label}`}>
      <span class="wl-status-icon" aria-hidden="true" />
      <div class="wl-boot-track" role="progressbar" aria-label="Loading app" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div class="wl-boot-bar" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function ErrorPanel({ message, detail }: { message: string; detail: string }) {
  return (
    <div class="wl-error-panel" role="alert" data-testid="wlBootError">
      <h2>Something went wrong</h2>
      <p class="wl-error-message">{message}</p>
      {detail && (
        <details open>
          <summary>Technical details</summary>
          <pre>{detail}</pre>
        </details>
      )}
      <button type="button" class="wl-button wl-button-secondary" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}

function StatusWidget({ stop }: { stop: (() => void) | null }) {
  return (
    <div class="wl-status" data-testid="stStatusWidget">
      <span role="status" aria-label="Running" class="wl-status-running">
        <span class="wl-status-icon" aria-hidden="true" />
        <span>Running…</span>
      </span>
      {stop && (
        <button type="button" class="wl-status-stop" data-testid="stStatusWidgetStopButton" onClick={stop}>
          Stop
        </button>
      )}
    </div>
  );
}

/** After the worker was replaced (a Stop without isolation, a crash): stays until dismissed. */
function LifecycleNotice({ text, onDismiss }: { text: string; onDismiss?: () => void }) {
  return (
    <div class="wl-lifecycle-notice" role="alert" data-testid="wlLifecycleNotice">
      <span>{text}</span>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

export interface AppProps {
  state: PageState;
  /** Stops the running script (null: nothing to stop). */
  stop?: (() => void) | null;
  notice?: string | null;
  onDismissNotice?: () => void;
}

function sidebarStartsOpen(state: PageState): boolean {
  const s = state.config?.initial_sidebar_state ?? "auto";
  if (s === "expanded") return true;
  if (s === "collapsed") return false;
  return typeof window === "undefined" || window.innerWidth > 768;
}

export function App({ state, stop = null, notice = null, onDismissNotice }: AppProps) {
  const [sidebarOpen, setSidebarOpen] = useState<boolean | null>(null);
  const configured = state.config?.initial_sidebar_state;
  useEffect(() => setSidebarOpen(null), [configured]);
  if (state.error && !state.ready) {
    return (
      <div class="stApp wl-app" data-testid="stApp" data-test-script-state="notRunning">
        <ErrorPanel message={state.error.message} detail={state.error.detail} />
      </div>
    );
  }
  if (!state.ready && !state.prerendered) return <BootScreen state={state} />;
  const tree = state.tree;
  const main = tree.root(ROOT_MAIN);
  const side = tree.roots[ROOT_SIDEBAR];
  const events = tree.roots[ROOT_EVENT]; // st.dialog overlays
  const userSidebar = !!side && side.children.some(Boolean);
  const sideNav = showsNav(state.nav, "sidebar"); // st.navigation / pages/ in the sidebar
  const hasSidebar = userSidebar || sideNav;
  const open = sidebarOpen ?? sidebarStartsOpen(state);
  const running = state.running;
  const wide = state.config?.layout === "wide";
  // Prerendered (prerender.ts): inert, and its slots are not dimmed while the live run rewrites them.
  const pre = state.prerendered;
  return (
    <TreeContext.Provider value={tree}>
      {pre && <PrerenderMark state={state} />}
      <div
        class={`stApp wl-app${wide ? " wl-wide" : ""}${running && !pre ? " wl-running" : ""}${pre ? " wl-prerendered" : ""}`}
        {...(pre ? { inert: true } : {})}
        data-testid="stApp"
        data-test-script-state={running ? "running" : "notRunning"}
      >
        <header class="wl-header" data-testid="stHeader">
          {hasSidebar && !open && (
            <button type="button" class="wl-sidebar-open" data-testid="stExpandSidebarButton" aria-label="Open sidebar" onClick={() => setSidebarOpen(true)}>
              »
            </button>
          )}
          {(!hasSidebar || !open) && <Logo tree={tree} where="header" />}
          {showsNav(state.nav, "top") && <TopNav nav={state.nav!} />}
          {running && <StatusWidget stop={stop} />}
        </header>
        {hasSidebar && (
          <section class={`stSidebar wl-sidebar${open ? "" : " wl-collapsed"}`} data-testid="stSidebar" aria-expanded={open}>
            <button type="button" class="wl-sidebar-close" data-testid="stSidebarCollapseButton" aria-label="Close sidebar" onClick={() => setSidebarOpen(false)}>
              «
            </button>
            <div class="wl-sidebar-content" data-testid="stSidebarContent">
              <Logo tree={tree} where="sidebar" />
              {sideNav && <SidebarNav nav={state.nav!} alone={!userSidebar} />}
              <div class="wl-sidebar-user" data-testid="stSidebarUserContent">
                {side && <SlotView slot={side} />}
              </div>
            </div>
          </section>
        )}
        <section class={`stMain wl-main${hasBottom(tree) ? " wl-has-bottom" : ""}`} data-testid="stMain">
          {notice && <LifecycleNotice text={notice} onDismiss={onDismissNotice} />}
          {state.error && <ErrorPanel message={state.error.message} detail={state.error.detail} />}
          <div class="stMainBlockContainer block-container wl-main-block" data-testid="stMainBlockContainer">
            <SlotView slot={main} />
          </div>
          <BottomRoot tree={tree} />
        </section>
        {events && (
          <div class="wl-events" data-testid="stEvents">
            <SlotView slot={events} />
          </div>
        )}
        <Toasts state={state} />
        <Balloons state={state} />
        <Snow state={state} />
      </div>
    </TreeContext.Provider>
  );
}
