// st.dialog: {title, width, position, dismissible, icon, is_open, dismiss_id}. A modal overlay in
// the event root; its child 0 is the body (a fragment). When dismissible, the X, Escape and a
// click on the backdrop hide it until the script sends the block again; with a dismiss_id the
// page also tells the worker (on_dismiss="rerun" or a callback).
import { useEffect, useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { Children } from "../Slot";
import { InlineMd } from "../shared";
import type { Node } from "../../protocol.gen";
import type { BlockProps } from ".";

const WIDTHS: Record<string, number> = { small: 500, medium: 750, large: 1280 };
let nextTitleId = 1;

export function Dialog({ slot, props }: BlockProps) {
  // The node object that was dismissed: a new delta (a new run opening it again) shows it again.
  const [dismissed, setDismissed] = useState<Node | null>(null);
  const [titleId] = useState(() => `wl-dialog-title-${nextTitleId++}`);
  const box = useRef<HTMLDivElement>(null);
  const open = !!props.is_open && dismissed !== slot.node;
  const dismissible = props.dismissible !== false;

  const dismiss = () => {
    if (!dismissible) return;
    setDismissed(slot.node);
    if (props.dismiss_id) sendWidget(String(props.dismiss_id), true);
  };

  // Focus the dialog when it opens, not on every rerun inside it (that would steal a field's focus).
  useEffect(() => {
    if (open && !box.current?.contains(document.activeElement)) box.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        dismiss();
      }
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [open, dismissible, slot.node]);

  if (!open) return null;
  const px = typeof props.width === "number" ? props.width : WIDTHS[String(props.width)] ?? WIDTHS.small;
  const side = props.position === "left" || props.position === "right" ? ` wl-dialog-${props.position}` : "";
  return (
    <div
      class="wl-dialog-backdrop"
      data-testid="stDialogBackdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) dismiss();
      }}
    >
      <div
        ref={box}
        class={`wl-dialog${side}`}
        data-testid="stDialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        style={{ width: `min(${px}px, calc(100vw - 2rem))` }}
      >
        <div class="wl-dialog-header">
          <div class="wl-dialog-title" id={titleId} data-testid="stDialogTitle">
            {props.icon && !String(props.icon).startsWith(":material/") && <span class="wl-icon">{props.icon}</span>}
            <InlineMd body={String(props.title ?? "")} />
          </div>
          {dismissible && (
            <button type="button" class="wl-dialog-close" aria-label="Close" data-testid="stDialogCloseButton" onClick={dismiss}>
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>
          )}
        </div>
        <div class="wl-dialog-body">
          <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
            <Children slot={slot} />
          </div>
        </div>
      </div>
    </div>
  );
}
