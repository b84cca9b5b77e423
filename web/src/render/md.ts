// The page's shared markdown renderer (DOMPurify bound to the page's window).
import DOMPurifyFactory from "dompurify";
import { MarkdownRenderer } from "./markdown";

let instance: MarkdownRenderer | null = null;

export function markdown(): MarkdownRenderer {
  if (!instance) instance = new MarkdownRenderer(DOMPurifyFactory(window));
  return instance;
}
