// Pure pieces of st.html, st.pagination and st.metric's sparkline.
import assert from "node:assert/strict";
import { test } from "node:test";
import DOMPurifyFactory from "dompurify";
import { JSDOM } from "jsdom";
import { MarkdownRenderer } from "../src/render/markdown";
import { visiblePages } from "../src/render/elements/pagination";
import { sparkPaths } from "../src/render/elements/metric";

const { window } = new JSDOM("");
const md = new MarkdownRenderer(DOMPurifyFactory(window as unknown as Window & typeof globalThis));

test("st.html keeps styles and markup, drops scripts and handlers", () => {
  const out = md.sanitizeHtml("<style>.a{color:red}</style><p class='a' onclick='x()'>hi</p><script>x()</script>");
  const doc = new JSDOM(`<body>${out}</body>`).window.document;
  assert.equal(doc.querySelector("style")?.textContent, ".a{color:red}"); // a leading <style> survives
  assert.equal(doc.querySelector("p")?.textContent, "hi");
  assert.equal(doc.querySelector("p")?.getAttribute("onclick"), null);
  assert.equal(doc.querySelector("script"), null);
});

test("pagination shows every page when they fit, else a window with the ends", () => {
  assert.deepEqual(visiblePages(2, 5, 7), [1, 2, 3, 4, 5]);
  assert.deepEqual(visiblePages(1, 5, null), [1, 2, 3, 4, 5]);
  assert.deepEqual(visiblePages(1, 20, 0), []);
  const pages = visiblePages(10, 20, 7);
  assert.equal(pages.length, 7);
  assert.deepEqual([pages[0], pages[1], pages[5], pages[6]], [1, null, null, 20]);
  assert.ok(pages.includes(10));
  assert.deepEqual(visiblePages(1, 20, 7).slice(0, 3), [1, 2, 3]);
  assert.deepEqual(visiblePages(20, 20, 7).slice(-3), [18, 19, 20]);
});

test("sparkline paths span the box", () => {
  const line = sparkPaths([1, 3, 2], "line");
  assert.ok(line.line.startsWith("M0.00,") && line.line.includes("L100.00,"));
  assert.equal(line.area, null);
  assert.ok(sparkPaths([1, 2], "area").area!.endsWith("Z"));
  const bars = sparkPaths([0, 2], "bar").bars;
  assert.equal(bars.length, 2);
  assert.equal(bars[1][1] + bars[1][3], 30); // bars stand on the bottom edge
  assert.equal(bars[1][1], 1); // the tallest reaches the top (less a 1px margin)
});
