// st.popover: {label, help, icon, disabled, use_container_width, width, kind, open, id}. A button
// that opens a floating container. The body is always rendered (hidden while closed), so widgets
// in it keep their local state; Escape or a click outside closes it. With an `id` (on_change is
// not "ignore") every open/close is sent, and `open` from the script is applied.
import { useEffect, useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { Children } from "../Slot";
import { InlineMd } from "../shared";
import type { BlockProps } from ".";

export function Popover({ slot, props }: BlockProps) {
  const [open, setOpenLocal] = useState(!!props.open);
  const root = useRef<HTMLDivElement>(null);
  const id: string | null = typeof props.id === "string" ? props.id : null;
  const server = useRef(!!props.open);
  if (server.current !== !!props.open) {
    server.current = !!props.open; // the script changed it (session state): follow
    if (open !== server.current) setOpenLocal(server.current);
  }
  const setOpen = (next: boolean) => {
    setOpenLocal(next);
    if (id !== null && next !== server.current) {
      server.current = next;
      sendWidget(id, next);
    }
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? (props.kind as string) : "secondary";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div
      ref={root}
      class={`stPopover wl-popover${props.use_container_width ? " wl-full" : ""}`}
      data-testid="stPopover"
      style={typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined}
    >
      <button
        type="button"
        class={`wl-button wl-button-${kind}`}
        data-testid="stPopoverButton"
        aria-expanded={open ? "true" : "false"}
        disabled={!!props.disabled}
        title={props.help || undefined}
        onClick={() => setOpen(!open)}
      >
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <InlineMd body={String(props.label ?? "")} />
        <svg class="wl-chevron-down" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
      <div class="wl-popover-body" data-testid="stPopoverBody" hidden={!open}>
        <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
          <Children slot={slot} />
        </div>
      </div>
    </div>
  );
}
