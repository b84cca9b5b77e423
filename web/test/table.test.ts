import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { decodeTable, sortOrder, typedView, type WireTable } from "../src/render/table/decode";

/** The fixture Python wrote (tests/runtime/table_fixture.py): restore buffers like the worker does. */
function fixture(): { table: WireTable; expected: Record<string, unknown[]>; big_text: string } {
  const doc = JSON.parse(readFileSync(new URL("test/fixtures/table-wire.json", `file://${process.cwd()}/`), "utf8"));
  const buffers: Uint8Array[] = doc.buffers.map((b: string) => new Uint8Array(Buffer.from(b, "base64")));
  const restore = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(restore);
    if (v && typeof v === "object") {
      if ("$binary" in v) return buffers[(v as { $binary: number }).$binary];
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, restore(x)]));
    }
    return v;
  };
  return restore(doc.message) as never;
}

test("every kind decodes to the values Python encoded", () => {
  const { table, expected, big_text } = fixture();
  const t = decodeTable(table);
  assert.equal(t.nrows, 3);
  assert.deepEqual(t.columns.map((c) => c.label).sort(), Object.keys(expected).sort());
  for (const col of t.columns) {
    const got = [0, 1, 2].map((i) => col.value(i));
    assert.deepEqual(got, expected[col.label], `column ${col.label} (${col.kind})`);
  }
  const big = t.columns.find((c) => c.label === "big")!;
  assert.equal(big.intText(0), big_text, "int64 beyond 2^53 keeps its exact text");
  assert.equal(t.columns.find((c) => c.label === "tz")!.tz, "Europe/Paris");
  assert.equal(t.index.length, 1);
  assert.equal(t.index[0].label, "row");
  assert.deepEqual([0, 1, 2].map((i) => t.index[0].value(i)), ["r0", "r1", "r2"]);
});

test("a RangeIndex needs no buffer", () => {
  const t = decodeTable({
    nrows: 4,
    columns: [],
    index: [
      {
        name: null, dtype: "int64", kind: "int", buffer: "int64", data: null, offsets: null, validity: null,
        unit: null, tz: null, range: [10, 2], categories: null,
      },
    ],
    columns_name: null,
  });
  assert.deepEqual([0, 1, 2, 3].map((i) => t.index[0].value(i)), [10, 12, 14, 16]);
});

test("misaligned buffers are copied, aligned ones are views", () => {
  const backing = new Uint8Array(17);
  new Float64Array(backing.buffer, 0, 2).set([1.5, -2]);
  const aligned = typedView(backing.subarray(0, 16), "float64");
  assert.equal(aligned.buffer, backing.buffer);
  const shifted = new Uint8Array(17);
  shifted.set(backing.subarray(0, 16), 1);
  const copied = typedView(shifted.subarray(1), "float64") as Float64Array;
  assert.deepEqual(Array.from(copied), [1.5, -2]);
});

test("sorting: numbers, text, nulls last, stable", () => {
  const { table } = fixture();
  const t = decodeTable(table);
  const f64 = t.columns.find((c) => c.label === "f64")!; // 0.5, null, -2.25
  assert.deepEqual(Array.from(sortOrder(f64, false)), [2, 0, 1]);
  assert.deepEqual(Array.from(sortOrder(f64, true)), [0, 2, 1]);
  const s = t.columns.find((c) => c.label === "s")!; // a, null, héllo
  assert.deepEqual(Array.from(sortOrder(s, false)), [0, 2, 1]);
  const cat = t.columns.find((c) => c.label === "cat")!; // y, null, x
  assert.deepEqual(Array.from(sortOrder(cat, false)), [2, 0, 1]);
  const dt = t.columns.find((c) => c.label === "dt")!;
  assert.deepEqual(Array.from(sortOrder(dt, true)), [0, 2, 1]);
  const b = t.columns.find((c) => c.label === "b")!; // T F T → stable: F, T(0), T(2)
  assert.deepEqual(Array.from(sortOrder(b, false)), [1, 0, 2]);
});

test("one million rows sort in well under a second", () => {
  const n = 1_000_000;
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = (i * 7919) % n;
  const t = decodeTable({
    nrows: n,
    columns: [
      {
        name: "x", dtype: "float64", kind: "float", buffer: "float64", data: new Uint8Array(data.buffer),
        offsets: null, validity: null, unit: null, tz: null, range: null, categories: null,
      },
    ],
    index: [],
    columns_name: null,
  });
  const t0 = performance.now();
  const order = sortOrder(t.columns[0], false);
  const ms = performance.now() - t0;
  assert.equal(t.columns[0].value(order[0]), 0);
  assert.equal(t.columns[0].value(order[n - 1]), n - 1);
  assert.ok(ms < 3000, `sorted 1M in ${ms} ms`);
});
