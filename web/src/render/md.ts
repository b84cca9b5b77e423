// The page's shared markdown renderer (DOMPurify bound to the page's window).
import DOMPurifyFactory from "dompurify";
import { watchMath } from "../katex/loader";
import { MarkdownRenderer } from "./markdown";

let instance: MarkdownRenderer | null = null;

export function markdown(): MarkdownRenderer {
  if (!instance) {
    instance = new MarkdownRenderer(DOMPurifyFactory(window));
    watchMath(); // math spans from this renderer are typeset by the lazy KaTeX chunk
  }
  return instance;
}
