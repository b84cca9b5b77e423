// Streamlit's Plotly look, approximated: its template (fonts, palette, transparent background,
// light grid, hover labels) replaces the figure's own template when theme="streamlit"; values the
// figure sets in its layout outside the template still win, as in Streamlit.
import { CATEGORY_COLORS } from "../vega/theme";

const FONT = '"Source Sans 3", "Source Sans Pro", sans-serif';
const TEXT = "#31333f";
const GRID = "#e6eaf1";
const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const SCALE = SEQUENTIAL.map((c, i) => [i / (SEQUENTIAL.length - 1), c]);

const axis = {
  gridcolor: GRID, linecolor: GRID, zerolinecolor: GRID, ticks: "", automargin: true,
  tickfont: { color: "#808495", size: 12 }, title: { font: { color: "#808495", size: 14 }, standoff: 16 },
};

export const STREAMLIT_TEMPLATE = {
  data: {
    heatmap: [{ colorscale: SCALE }], contour: [{ colorscale: SCALE }], histogram2d: [{ colorscale: SCALE }],
    candlestick: [{ increasing: { line: { color: "#29b09d" } }, decreasing: { line: { color: "#ff2b2b" } } }],
  },
  layout: {
    colorway: CATEGORY_COLORS,
    colorscale: { sequential: SCALE },
    font: { family: FONT, color: TEXT, size: 14 },
    title: { font: { family: FONT, color: TEXT, size: 16 }, x: 0, xanchor: "left" },
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    xaxis: axis,
    yaxis: axis,
    legend: { font: { color: "#555867", size: 14 }, title: { font: { color: "#808495", size: 14 } } },
    hoverlabel: { bgcolor: "#ffffff", bordercolor: GRID, font: { family: FONT, color: TEXT, size: 14 } },
    margin: { l: 0, r: 0, t: 40, b: 0, pad: 0 },
  },
};
