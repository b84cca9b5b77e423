// Chart helpers that do not need vega: the spec the page gives vega-embed, when a chart
// re-embeds vs. swaps data, and columnar tables → Vega row objects.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dataKey, localName, prepareSpec, rowsOf, specKey, specText, tableRows } from "../src/render/elements/vega_spec";
import type { WireColumn, WireTable } from "../src/render/table/decode";

function f64(values: number[]): Uint8Array {
  return new Uint8Array(new Float64Array(values).buffer);
}

function column(name: string, extra: Partial<WireColumn>): WireColumn {
  return {
    name, dtype: "float64", kind: "float", buffer: "float64", data: null, offsets: null, validity: null,
    unit: null, tz: null, range: null, categories: null, ...extra,
  };
}

function table(): WireTable {
  const strings = new TextEncoder().encode("pq");
  return {
    nrows: 2,
    columns: [
      column("x", { data: f64([1.5, NaN]), validity: new Uint8Array([0b01]) }),
      column("t", { dtype: "datetime64[ns]", kind: "datetime", buffer: "int64", unit: "ns",
        data: new Uint8Array(new BigInt64Array([86_400_000_000_000n, 0n]).buffer) }),
      column("s", { dtype: "object", kind: "string", buffer: null, data: strings,
        offsets: new Uint8Array(new Int32Array([0, 1, 2]).buffer) }),
    ],
    index: [column("", { dtype: "int64", kind: "int", buffer: "int64", range: [0, 1] })],
    columns_name: null,
  };
}

const SPEC = JSON.stringify({ mark: { type: "circle" }, data: { name: "abc123" }, width: 0, height: 0 });

test("tables become row objects: numbers, nulls, datetimes as epoch ms, strings", () => {
  assert.deepEqual(tableRows(table()), [
    { x: 1.5, t: 86_400_000, s: "p" },
    { x: null, t: 0, s: "q" },
  ]);
});

test("dataset names (content hashes) are replaced by stable local names", () => {
  const props = { spec: SPEC, datasets: [{ name: "abc123", data: table() }] };
  assert.equal(JSON.parse(specText(props)).data.name, localName(0));
  assert.deepEqual(Object.keys(rowsOf(props)), [localName(0)]);
});

test("new data under the same spec changes the data key only; a new spec changes the spec key", () => {
  const a = { spec: SPEC, datasets: [{ name: "abc123", data: table() }], builtin: true };
  const b = { ...a, spec: SPEC.replace("abc123", "def456"), datasets: [{ name: "def456", data: table() }] };
  const c = { ...a, spec: SPEC.replace("circle", "point") };
  assert.equal(specKey(a), specKey(b));
  assert.notEqual(dataKey(a), dataKey(b));
  assert.notEqual(specKey(a), specKey(c));
  assert.equal(dataKey(a), dataKey(c));
});

test("built-in charts: default height 350, stretch to the container, datasets inlined", () => {
  const props = { spec: SPEC, datasets: [{ name: "abc123", data: table() }], builtin: true, use_container_width: true };
  const spec = prepareSpec(props, rowsOf(props));
  assert.equal(spec.height, 350);
  assert.equal(spec.width, "container");
  assert.deepEqual(spec.autosize, { type: "fit", contains: "padding" });
  assert.equal(spec.datasets[localName(0)].length, 2);
});

test("users' specs keep their size; width 0 means Vega-Lite's default; composite specs are left alone", () => {
  const user = prepareSpec({ spec: JSON.stringify({ mark: "bar", width: 200, height: 120 }) }, {});
  assert.equal(user.width, 200);
  assert.equal(user.height, 120);
  const unset = prepareSpec({ spec: JSON.stringify({ mark: "bar", width: 0, height: 0 }) }, {});
  assert.ok(!("width" in unset) && !("height" in unset));
  const concat = prepareSpec({ spec: JSON.stringify({ hconcat: [] }), use_container_width: true, builtin: true }, {});
  assert.ok(!("width" in concat) && !("height" in concat));
});

test("inline values datasets (Altair's non-tabular data) pass through", () => {
  const props = { spec: SPEC, datasets: [{ name: "abc123", values: [{ a: 1 }] }] };
  assert.deepEqual(rowsOf(props)[localName(0)], [{ a: 1 }]);
});
