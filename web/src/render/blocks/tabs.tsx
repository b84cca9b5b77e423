// st.tabs: a "tab_container" block {default} whose children are "tab" blocks {label}.
// Every tab's body is rendered (Python runs them all); only the selected one is shown.
// The selection is local state, so it survives reruns. With an `id` (on_change is not
// "ignore") a click sends the tab's label, and `default` from the script (the active tab,
// e.g. set through session state) is applied.
import { useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { Children, SlotView } from "../Slot";
import { InlineMd } from "../shared";
import { ElementTree } from "../tree";
import type { BlockProps } from ".";

export function TabContainer({ slot, props }: BlockProps) {
  const tabs = ElementTree.childList(slot);
  const initial = typeof props.default === "number" ? props.default : 0;
  const [chosen, setChosenLocal] = useState<number>(initial);
  const id: string | null = typeof props.id === "string" ? props.id : null;
  const server = useRef(initial);
  if (id !== null && server.current !== initial) {
    server.current = initial;
    if (chosen !== initial) setChosenLocal(initial);
  }
  const setChosen = (i: number) => {
    setChosenLocal(i);
    if (id !== null && i !== server.current) {
      server.current = i;
      sendWidget(id, String(tabs[i]?.[1].node.props?.label ?? ""));
    }
  };
  const selected = Math.min(Math.max(chosen, 0), Math.max(tabs.length - 1, 0));
  return (
    <div
      class="stTabs wl-tabs"
      data-testid="stTabs"
      style={typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined}
    >
      <div class="wl-tablist" role="tablist">
        {tabs.map(([, tab], i) => (
          <button
            key={tab.uid}
            type="button"
            role="tab"
            class={`wl-tab${i === selected ? " wl-tab-selected" : ""}`}
            data-testid="stTab"
            aria-selected={i === selected ? "true" : "false"}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setChosen(i)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                const next = (selected + (e.key === "ArrowRight" ? 1 : -1) + tabs.length) % tabs.length;
                setChosen(next);
              }
            }}
          >
            <InlineMd body={String(tab.node.props?.label ?? "")} />
          </button>
        ))}
      </div>
      {tabs.map(([, tab], i) => (
        <div key={tab.uid} role="tabpanel" class="wl-tabpanel" data-testid="stTabPanel" hidden={i !== selected}
          style={typeof props.height === "number" ? { height: `${props.height}px`, overflowY: "auto" } : undefined}>
          <SlotView slot={tab} />
        </div>
      ))}
    </div>
  );
}

export function Tab({ slot }: BlockProps) {
  return (
    <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
      <Children slot={slot} />
    </div>
  );
}
