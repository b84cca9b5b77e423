// Pure helpers for st.*_chart / altair_chart / vega_lite_chart (no vega import here: the
// vega bundle is loaded lazily). Props: {spec (JSON text), datasets: [{name, data|values}],
// use_container_width, theme, builtin} — see runtime_py/wasmlit/protocol.py.

import type { Props } from "../shared";
import { decodeTable, type WireTable } from "../table/decode";

export const DEFAULT_BUILTIN_HEIGHT = 350;

export type Row = Record<string, unknown>;

/** A columnar table (runtime_py/wasmlit/st/_table.py) as the row objects Vega wants: numbers,
 * booleans, strings, null; datetimes and dates as ms since the epoch (Vega's temporal values). */
export function tableRows(wire: WireTable): Row[] {
  const table = decodeTable(wire);
  const n = table.nrows;
  const cols = table.columns.map((c) => ({ name: c.label, col: c }));
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Row = {};
    for (const { name, col } of cols) row[name] = col.value(i);
    rows[i] = row;
  }
  return rows;
}

export function datasetRows(ds: { name: string; data?: WireTable; values?: unknown[] }): Row[] {
  if (ds.data) return tableRows(ds.data);
  return (ds.values ?? []) as Row[];
}

/** The view's own name for dataset i: stable across reruns, whatever the content hash. */
export function localName(i: number): string {
  return `wl_ds_${i}`;
}

function datasets(props: Props): { name: string; data?: WireTable; values?: unknown[] }[] {
  return (props.datasets ?? []) as { name: string }[];
}

/** The spec text with dataset names (content hashes) replaced by the stable local names. */
export function specText(props: Props): string {
  let text = String(props.spec ?? "{}");
  datasets(props).forEach((ds, i) => {
    text = text.split(JSON.stringify(ds.name)).join(JSON.stringify(localName(i)));
  });
  return text;
}

/** What decides a re-embed: everything but the data values. */
export function specKey(props: Props): string {
  return JSON.stringify([specText(props), !!props.use_container_width, props.theme ?? null, !!props.builtin,
    datasets(props).length]);
}

/** What decides a data update: dataset names are content hashes. */
export function dataKey(props: Props): string {
  return datasets(props).map((d) => d.name).join("|");
}

/** Each dataset's rows, under its local name. */
export function rowsOf(props: Props): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  datasets(props).forEach((ds, i) => {
    out[localName(i)] = datasetRows(ds);
  });
  return out;
}

const COMPOSITE = ["hconcat", "vconcat", "concat", "facet", "repeat"];

/** The spec vega-embed gets: layout defaults applied, the datasets' rows inlined. */
export function prepareSpec(props: Props, rows: Record<string, Row[]>): Record<string, any> {
  const spec: Record<string, any> = JSON.parse(specText(props));
  const composite = COMPOSITE.some((k) => k in spec);
  if (!composite) {
    if (props.builtin && !spec.height) spec.height = DEFAULT_BUILTIN_HEIGHT;
    if (props.use_container_width) {
      spec.width = "container";
      spec.autosize = spec.autosize ?? { type: "fit", contains: "padding" };
    } else if (spec.width === 0) {
      delete spec.width;
    }
    if (spec.height === 0) delete spec.height;
  }
  if (Object.keys(rows).length) spec.datasets = { ...(spec.datasets ?? {}), ...rows };
  return spec;
}
