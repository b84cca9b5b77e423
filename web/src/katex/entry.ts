// The lazily loaded KaTeX chunk (dist/wasmlit-katex.js, built by build.mjs): KaTeX itself plus
// its stylesheet, whose woff2 fonts are inlined as data: URLs so the chunk works offline and in
// single-file builds with nothing else to fetch. The CSS is injected once, on first load.
import katex from "katex";

declare const __KATEX_CSS__: string;

let styled = false;

function addStyle(): void {
  if (styled) return;
  styled = true;
  const style = document.createElement("style");
  style.dataset.wasmlit = "katex";
  style.textContent = __KATEX_CSS__;
  document.head.appendChild(style);
}

/** KaTeX HTML for `tex`; a TeX error is shown in KaTeX's red error style, never thrown. */
export function renderMath(tex: string, display: boolean): string {
  addStyle();
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
}
