// st.menu_button: {label, options, help, kind, icon, disabled, use_container_width, width}.
// The button opens a list; picking an option sends its index (one run sees it, then None).
import { useEffect, useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { InlineMd } from "../shared";
import { ButtonShell } from "./button";
import type { ElementProps } from ".";

export function MenuButton({ id, props }: ElementProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  const options = (props.options ?? []) as string[];
  return (
    <div ref={root} class="stMenuButton wl-menu-button" data-testid="stMenuButton">
      <ButtonShell props={props} cls="wl-menu-trigger" testid="stMenuButtonTrigger" onPress={() => setOpen(!open)} />
      {open && (
        <ul class="wl-menu" role="menu" data-testid="stMenuButtonMenu">
          {options.map((label, i) => (
            <li key={i} role="menuitem" tabIndex={0} class="wl-menu-item"
              onClick={() => { setOpen(false); sendWidget(id, i); }}
              onKeyDown={(e) => e.key === "Enter" && (setOpen(false), sendWidget(id, i))}>
              <InlineMd body={label} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
