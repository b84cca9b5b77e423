// The bottom root (ROOT_BOTTOM): st.chat_input written in the main area outside any
// container. It sticks to the bottom of the viewport under the main area (styles in
// render/chat.css); the main area grows to the viewport height, so it stays at the bottom
// of a short page too.
import { ROOT_BOTTOM } from "../protocol.gen";
import { SlotView } from "../render/Slot";
import type { ElementTree } from "../render/tree";

export function hasBottom(tree: ElementTree): boolean {
  const bottom = tree.roots[ROOT_BOTTOM];
  return !!bottom && bottom.children.some(Boolean);
}

export function BottomRoot({ tree }: { tree: ElementTree }) {
  if (!hasBottom(tree)) return null;
  return (
    <div class="stBottom wl-bottom" data-testid="stBottom">
      <div class="stBottomBlockContainer wl-bottom-block" data-testid="stBottomBlockContainer">
        <SlotView slot={tree.roots[ROOT_BOTTOM]!} />
      </div>
    </div>
  );
}
