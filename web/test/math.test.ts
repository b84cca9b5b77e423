import assert from "node:assert/strict";
import { test } from "node:test";
import DOMPurifyFactory from "dompurify";
import { JSDOM } from "jsdom";
import katex from "katex";
import { MarkdownRenderer } from "../src/render/markdown";

const { window } = new JSDOM("");
const md = new MarkdownRenderer(DOMPurifyFactory(window as unknown as Window & typeof globalThis));

function maths(html: string): Array<[string, string]> {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  return Array.from(doc.querySelectorAll(".wl-math")).map((el) => [el.getAttribute("data-display") ?? "", el.textContent ?? ""]);
}

test("inline $…$ becomes an inline math span with the TeX source", () => {
  const html = md.render("Area is $\\pi r^2$ here");
  assert.deepEqual(maths(html), [["0", "\\pi r^2"]]);
  assert.match(html, /^<p>Area is <span class="wl-math"/);
});

test("st.latex's $$ block (multi-line) and one-line $$…$$ are display math", () => {
  assert.deepEqual(maths(md.render("$$\na^2 + b^2\n= c^2\n$$")), [["1", "a^2 + b^2\n= c^2"]]);
  assert.deepEqual(maths(md.render("$$x<y$$")), [["1", "x<y"]]);
  assert.deepEqual(maths(md.render("so $$e^x$$ inline")), [["1", "e^x"]]);
});

test("dollar amounts, escaped dollars and code are not math", () => {
  assert.deepEqual(maths(md.render("It costs $5 and $10 today")), []);
  assert.deepEqual(maths(md.render("a $ b $ c")), []);
  assert.deepEqual(maths(md.render("\\$x\\$ and `$y$`")), []);
  assert.deepEqual(maths(md.render("unclosed $$\nno end")), []);
});

test("TeX is escaped (no HTML injection through math) and survives unsafe_allow_html", () => {
  const html = md.render("$<img src=x onerror=alert(1)>$");
  assert.ok(!html.includes("<img"));
  assert.deepEqual(maths(md.render("<b>bold</b> $x_1$", true)), [["0", "x_1"]]);
});

test("the TeX the spans carry is what KaTeX renders", () => {
  const [[, tex]] = maths(md.render("$\\frac{1}{2}$"));
  assert.match(katex.renderToString(tex), /class="katex"/);
});
