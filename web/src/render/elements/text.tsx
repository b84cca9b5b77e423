// st.text: {body, help} — preformatted, no markdown.
import { Help } from "../shared";
import type { ElementProps } from ".";
import { textLayoutStyle } from "./size";

export function Text({ props }: ElementProps) {
  return (
    <div class="stText wl-text" data-testid="stText" style={textLayoutStyle({ ...props, width: props.width === "content" ? null : props.width })}>
      {String(props.body ?? "")}
      <Help text={props.help} />
    </div>
  );
}
