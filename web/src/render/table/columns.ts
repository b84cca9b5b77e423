/**
 * What the grid shows: its columns (index first, then column_order / column_config), their
 * starting widths, and the order of its rows (sorted, minus deleted, plus added rows).
 */

import type { Props } from "../shared";
import { type Column, type Table, sortOrder } from "./decode";
import { cellText, type ColumnConfig } from "./format";

const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };

/** One displayed column. */
export interface GridColumn {
  key: string; // stable key for widths
  name: string; // the column's name as data_editor edits name it ("_index" for the index)
  col: Column;
  cfg: ColumnConfig;
  label: string;
  isIndex: boolean;
}

/** A displayed row: a row of the original data, or a row the user added (data_editor). */
export type RowRef = number; // >= 0: original position; < 0: -(added index) - 1

export interface Edits {
  edited_rows: Record<string, Record<string, unknown>>;
  added_rows: Record<string, unknown>[];
  deleted_rows: number[];
}

export interface EditorApi {
  edits: Edits;
  dynamic: boolean;
  disabledAll: boolean;
  setCell(row: RowRef, name: string, value: unknown): void;
  addRow(): void;
  deleteRows(rows: RowRef[]): void;
}

export function gridColumns(table: Table, props: Props, editing: boolean): GridColumn[] {
  const indexCfg: ColumnConfig[] = props.index_config ?? [];
  const colCfg: ColumnConfig[] = props.column_config ?? [];
  const out: GridColumn[] = [];
  const hideIndex = props.hide_index === true;
  if (!hideIndex) {
    table.index.forEach((c, i) => {
      const cfg = indexCfg[i] ?? {};
      if (cfg.hidden) return;
      out.push({ key: `i${i}`, name: "_index", col: c, cfg, label: cfg.label ?? c.label, isIndex: true });
    });
  }
  const order: string[] | null = props.column_order ?? null;
  const positions = order
    ? order.flatMap((name) => table.columns.map((c, i) => (c.label === name ? i : -1)).filter((i) => i >= 0))
    : table.columns.map((_, i) => i);
  for (const i of positions) {
    const c = table.columns[i];
    const cfg = colCfg[i] ?? {};
    if (cfg.hidden) continue;
    out.push({ key: `c${i}`, name: c.label, col: c, cfg, label: cfg.label ?? c.label, isIndex: false });
  }
  void editing;
  return out;
}

export function initialWidth(gc: GridColumn, nrows: number): number {
  const w = gc.cfg.width;
  if (typeof w === "number") return w;
  if (w && WIDTHS[w]) return WIDTHS[w];
  let chars = gc.label.length + 2;
  const sample = Math.min(nrows, 50);
  for (let r = 0; r < sample; r++) chars = Math.max(chars, (cellText(gc.col, r, gc.cfg) ?? "None").length);
  return Math.max(60, Math.min(320, Math.round(chars * 7.6 + 26)));
}

export type Sort = { key: string; desc: boolean } | null;

/** Row order: sorted original rows (no sorting with dynamic rows, as in Streamlit), minus
 * deleted rows, plus added rows. */
export function rowOrder(table: Table, columns: GridColumn[], sort: Sort, dynamic: boolean,
  edits: Edits | undefined): Uint32Array | Int32Array {
  let order: Uint32Array | null = null;
  if (sort && !dynamic) {
    const gc = columns.find((c) => c.key === sort.key);
    if (gc) order = sortOrder(gc.col, sort.desc);
  }
  if (!edits) return order ?? identity(table.nrows);
  const deleted = new Set(edits.deleted_rows);
  const base = order ?? identity(table.nrows);
  const out = new Int32Array(base.length - countIn(deleted, table.nrows) + edits.added_rows.length);
  let k = 0;
  for (let i = 0; i < base.length; i++) if (!deleted.has(base[i])) out[k++] = base[i];
  for (let a = 0; a < edits.added_rows.length; a++) out[k++] = -a - 1;
  return out;
}

function identity(n: number): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function countIn(s: Set<number>, n: number): number {
  let k = 0;
  for (const x of s) if (x >= 0 && x < n) k++;
  return k;
}
