// st.markdown / st.caption / st.write text: {body, unsafe_allow_html, help, variant: normal|caption}
import { markdown } from "../md";
import { Help } from "../shared";
import type { ElementProps } from ".";
import { textLayoutStyle } from "./size";

export function Markdown({ props }: ElementProps) {
  const html = markdown().render(String(props.body ?? ""), !!props.unsafe_allow_html);
  const caption = props.variant === "caption";
  return (
    <div class="stMarkdown wl-markdown" data-testid="stMarkdown" style={textLayoutStyle(props)}>
      <div
        class={caption ? "stCaption wl-md wl-caption" : "wl-md"}
        data-testid={caption ? "stCaptionContainer" : "stMarkdownContainer"}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <Help text={props.help} />
    </div>
  );
}
