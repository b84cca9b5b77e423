// A Streamlit-like Vega-Lite config: Source Sans 3, gray axes without ticks or domain lines,
// light grid, the Streamlit categorical palette, legends at the bottom. Spec config wins.

const gray = {
  g20: "#e6eaf1",
  g30: "#d5dae5",
  g70: "#808495",
  g80: "#555867",
  g90: "#31333f",
};

export const CATEGORY_COLORS = [
  "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
  "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
];
const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];

const FONT = '"Source Sans 3", "Source Sans Pro", sans-serif';

export const STREAMLIT_THEME: Record<string, unknown> = {
  font: FONT,
  background: "transparent",
  fieldTitle: "verbal",
  title: { align: "left", anchor: "start", color: gray.g90, fontWeight: 600, fontSize: 16, orient: "top", offset: 26 },
  header: { titleFontWeight: 400, titleFontSize: 16, titleColor: gray.g80, labelFontSize: 12, labelColor: gray.g80 },
  axis: {
    labelFontSize: 12, labelFontWeight: 400, labelColor: gray.g70, titleFontWeight: 400, titleFontSize: 14,
    titleColor: gray.g70, ticks: false, gridColor: gray.g20, domain: false, domainColor: gray.g20,
    labelFlush: true, labelFlushOffset: 1, labelBound: false, labelLimit: 100, titlePadding: 16,
    labelPadding: 16, labelSeparation: 4, labelOverlap: true,
  },
  legend: {
    labelFontSize: 14, labelFontWeight: 400, labelColor: gray.g80, titleFontSize: 14, titleFontWeight: 400,
    titleColor: gray.g70, titlePadding: 5, labelPadding: 16, columnPadding: 8, rowPadding: 4, padding: 7,
    symbolStrokeWidth: 4,
  },
  range: { category: CATEGORY_COLORS, diverging: DIVERGING, ramp: SEQUENTIAL, heatmap: SEQUENTIAL },
  view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
  concat: { columns: 1 },
  facet: { columns: 1 },
  mark: { color: CATEGORY_COLORS[0] },
  bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
  axisDiscrete: { grid: false },
  axisXPoint: { grid: false },
  axisTemporal: { grid: false },
  axisXBand: { grid: false },
};
