// Renders a slot of the element tree: an element in its stElementContainer, or a
// block with its children. Keys are slot uids (stable while the slot keeps its
// type / widget id), so Preact patches the DOM in place across reruns.

import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { BlockNode, ElementNode } from "../protocol.gen";
import { BLOCKS } from "./blocks";
import { ELEMENTS } from "./elements";
import { formEpoch, noteFormWidget } from "./forms";
import { ElementTree, type Slot } from "./tree";

export const TreeContext = createContext<ElementTree>(new ElementTree());

export function Children({ slot }: { slot: Slot }) {
  return (
    <>
      {ElementTree.childList(slot).map(([, child]) => (
        <SlotView key={child.uid} slot={child} />
      ))}
    </>
  );
}

export function SlotView({ slot }: { slot: Slot }) {
  const tree = useContext(TreeContext);
  const node = slot.node;
  const stale = tree.isStale(slot);
  if (node.kind === "block") {
    const Block = BLOCKS[(node as BlockNode).type] ?? BLOCKS.vertical;
    return <Block slot={slot} props={node.props ?? {}} stale={stale} />;
  }
  const el = node as ElementNode;
  const View = ELEMENTS[el.type];
  const hidden = el.type === "empty";
  // A widget in an st.form: its changes wait for the submit button (forms.ts).
  const formId = el.id !== null && el.props?.form_id ? String(el.props.form_id) : null;
  if (formId !== null) noteFormWidget(el.id!, formId, el.type === "form_submit_button", !!el.props.disabled);
  return (
    <div
      class={`stElementContainer element-container${hidden ? " wl-empty" : ""}`}
      data-testid="stElementContainer"
      data-stale={stale ? "true" : "false"}
    >
      {View ? (
        <View key={formId !== null ? formEpoch(formId) : 0} id={el.id} props={el.props ?? {}} />
      ) : (
        <UnknownElement type={el.type} />
      )}
    </div>
  );
}

function UnknownElement({ type }: { type: string }) {
  return (
    <div class="wl-alert wl-alert-warning" role="alert">
      This version of the wasmlit page cannot show elements of type <code>{type}</code>.
    </div>
  );
}
