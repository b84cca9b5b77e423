// The lazily loaded Plotly bundle (dist/wasmlit-plotly.js, ESM): the minified plotly.js dist,
// pinned to the version the Python plotly wheel expects. Imported by the page on its first
// st.plotly_chart only — see render/elements/plotly_loader.ts — so other apps never fetch it.
// @ts-ignore: the dist bundle ships no types; render/elements/plotly_chart.tsx types what it uses.
import Plotly from "plotly.js-dist-min";

export { Plotly };
