// st.html: {body, style_only, width}. Sanitised like markdown's unsafe_allow_html (DOMPurify):
// tags and styles render, scripts and event handlers never run. A body of only <style>
// tags styles the page and takes no space (its element container is hidden by CSS).
import { markdown } from "../md";
import type { ElementProps } from ".";
import { widthStyle } from "./size";

export function Html({ props }: ElementProps) {
  const html = markdown().sanitizeHtml(String(props.body ?? ""));
  return (
    <div
      class={`stHtml wl-html${props.style_only ? " wl-html-style-only" : ""}`}
      data-testid="stHtml"
      style={widthStyle(props.width)}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
