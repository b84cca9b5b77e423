// One-shot effects: toasts (bottom-right, auto-dismiss), balloons and snow.

import { useEffect } from "preact/hooks";
import { InlineMd } from "../render/shared";
import type { PageState, ToastItem } from "./state";

const TOAST_MS = 4000;
const BALLOONS_MS = 5000;

function Toast({ toast, onClose }: { toast: ToastItem; onClose: () => void }) {
  useEffect(() => {
    const t = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(t);
  }, []);
  return (
    <div class="wl-toast" data-testid="stToast" role="status">
      {toast.icon && !toast.icon.startsWith(":material/") && <span class="wl-icon" aria-hidden="true">{toast.icon}</span>}
      <InlineMd tag="div" class="wl-toast-body" body={toast.body} />
      <button type="button" class="wl-toast-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function Toasts({ state }: { state: PageState }) {
  if (state.toasts.length === 0) return null;
  return (
    <div class="wl-toasts" data-testid="stToastContainer">
      {state.toasts.map((t) => (
        <Toast key={t.key} toast={t} onClose={() => state.dismissToast(t.key)} />
      ))}
    </div>
  );
}

const BALLOON_COLORS = ["#ff4b4b", "#1c83e1", "#21c354", "#ffa421", "#803df5", "#ffe312"];

function BalloonBurst({ onDone }: { onDone: () => void }) {
  useEffect(() => {
    const t = setTimeout(onDone, BALLOONS_MS);
    return () => clearTimeout(t);
  }, []);
  return (
    <div class="wl-balloons" data-testid="stBalloons" aria-hidden="true">
      {Array.from({ length: 24 }, (_, i) => (
        <span
          key={i}
          class="wl-balloon"
          style={{
            left: `${(i * 37) % 100}%`,
            animationDelay: `${(i % 8) * 0.18}s`,
            background: BALLOON_COLORS[i % BALLOON_COLORS.length],
          }}
        />
      ))}
    </div>
  );
}

export function Balloons({ state }: { state: PageState }) {
  return (
    <>
      {state.balloons.map((k) => (
        <BalloonBurst key={k} onDone={() => state.endBalloons(k)} />
      ))}
    </>
  );
}

const SNOW_MS = 7000;

function SnowFall({ onDone }: { onDone: () => void }) {
  useEffect(() => {
    const t = setTimeout(onDone, SNOW_MS);
    return () => clearTimeout(t);
  }, []);
  return (
    <div class="wl-snow" data-testid="stSnow" aria-hidden="true">
      {Array.from({ length: 40 }, (_, i) => (
        <span
          key={i}
          class="wl-flake"
          style={{ left: `${(i * 53) % 100}%`, animationDelay: `${(i % 10) * 0.3}s`, fontSize: `${0.7 + (i % 4) * 0.25}rem` }}
        >
          ❄
        </span>
      ))}
    </div>
  );
}

export function Snow({ state }: { state: PageState }) {
  return (
    <>
      {state.snow.map((k) => (
        <SnowFall key={k} onDone={() => state.endSnow(k)} />
      ))}
    </>
  );
}
