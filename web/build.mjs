// Build web/dist: index.html, wasmlit-page.js, wasmlit-worker.js (classic IIFE worker),
// wasmlit.css (+ the Source Sans 3 font files it references). Minified, no external URLs.
//   node build.mjs            production build
//   node build.mjs --dev      unminified with inline source maps
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const dev = process.argv.includes("--dev");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? "inline" : false,
  target: ["chrome100", "firefox100", "safari15.4"],
  legalComments: "none",
  logLevel: "warning",
  jsx: "automatic",
  jsxImportSource: "preact",
  define: { "process.env.NODE_ENV": dev ? '"development"' : '"production"' },
};

await build({
  ...common,
  entryPoints: [join(here, "src/page/main.tsx")],
  alias: { "linkify-it": join(here, "src/stubs/linkify-it.ts") },
  outfile: join(dist, "wasmlit-page.js"),
  format: "iife",
});

await build({
  ...common,
  entryPoints: [join(here, "src/worker/worker.ts")],
  outfile: join(dist, "wasmlit-worker.js"),
  format: "iife",
});

// Charts: vega + vega-lite + vega-embed as one ESM file the page import()s on its first chart
// (render/elements/vega_loader.ts), so apps without charts never download it.
await build({
  ...common,
  entryPoints: [join(here, "src/vega/entry.ts")],
  outfile: join(dist, "wasmlit-vega.js"),
  format: "esm",
});

// Plotly: plotly.js (minified dist, pinned to what the Python plotly wheel expects) as one ESM file
// the page import()s on its first st.plotly_chart (render/elements/plotly_loader.ts).
await build({
  ...common,
  entryPoints: [join(here, "src/plotly/entry.ts")],
  outfile: join(dist, "wasmlit-plotly.js"),
  format: "esm",
});

// Math: KaTeX (npm `katex`, pinned) as one ESM file the page import()s on the first math it shows
// (katex/loader.ts). Its CSS rides inside the chunk with the woff2 fonts as data: URLs (the woff/ttf
// fallbacks are dropped), so it needs no other file: offline and single-file builds work as is.
const katexCss = await build({
  ...common,
  entryPoints: [join(here, "node_modules/katex/dist/katex.css")],
  outfile: join(dist, "katex.css"),
  write: false,
  minify: true,
  loader: { ".woff2": "dataurl", ".woff": "empty", ".ttf": "empty" },
});
await build({
  ...common,
  entryPoints: [join(here, "src/katex/entry.ts")],
  outfile: join(dist, "wasmlit-katex.js"),
  format: "esm",
  define: { ...common.define, __KATEX_CSS__: JSON.stringify(katexCss.outputFiles[0].text) },
});

await build({
  ...common,
  entryPoints: [join(here, "src/styles.css")],
  outfile: join(dist, "wasmlit.css"),
  loader: { ".woff2": "file" },
  assetNames: "fonts/[name]-[hash]",
});

copyFileSync(join(here, "src/index.html"), join(dist, "index.html"));

// Guard: no external URL may sneak into the bundle (CDN fonts, analytics, ...).
const allowed = [/^http:\/\/www\.w3\.org\//, /^https?:\/\/(localhost|127\.0\.0\.1)/];
const problems = [];
for (const f of ["wasmlit-page.js", "wasmlit-worker.js", "wasmlit-vega.js", "wasmlit-katex.js", "wasmlit.css", "index.html"]) {
  const text = readFileSync(join(dist, f), "utf8");
  for (const m of text.matchAll(/(?:src|href|url)\s*[=(]\s*["']?(https?:\/\/[^"')\s]+)/g)) {
    if (!allowed.some((re) => re.test(m[1]))) problems.push(`${f}: ${m[1]}`);
  }
}
if (problems.length) {
  console.error("external URLs in dist:\n  " + problems.join("\n  "));
  process.exit(1);
}

// Size report.
function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const rows = walk(dist).map((p) => {
  const buf = readFileSync(p);
  return [p.slice(dist.length + 1), buf.length, gzipSync(buf, { level: 9 }).length];
});
for (const [n, r, g] of rows) console.log(`${n.padEnd(40)} ${String(r).padStart(8)} B  gzip ${String(g).padStart(7)} B`);
