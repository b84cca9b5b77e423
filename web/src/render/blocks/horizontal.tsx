// The row made by st.columns: {gap: small|medium|large, vertical_alignment: top|center|bottom}.
import { Children } from "../Slot";
import type { BlockProps } from ".";

const GAPS: Record<string, string> = { small: "1rem", medium: "2rem", large: "4rem" };
const ALIGN: Record<string, string> = { top: "flex-start", center: "center", bottom: "flex-end" };

export function Horizontal({ slot, props }: BlockProps) {
  return (
    <div
      class="stHorizontalBlock wl-hblock"
      data-testid="stHorizontalBlock"
      style={{ gap: GAPS[props.gap as string] ?? GAPS.small, alignItems: ALIGN[props.vertical_alignment as string] ?? "flex-start" }}
    >
      <Children slot={slot} />
    </div>
  );
}
