// Markdown math, as Streamlit's Markdown supports it: `$…$` inline and `$$…$$` display
// (st.latex sends its body as a `$$` block). markdown-it rules turn math into
// <span|div class="wl-math" data-display=…>TeX source</span>; the page swaps each for KaTeX
// HTML once the lazy KaTeX chunk is loaded (katex/loader.ts), so until then the source shows.
// Dollar amounts are left alone: an opening `$` must not be followed by a space, a closing one
// must not follow a space nor be followed by a digit ("$5 and $10" stays text). `\$` is a dollar.
import type { MarkdownIt, StateBlock, StateInline } from "markdown-it";

export const MATH_CLASS = "wl-math";

function mathTag(md: MarkdownIt, tex: string, display: boolean, block: boolean): string {
  const tag = block ? "div" : "span";
  return `<${tag} class="${MATH_CLASS}" data-display="${display ? 1 : 0}">${md.utils.escapeHtml(tex)}</${tag}>`;
}

function closingDollar(src: string, from: number, max: number): number {
  for (let i = from; i < max; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x24 /* $ */) return i;
  }
  return -1;
}

function inlineMath(state: StateInline, silent: boolean): boolean {
  const { src, posMax } = state;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x24) return false;
  const display = src.charCodeAt(start + 1) === 0x24;
  const open = start + (display ? 2 : 1);
  let end: number;
  if (display) {
    end = src.indexOf("$$", open);
    if (end < 0 || end >= posMax) return false;
  } else {
    if (open >= posMax || /\s/.test(src[open])) return false;
    end = closingDollar(src, open, posMax);
    if (end < 0 || /\s/.test(src[end - 1]) || /[0-9]/.test(src[end + 1] ?? "")) return false;
  }
  const tex = src.slice(open, end);
  if (!tex.trim()) return false;
  if (!silent) {
    const token = state.push("math_inline", "math", 0);
    token.content = tex;
    token.meta = { display };
  }
  state.pos = end + (display ? 2 : 1);
  return true;
}

function blockMath(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineText = (n: number) => state.src.slice(state.bMarks[n] + state.tShift[n], state.eMarks[n]);
  const first = lineText(startLine);
  if (state.sCount[startLine] - state.blkIndent >= 4 || !first.startsWith("$$")) return false;
  let body = first.slice(2);
  let line = startLine;
  let closed = body.trimEnd().endsWith("$$");
  if (closed) body = body.trimEnd().slice(0, -2);
  while (!closed) {
    line++;
    if (line >= endLine) return false; // no closing $$: not a math block
    const text = lineText(line);
    closed = text.trimEnd().endsWith("$$");
    body += "\n" + (closed ? text.trimEnd().slice(0, -2) : text);
  }
  if (silent) return true;
  const token = state.push("math_block", "math", 0);
  token.content = body.trim();
  token.map = [startLine, line + 1];
  token.block = true;
  state.line = line + 1;
  return true;
}

/** markdown-it plugin: `md.use(mathPlugin)`. */
export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after("escape", "math_inline", inlineMath);
  md.block.ruler.before("fence", "math_block", blockMath, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.renderer.rules.math_inline = (tokens, idx) => mathTag(md, tokens[idx].content, !!tokens[idx].meta?.display, false);
  md.renderer.rules.math_block = (tokens, idx) => mathTag(md, tokens[idx].content, true, true) + "\n";
}
