import assert from "node:assert/strict";
import { test } from "node:test";
import DOMPurifyFactory from "dompurify";
import { JSDOM } from "jsdom";
import { MarkdownRenderer } from "../src/render/markdown";

const { window } = new JSDOM("");
const md = new MarkdownRenderer(DOMPurifyFactory(window as unknown as Window & typeof globalThis));

function dom(html: string): Document {
  return new JSDOM(`<body>${html}</body>`).window.document;
}

const ATTACKS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload="alert(1)"></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<div onclick="alert(1)">hi</div>',
  "[link](javascript:alert(1))",
];

function assertHarmless(html: string) {
  const doc = dom(html);
  assert.equal(doc.querySelectorAll("script,iframe,object,embed").length, 0, html);
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      assert.ok(!/^on/i.test(attr.name), `event handler ${attr.name} survived: ${html}`);
      assert.ok(!/^\s*javascript:/i.test(attr.value), `javascript: URL survived: ${html}`);
    }
  }
}

for (const allow of [false, true]) {
  for (const attack of ATTACKS) {
    test(`unsafe_allow_html=${allow}: ${attack}`, () => {
      assertHarmless(md.render(attack, allow));
      assertHarmless(md.renderInline(attack, allow));
    });
  }
}

test("html disabled: tags are shown as text", () => {
  const html = md.render("<script>alert(1)</script> <b>bold</b>", false);
  assert.match(html, /&lt;script&gt;/);
  const doc = dom(html);
  assert.equal(doc.querySelector("b"), null);
  assert.match(doc.body.textContent ?? "", /<b>bold<\/b>/);
});

test("html enabled: harmless tags survive sanitizing", () => {
  const doc = dom(md.render('<b style="color:red">bold</b> and <span class="x">span</span>', true));
  assert.equal(doc.querySelector("b")?.textContent, "bold");
  assert.equal(doc.querySelector("span")?.textContent, "span");
});

test("CommonMark basics and links open in a new tab", () => {
  const doc = dom(md.render("# Title\n\n**bold** _it_ `code`\n\n- a\n- b\n\n[x](https://example.com)"));
  assert.equal(doc.querySelector("h1")?.textContent, "Title");
  assert.equal(doc.querySelectorAll("li").length, 2);
  const a = doc.querySelector("a")!;
  assert.equal(a.getAttribute("target"), "_blank");
  assert.match(a.getAttribute("rel") ?? "", /noopener/);
});

test("links in sanitized HTML also get target/rel", () => {
  const a = dom(md.render('<a href="https://example.com">x</a>', true)).querySelector("a")!;
  assert.equal(a.getAttribute("target"), "_blank");
  assert.match(a.getAttribute("rel") ?? "", /noopener/);
});

test("inline rendering has no paragraph wrapper", () => {
  assert.equal(md.renderInline("**Name**"), "<strong>Name</strong>");
});
