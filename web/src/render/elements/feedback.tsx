// st.feedback: {options: "thumbs"|"faces"|"stars", value: int|null, disabled}
// A click chooses an option and sends its index; clicking the chosen one again sends null.
// Stars light up to the chosen one, as in Streamlit.
import { sendWidget } from "../../page/bridge";
import { useSynced } from "../shared";
import type { ElementProps } from ".";

const FACES = ["😞", "🙁", "😐", "🙂", "😀"];
const NAMES: Record<string, string[]> = {
  thumbs: ["Thumbs down", "Thumbs up"],
  faces: ["Very unhappy", "Unhappy", "Neutral", "Happy", "Very happy"],
  stars: ["One star", "Two stars", "Three stars", "Four stars", "Five stars"],
};

function Glyph({ kind, i, filled }: { kind: string; i: number; filled: boolean }) {
  if (kind === "faces") return <span class="wl-feedback-face">{FACES[i]}</span>;
  if (kind === "stars") {
    return (
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
          fill={filled ? "currentColor" : "none"} stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" style={i === 0 ? { transform: "rotate(180deg)" } : undefined}>
      <path d="M7 11v9H4v-9zm2 9h8.3a2 2 0 0 0 2-1.6l1.2-6A2 2 0 0 0 18.5 10H14V6a2 2 0 0 0-2-2l-3 7z"
        fill={filled ? "currentColor" : "none"} stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}

export function Feedback({ id, props }: ElementProps) {
  const kind = ["thumbs", "faces", "stars"].includes(props.options) ? (props.options as string) : "thumbs";
  const disabled = !!props.disabled;
  const v = useSynced<number | null>(typeof props.value === "number" ? props.value : null);
  const names = NAMES[kind];
  const choose = (i: number) => {
    if (disabled) return;
    const next = v.value === i ? null : i;
    v.set(next);
    v.sent(next);
    sendWidget(id, next);
  };
  return (
    <div class={`stFeedback wl-feedback wl-feedback-${kind}${disabled ? " wl-disabled" : ""}`} data-testid="stFeedback" role="group">
      {names.map((name, i) => {
        const active = v.value === i;
        const filled = kind === "stars" ? v.value !== null && i <= v.value : active;
        return (
          <button
            type="button"
            key={i}
            class={`wl-feedback-button${active ? " wl-active" : ""}${filled ? " wl-filled" : ""}`}
            data-testid={active ? "stFeedbackButtonActive" : "stFeedbackButton"}
            aria-label={name}
            aria-pressed={active}
            title={name}
            disabled={disabled}
            onClick={() => choose(i)}
          >
            <Glyph kind={kind} i={i} filled={filled} />
          </button>
        );
      })}
    </div>
  );
}
