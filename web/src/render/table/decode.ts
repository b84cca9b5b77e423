/**
 * The page side of the columnar table format (runtime_py/wasmlit/st/_table.py documents it).
 *
 * A wire table arrives with its buffers as Uint8Arrays (transferred from the worker). We
 * view them as typed arrays without copying (unless misaligned) and decode strings only
 * when a cell is asked for, so a 1M-row table costs nothing per cell until it is shown.
 */

export type Kind =
  | "int"
  | "float"
  | "bool"
  | "string"
  | "datetime"
  | "date"
  | "time"
  | "timedelta"
  | "decimal"
  | "bytes"
  | "object"
  | "category";

export type Label = string | number | boolean | null | Label[];

export interface WireColumn {
  name: Label;
  dtype: string;
  kind: Kind;
  buffer: string | null;
  data: Uint8Array | null;
  offsets: Uint8Array | null;
  validity: Uint8Array | null;
  unit: "s" | "ms" | "us" | "ns" | null;
  tz: string | null;
  range: [number, number] | null;
  categories: WireColumn | null;
  ncategories?: number;
}

export interface WireTable {
  nrows: number;
  columns: WireColumn[];
  index: WireColumn[];
  columns_name: string | null;
}

type Numeric =
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

const CTORS: Record<string, { new (b: ArrayBuffer, o: number, n: number): Numeric; BYTES_PER_ELEMENT: number }> = {
  int8: Int8Array,
  int16: Int16Array,
  int32: Int32Array,
  int64: BigInt64Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  uint64: BigUint64Array,
  float32: Float32Array,
  float64: Float64Array,
};

/** A typed view of a buffer (copied only when its offset is not aligned for the type). */
export function typedView(bytes: Uint8Array, type: string): Numeric {
  const C = CTORS[type];
  if (!C) throw new Error(`unknown buffer type ${type}`);
  let b = bytes;
  if (b.byteOffset % C.BYTES_PER_ELEMENT !== 0) b = b.slice();
  return new C(b.buffer as ArrayBuffer, b.byteOffset, Math.floor(b.byteLength / C.BYTES_PER_ELEMENT));
}

/** ms (datetime, date, timedelta) or µs (time) per stored unit. */
const TO_MS: Record<string, number> = { s: 1000, ms: 1, us: 1e-3, ns: 1e-6 };

const utf8 = new TextDecoder("utf-8");

export function labelText(label: Label): string {
  if (label === null) return "";
  if (Array.isArray(label)) return label.map(labelText).join(" / ");
  return String(label);
}

/** One decoded column: random access by row, typed storage underneath. */
export class Column {
  readonly name: Label;
  readonly label: string;
  readonly dtype: string;
  readonly kind: Kind;
  readonly tz: string | null;
  readonly length: number;
  /** Numeric storage (int/float/bool/datetime/date/time/timedelta/category codes); null for text kinds. */
  readonly values: Numeric | null;
  private readonly validity: Uint8Array | null;
  private readonly offsets: Int32Array | null;
  private readonly bytes: Uint8Array | null;
  private readonly range: [number, number] | null;
  private readonly scale: number;
  private readonly categories: Column | null;
  private strings: (string | undefined)[] | null = null;

  constructor(wire: WireColumn, length: number) {
    this.name = wire.name;
    this.label = labelText(wire.name);
    this.dtype = wire.dtype;
    this.kind = wire.kind;
    this.tz = wire.tz ?? null;
    this.length = length;
    this.validity = wire.validity ?? null;
    this.range = wire.range ?? null;
    this.scale = wire.unit ? TO_MS[wire.unit] : 1;
    this.categories = wire.categories ? new Column(wire.categories, wire.ncategories ?? 0) : null;
    const textual = wire.kind === "string" || wire.kind === "decimal" || wire.kind === "object" || wire.kind === "bytes";
    if (textual) {
      this.values = null;
      this.bytes = wire.data ?? new Uint8Array(0);
      this.offsets = wire.offsets ? (typedView(wire.offsets, "int32") as Int32Array) : new Int32Array(length + 1);
    } else {
      this.bytes = null;
      this.offsets = null;
      const type = wire.kind === "bool" ? "uint8" : wire.kind === "date" ? "int32" : (wire.buffer ?? "int64");
      this.values = wire.data ? typedView(wire.data, type) : null;
    }
  }

  isNull(i: number): boolean {
    const v = this.validity;
    return v !== null && ((v[i >> 3] >> (i & 7)) & 1) === 0;
  }

  /** Whether the column sorts and aligns as a number. */
  get numeric(): boolean {
    return this.kind === "int" || this.kind === "float" || this.kind === "decimal" || this.kind === "timedelta";
  }

  /**
   * The row as a number: the value for int/float/bool (0/1); ms since the epoch for
   * datetime and date; µs since midnight for time; ms for timedelta; the code for
   * category. NaN when null or not numeric.
   */
  number(i: number): number {
    if (this.isNull(i)) return NaN;
    if (this.range) return this.range[0] + this.range[1] * i;
    const vs = this.values;
    if (vs === null) {
      if (this.kind === "decimal") return Number(this.string(i));
      return NaN;
    }
    const raw = vs[i];
    const n = typeof raw === "bigint" ? Number(raw) : raw;
    if (this.kind === "datetime" || this.kind === "timedelta") return n * this.scale;
    if (this.kind === "date") return n * 86_400_000;
    return n;
  }

  /** The exact integer text for int64 columns beyond 2^53 (and any int). */
  intText(i: number): string {
    if (this.range) return String(this.range[0] + this.range[1] * i);
    const raw = this.values ? this.values[i] : NaN;
    return String(raw);
  }

  /** The row's text for string-like kinds (lazily decoded, cached); the category's label; else null. */
  string(i: number): string | null {
    if (this.isNull(i)) return null;
    if (this.kind === "category") {
      const code = this.number(i);
      return code < 0 || !this.categories ? null : this.categories.display(code);
    }
    const off = this.offsets;
    const bytes = this.bytes;
    if (!off || !bytes) return null;
    if (this.strings === null) this.strings = new Array(this.length);
    let s = this.strings[i];
    if (s === undefined) {
      const chunk = bytes.subarray(off[i], off[i + 1]);
      s = this.kind === "bytes" ? bytesText(chunk) : utf8.decode(chunk);
      this.strings[i] = s;
    }
    return s;
  }

  /** The raw bytes of a `bytes` row. */
  rawBytes(i: number): Uint8Array | null {
    if (this.isNull(i) || !this.offsets || !this.bytes) return null;
    return this.bytes.subarray(this.offsets[i], this.offsets[i + 1]);
  }

  /** The row as a JS value: number | boolean | string | Date-ms number | null. */
  value(i: number): number | boolean | string | null {
    if (this.isNull(i)) return null;
    switch (this.kind) {
      case "bool":
        return this.number(i) !== 0;
      case "string":
      case "decimal":
      case "object":
      case "bytes":
      case "category":
        return this.string(i);
      default:
        return this.number(i);
    }
  }

  /** Plain text of a row (unformatted): what a copy or the editor starts from. */
  display(i: number): string {
    const v = this.value(i);
    if (v === null) return "";
    if (this.kind === "int") return this.intText(i);
    return String(v);
  }
}

function bytesText(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
  }
}

export interface Table {
  nrows: number;
  columns: Column[];
  index: Column[];
  columnsName: string | null;
}

export function decodeTable(wire: WireTable): Table {
  const n = wire.nrows;
  return {
    nrows: n,
    columns: wire.columns.map((c) => new Column(c, n)),
    index: wire.index.map((c) => new Column(c, n)),
    columnsName: wire.columns_name ?? null,
  };
}

/**
 * Row order sorted by one column (stable; nulls last in both directions). Numbers and
 * times compare as numbers, text with a plain code-point compare (fast on 1M rows).
 */
export function sortOrder(col: Column, descending: boolean, base?: Uint32Array): Uint32Array {
  const n = col.length;
  const order = base ? Uint32Array.from(base) : Uint32Array.from({ length: n }, (_, i) => i);
  const sign = descending ? -1 : 1;
  const byText = col.kind === "string" || col.kind === "object" || col.kind === "bytes" || col.kind === "category";
  if (!byText) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = col.number(i);
    const pos = new Uint32Array(n);
    for (let i = 0; i < n; i++) pos[order[i]] = i;
    order.sort((a, b) => {
      const ka = keys[a];
      const kb = keys[b];
      const na = ka !== ka;
      const nb = kb !== kb;
      if (na || nb) return na === nb ? pos[a] - pos[b] : na ? 1 : -1;
      return ka < kb ? -sign : ka > kb ? sign : pos[a] - pos[b];
    });
    return order;
  }
  const keys: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = col.string(i);
  const pos = new Uint32Array(n);
  for (let i = 0; i < n; i++) pos[order[i]] = i;
  order.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka === null || kb === null) return ka === kb ? pos[a] - pos[b] : ka === null ? 1 : -1;
    return ka < kb ? -sign : ka > kb ? sign : pos[a] - pos[b];
  });
  return order;
}
