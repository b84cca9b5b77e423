// The st.logo element (Root.LOGO, slot 0) in the sidebar's top and in the app header.
import { ROOT_LOGO } from "../protocol.gen";
import { LogoView } from "../render/elements/logo";
import type { ElementTree } from "../render/tree";

export function Logo({ tree, where }: { tree: ElementTree; where: "sidebar" | "header" }) {
  const slot = tree.roots[ROOT_LOGO]?.children.find(Boolean);
  if (!slot || slot.node.kind !== "element" || slot.node.type !== "logo") return null;
  return <LogoView id={null} props={slot.node.props ?? {}} where={where} />;
}
