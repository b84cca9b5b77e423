// st.text: {body, help} — preformatted, no markdown.
import { Help } from "../shared";
import type { ElementProps } from ".";

export function Text({ props }: ElementProps) {
  return (
    <div class="stText wl-text" data-testid="stText">
      {String(props.body ?? "")}
      <Help text={props.help} />
    </div>
  );
}
