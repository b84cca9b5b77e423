// Markdown → HTML on the main thread (CommonMark via markdown-it).
//
// unsafe_allow_html=false: raw HTML is disabled in markdown-it, so `<script>` or
//   `<img onerror>` come out as escaped text and never execute.
// unsafe_allow_html=true: raw HTML is allowed, and the output is sanitized with
//   DOMPurify (no scripts, no event handlers, no javascript: URLs).
// Links open in a new tab with rel="noopener noreferrer".

import type { DOMPurify } from "dompurify";
import MarkdownIt from "markdown-it";
import { mathPlugin } from "./math";

type Purifier = Pick<DOMPurify, "sanitize" | "addHook">;

function makeParser(html: boolean) {
  const md = new MarkdownIt("commonmark", { html, linkify: false, breaks: false });
  md.enable(["table", "strikethrough"]);
  md.use(mathPlugin); // $…$ and $$…$$ (drawn by the lazy KaTeX chunk: katex/loader.ts)
  const defaultOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet("href") ?? "");
    if (!href.startsWith("#")) {
      tokens[idx].attrSet("target", "_blank");
      tokens[idx].attrSet("rel", "noopener noreferrer");
    }
    return defaultOpen(tokens, idx, options, env, self);
  };
  return md;
}

export class MarkdownRenderer {
  private safe = makeParser(false);
  private unsafe = makeParser(true);
  private purifier: Purifier | null;

  constructor(purifier: Purifier | null) {
    this.purifier = purifier;
    purifier?.addHook("afterSanitizeAttributes", (node: Element) => {
      if (node.tagName === "A" && node.getAttribute("href") && !node.getAttribute("href")!.startsWith("#")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
  }

  /** Block markdown (paragraphs, lists, ...). */
  render(body: string, allowHtml = false): string {
    return allowHtml ? this.sanitize(this.unsafe.render(body)) : this.safe.render(body);
  }

  /** Inline markdown only (labels, headings): no surrounding <p>. */
  renderInline(body: string, allowHtml = false): string {
    return allowHtml ? this.sanitize(this.unsafe.renderInline(body)) : this.safe.renderInline(body);
  }

  /** Raw HTML (st.html): the same sanitising as unsafe_allow_html; <style> tags are kept. */
  sanitizeHtml(html: string): string {
    if (!this.purifier) return this.safe.utils.escapeHtml(html);
    return this.purifier.sanitize(html, { ADD_ATTR: ["target"], FORCE_BODY: true }) as string;
  }

  private sanitize(html: string): string {
    if (!this.purifier) {
      // No sanitizer available: refuse raw HTML rather than trust it.
      return this.safe.utils.escapeHtml(html);
    }
    return this.purifier.sanitize(html, { ADD_ATTR: ["target"] }) as string;
  }
}
