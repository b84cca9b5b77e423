// st.space: {size: CSS length | "stretch"}. Vertical space in a column layout, horizontal
// space in a horizontal container; "stretch" fills what is left.
import type { ElementProps } from ".";

export function Space({ props }: ElementProps) {
  const size = String(props.size ?? "0.75rem");
  const stretch = size === "stretch";
  return (
    <div
      class={`stSpace wl-space${stretch ? " wl-space-stretch" : ""}`}
      data-testid="stSpace"
      style={stretch ? undefined : { height: size, minWidth: size }}
    />
  );
}
