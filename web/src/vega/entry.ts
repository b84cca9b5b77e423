// The lazily loaded chart bundle (dist/wasmlit-vega.js, ESM): vega + vega-lite + vega-embed
// (with vega-tooltip). The page imports it on its first chart only — see render/elements/vega_loader.ts.
import embed from "vega-embed";

export { embed };
export { STREAMLIT_THEME } from "./theme";
