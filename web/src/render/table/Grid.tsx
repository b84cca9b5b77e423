/**
 * The virtualised grid behind st.dataframe and st.data_editor.
 *
 * Rows are virtualised with @tanstack/virtual-core: only the visible rows (+ overscan)
 * are in the DOM. Browsers cap an element's height (~33M px in Chromium), so past
 * MAX_SCROLL px the scroll range is scaled: the spacer is MAX_SCROLL high and a scroll
 * position maps linearly onto the virtual row offsets (1M rows × 35 px still reach the
 * last row). Sorting (header click: ascending → descending → original) runs on the
 * typed column arrays; columns resize by dragging the header's right edge.
 */

import {
  Virtualizer,
  observeElementRect,
  type VirtualItem,
} from "@tanstack/virtual-core";
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import type { Props } from "../shared";
import { Help } from "../shared";
import { type Column, type Table, sortOrder } from "./decode";
import { alignment, cellText, type ColumnConfig, editValue, formatNumberCell } from "./format";

export const ROW_HEIGHT = 35;
const MAX_SCROLL = 8_000_000;
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

function initialWidth(gc: GridColumn, nrows: number): number {
  const w = gc.cfg.width;
  if (typeof w === "number") return w;
  if (w && WIDTHS[w]) return WIDTHS[w];
  let chars = gc.label.length + 2;
  const sample = Math.min(nrows, 50);
  for (let r = 0; r < sample; r++) chars = Math.max(chars, (cellText(gc.col, r, gc.cfg) ?? "None").length);
  return Math.max(60, Math.min(320, Math.round(chars * 7.6 + 26)));
}

type Sort = { key: string; desc: boolean } | null;

/** Parse what the user typed into the JSON value edits carry. undefined = invalid. */
function parseDraft(gc: GridColumn, draft: string): unknown {
  const kind = gc.col.kind;
  const t = draft.trim();
  if (t === "") return null;
  if (kind === "int" || kind === "float" || kind === "decimal" || gc.cfg.type_config?.type === "number") {
    const n = Number(t.replace(/,/g, ""));
    if (!Number.isFinite(n)) return undefined;
    return kind === "int" ? Math.trunc(n) : n;
  }
  if (kind === "bool") return /^(true|1|yes)$/i.test(t);
  return draft;
}

function jsonText(gc: GridColumn, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return formatNumberCell(v, gc.cfg.type_config?.format, gc.col.kind === "int");
  return String(v);
}

export function Grid({ table, props, editor }: { table: Table; props: Props; editor?: EditorApi }) {
  const columns = useMemo(() => gridColumns(table, props, !!editor), [table, props.column_order, props.hide_index,
    props.column_config, props.index_config]);
  const [widths, setWidths] = useState<Record<string, number>>({});
  const [sort, setSort] = useState<Sort>(null);
  const [sel, setSel] = useState<{ r: number; c: number } | null>(null);
  const [edit, setEdit] = useState<{ r: number; c: number; draft: string } | null>(null);
  const [marked, setMarked] = useState<Set<RowRef>>(new Set());
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((x: number) => x + 1, 0);

  const width = (gc: GridColumn) => widths[gc.key] ?? initialWidth(gc, table.nrows);
  const dynamic = !!editor?.dynamic;

  // Row order: sorted original rows (no sorting with dynamic rows, as in Streamlit), minus
  // deleted rows, plus added rows.
  const rows = useMemo((): Uint32Array | Int32Array => {
    let order: Uint32Array | null = null;
    if (sort && !dynamic) {
      const gc = columns.find((c) => c.key === sort.key);
      if (gc) order = sortOrder(gc.col, sort.desc);
    }
    if (!editor) return order ?? identity(table.nrows);
    const deleted = new Set(editor.edits.deleted_rows);
    const base = order ?? identity(table.nrows);
    const out = new Int32Array(base.length - countIn(deleted, table.nrows) + editor.edits.added_rows.length);
    let k = 0;
    for (let i = 0; i < base.length; i++) if (!deleted.has(base[i])) out[k++] = base[i];
    for (let a = 0; a < editor.edits.added_rows.length; a++) out[k++] = -a - 1;
    return out;
  }, [table, sort, columns, editor?.edits, dynamic]);

  const count = rows.length;
  const rowH = Number(props.row_height) || ROW_HEIGHT;
  const total = count * rowH;
  // The inner element: header + rows, capped at MAX_SCROLL. Scrolling its whole range must
  // reach every row: virtual offset = scrollTop × (virtual range / real range).
  const spacer = Math.min(total, MAX_SCROLL) + rowH;
  const factorOf = (el: HTMLElement | null) => {
    if (total <= MAX_SCROLL || !el) return 1;
    const ch = el.clientHeight;
    return (total + rowH - ch) / Math.max(1, spacer - ch);
  };
  const factorRef = useRef(factorOf);
  factorRef.current = factorOf;

  const [virt] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count,
        estimateSize: () => rowH,
        overscan: 6,
        getScrollElement: () => scrollRef.current,
        observeElementRect,
        observeElementOffset: (inst, cb) => {
          const el = inst.scrollElement;
          if (!el) return undefined;
          const handler = () => cb(el.scrollTop * factorRef.current(el), false);
          handler();
          el.addEventListener("scroll", handler, { passive: true });
          return () => el.removeEventListener("scroll", handler);
        },
        scrollToFn: (offset, _opts, inst) =>
          inst.scrollElement?.scrollTo({ top: offset / factorRef.current(inst.scrollElement) }),
        onChange: () => rerender(0),
      }),
  );
  virt.setOptions({ ...virt.options, count, estimateSize: () => rowH });
  useLayoutEffect(() => virt._didMount(), []);
  useLayoutEffect(() => virt._willUpdate());

  const items: VirtualItem[] = virt.getVirtualItems();
  const scrollTop = scrollRef.current?.scrollTop ?? 0;
  const virtualTop = scrollTop * factorOf(scrollRef.current);
  const markerW = dynamic ? 36 : 0;
  const totalWidth = markerW + columns.reduce((s, gc) => s + width(gc), 0);
  const autoHeight = Math.min(Math.max(count, 1), 10) * rowH + rowH + 3 + (dynamic ? rowH : 0);
  const height = Number(props.height) || autoHeight;

  const cellValue = (gc: GridColumn, ref: RowRef): { text: string | null; bool: boolean | null } => {
    if (editor) {
      const over = ref >= 0 ? editor.edits.edited_rows[String(ref)] : editor.edits.added_rows[-ref - 1];
      if (over && gc.name in over) {
        const v = over[gc.name];
        return { text: jsonText(gc, v), bool: typeof v === "boolean" ? v : null };
      }
      if (ref < 0) return { text: null, bool: null };
    }
    if (gc.col.kind === "bool" && !gc.col.isNull(ref)) return { text: null, bool: gc.col.number(ref) !== 0 };
    return { text: cellText(gc.col, ref, gc.cfg), bool: null };
  };

  const editable = (gc: GridColumn, ref: RowRef) => {
    if (!editor || editor.disabledAll || gc.cfg.disabled) return false;
    if (gc.isIndex && ref >= 0) return false; // index values of existing rows stay (Streamlit allows; rarely wanted)
    return true;
  };

  const startEdit = (r: number, c: number, initial?: string) => {
    const gc = columns[c];
    const ref = rows[r];
    if (!gc || !editable(gc, ref)) return;
    if (gc.col.kind === "bool" || gc.cfg.type_config?.type === "checkbox") {
      const cur = cellValue(gc, ref).bool;
      editor!.setCell(ref, gc.name, !cur);
      return;
    }
    let draft = initial;
    if (draft === undefined) {
      const over = editor && (ref >= 0 ? editor.edits.edited_rows[String(ref)] : editor.edits.added_rows[-ref - 1]);
      const v = over && gc.name in over ? over[gc.name] : ref >= 0 ? editValue(gc.col, ref) : null;
      draft = v === null || v === undefined ? "" : String(v);
    }
    setEdit({ r, c, draft });
  };

  const editRef = useRef(edit);
  editRef.current = edit;
  const commit = (move: number) => {
    const cur = editRef.current;
    if (!cur || !editor) return;
    editRef.current = null; // the blur that follows Enter must not commit twice
    const edit = cur;
    const gc = columns[edit.c];
    const value = parseDraft(gc, edit.draft);
    if (value !== undefined) editor.setCell(rows[edit.r], gc.name, value);
    setEdit(null);
    if (move && edit.r + move < count) setSel({ r: edit.r + move, c: edit.c });
    scrollRef.current?.focus();
  };

  const onKey = (e: KeyboardEvent) => {
    if (edit) return; // the input handles its own keys
    if (!sel) return;
    const { r, c } = sel;
    const go = (nr: number, nc: number) => {
      const rr = Math.max(0, Math.min(count - 1, nr));
      setSel({ r: rr, c: Math.max(0, Math.min(columns.length - 1, nc)) });
      virt.scrollToIndex(rr, { align: "auto" });
      e.preventDefault();
    };
    if (e.key === "ArrowDown") go(r + 1, c);
    else if (e.key === "ArrowUp") go(r - 1, c);
    else if (e.key === "ArrowLeft") go(r, c - 1);
    else if (e.key === "ArrowRight" || e.key === "Tab") go(r, c + 1);
    else if (editor && (e.key === "Enter" || e.key === "F2")) {
      startEdit(r, c);
      e.preventDefault();
    } else if (editor && dynamic && (e.key === "Delete" || e.key === "Backspace") && marked.size) {
      editor.deleteRows([...marked]);
      setMarked(new Set());
      e.preventDefault();
    } else if (editor && (e.key === "Delete" || e.key === "Backspace")) {
      const gc = columns[c];
      if (gc && editable(gc, rows[r]) && !gc.cfg.required) editor.setCell(rows[r], gc.name, null);
      e.preventDefault();
    } else if (editor && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      startEdit(r, c, e.key);
      e.preventDefault();
    }
  };

  const onHeaderClick = (gc: GridColumn) => {
    if (dynamic) return;
    setSort((s) => (s?.key !== gc.key ? { key: gc.key, desc: false } : s.desc ? null : { key: gc.key, desc: true }));
  };

  const startResize = (gc: GridColumn, e: PointerEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const x0 = e.clientX;
    const w0 = width(gc);
    const move = (ev: PointerEvent) => setWidths((w) => ({ ...w, [gc.key]: Math.max(40, w0 + ev.clientX - x0) }));
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  useEffect(() => {
    if (edit) (scrollRef.current?.querySelector(".wl-cell-editor") as HTMLInputElement | null)?.focus();
  }, [edit?.r, edit?.c]);

  // left offsets for sticky index columns
  let left = markerW;
  const lefts = columns.map((gc) => {
    const l = left;
    left += width(gc);
    return l;
  });
  const w = props.width;
  const outerStyle: Record<string, string> =
    typeof w === "number" ? { width: `${w}px`, maxWidth: "100%" } : w === "content" ? { width: `${totalWidth + 2}px`, maxWidth: "100%" } : { width: "100%" };

  return (
    <div class="wl-grid-wrap" style={outerStyle}>
      <div
        class="wl-grid"
        ref={scrollRef}
        tabIndex={0}
        role="grid"
        aria-rowcount={count + 1}
        aria-colcount={columns.length}
        style={{ height: `${height}px` }}
        onKeyDown={onKey}
      >
        <div class="wl-grid-inner" style={{ height: `${spacer}px`, width: `${totalWidth}px` }}>
          <div class="wl-grid-header" role="row" style={{ height: `${rowH}px`, width: `${totalWidth}px` }}>
            {dynamic && <div class="wl-cell wl-marker wl-head" style={{ width: `${markerW}px`, left: "0px" }} />}
            {columns.map((gc, c) => (
              <div
                key={gc.key}
                role="columnheader"
                class={`wl-cell wl-head${gc.isIndex ? " wl-index" : ""} wl-align-${alignment(gc.col, gc.cfg)}`}
                data-testid="stDataFrameColumnHeader"
                data-column={gc.name}
                aria-sort={sort?.key === gc.key ? (sort.desc ? "descending" : "ascending") : "none"}
                style={{ width: `${width(gc)}px`, left: gc.isIndex ? `${lefts[c]}px` : undefined }}
                onClick={() => onHeaderClick(gc)}
                title={gc.cfg.help ?? undefined}
              >
                <span class="wl-head-label">{gc.label}</span>
                {gc.cfg.help && <Help text={gc.cfg.help} />}
                {sort?.key === gc.key && <span class="wl-sort">{sort.desc ? "↓" : "↑"}</span>}
                <span class="wl-resize" onPointerDown={(e) => startResize(gc, e as unknown as PointerEvent)} onClick={(e) => e.stopPropagation()} />
              </div>
            ))}
          </div>
          {items.map((item) => {
            const r = item.index;
            const ref = rows[r];
            const top = rowH + scrollTop + (item.start - virtualTop);
            return (
              <div
                key={item.key}
                class={`wl-grid-row${marked.has(ref) ? " wl-marked" : ""}`}
                role="row"
                data-row={r}
                data-ref={ref}
                style={{ transform: `translateY(${top}px)`, height: `${rowH}px`, width: `${totalWidth}px` }}
              >
                {dynamic && (
                  <div class="wl-cell wl-marker" style={{ width: `${markerW}px`, left: "0px" }}>
                    <input
                      type="checkbox"
                      aria-label={`Select row ${r + 1}`}
                      checked={marked.has(ref)}
                      onChange={() =>
                        setMarked((m) => {
                          const n = new Set(m);
                          if (n.has(ref)) n.delete(ref);
                          else n.add(ref);
                          return n;
                        })
                      }
                    />
                  </div>
                )}
                {columns.map((gc, c) => {
                  const isSel = sel?.r === r && sel?.c === c;
                  const isEdit = edit?.r === r && edit?.c === c;
                  const v = cellValue(gc, ref);
                  return (
                    <div
                      key={gc.key}
                      role="gridcell"
                      class={`wl-cell${gc.isIndex ? " wl-index" : ""} wl-align-${alignment(gc.col, gc.cfg)}${
                        isSel ? " wl-selected" : ""}${editor && !editable(gc, ref) ? " wl-readonly" : ""}`}
                      data-column={gc.name}
                      style={{ width: `${width(gc)}px`, left: gc.isIndex ? `${lefts[c]}px` : undefined }}
                      onClick={() => {
                        setSel({ r, c });
                        if (editor && (v.bool !== null || gc.col.kind === "bool") && isSel) startEdit(r, c);
                      }}
                      onDblClick={() => editor && startEdit(r, c)}
                    >
                      {isEdit ? (
                        <CellEditor gc={gc} draft={edit!.draft} onDraft={(d) => setEdit({ ...edit!, draft: d })}
                          onCommit={commit} onCancel={() => { setEdit(null); scrollRef.current?.focus(); }} />
                      ) : (
                        <CellView gc={gc} text={v.text} bool={v.bool} />
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      {editor && dynamic && (
        <div class="wl-grid-toolbar">
          <button
            type="button"
            class="wl-grid-add"
            data-testid="stDataFrameAddRow"
            onClick={() => {
              editor.addRow();
              requestAnimationFrame(() => virt.scrollToIndex(count, { align: "end" }));
            }}
          >
            + Add row
          </button>
          {marked.size > 0 && (
            <button
              type="button"
              class="wl-grid-delete"
              data-testid="stDataFrameDeleteRows"
              onClick={() => {
                editor.deleteRows([...marked]);
                setMarked(new Set());
              }}
            >
              Delete {marked.size} row{marked.size > 1 ? "s" : ""}
            </button>
          )}
        </div>
      )}
    </div>
  );
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

function CellView({ gc, text, bool }: { gc: GridColumn; text: string | null; bool: boolean | null }) {
  const type = gc.cfg.type_config?.type;
  if (bool !== null) {
    return <input type="checkbox" class="wl-cell-check" checked={bool} tabIndex={-1} aria-label={String(bool)} onClick={(e) => e.preventDefault()} />;
  }
  if (text === null) return <span class="wl-null">None</span>;
  if (type === "link") {
    const display = gc.cfg.type_config?.display_text as string | null | undefined;
    let shown = text;
    if (display) {
      try {
        const m = new RegExp(display).exec(text);
        shown = m ? (m[1] ?? m[0]) : display;
      } catch {
        shown = display;
      }
    }
    return (
      <a href={/^(https?:|mailto:)/i.test(text) ? text : undefined} target="_blank" rel="noopener noreferrer">
        {shown}
      </a>
    );
  }
  if (type === "image") {
    const ok = /^(https?:|data:image\/)/i.test(text);
    return ok ? <img class="wl-cell-img" src={text} alt="" /> : <span>{text}</span>;
  }
  if (type === "progress") {
    const tc = gc.cfg.type_config!;
    const v = Number(text.replace(/[^0-9.eE+-]/g, ""));
    const raw = Number.isFinite(v) ? v : 0;
    const lo = Number(tc.min_value ?? 0);
    const hi = Number(tc.max_value ?? 1);
    const frac = Math.max(0, Math.min(1, (raw - lo) / (hi - lo || 1)));
    return (
      <span class="wl-progress-cell">
        <span class="wl-progress-track">
          <span class="wl-progress-fill" style={{ width: `${frac * 100}%` }} />
        </span>
        <span class="wl-progress-text">{text}</span>
      </span>
    );
  }
  return <span class="wl-cell-text">{text}</span>;
}

function CellEditor(p: {
  gc: GridColumn;
  draft: string;
  onDraft(d: string): void;
  onCommit(move: number): void;
  onCancel(): void;
}) {
  const kind = p.gc.col.kind;
  const tc = p.gc.cfg.type_config;
  const keys = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      p.onCommit(1);
    } else if (e.key === "Tab") {
      e.preventDefault();
      p.onCommit(0);
    } else if (e.key === "Escape") {
      e.preventDefault();
      p.onCancel();
    }
  };
  const options: unknown[] | null =
    tc?.type === "selectbox" && Array.isArray(tc.options) ? tc.options : kind === "category" ? categoryOptions(p.gc.col) : null;
  if (options) {
    return (
      <select class="wl-cell-editor" value={p.draft} onChange={(e) => p.onDraft((e.currentTarget as HTMLSelectElement).value)}
        onKeyDown={keys} onBlur={() => p.onCommit(0)}>
        <option value="" />
        {options.map((o) => <option key={String(o)} value={String(o)}>{String(o)}</option>)}
      </select>
    );
  }
  const type =
    kind === "date" ? "date" : kind === "datetime" ? "datetime-local" : kind === "time" ? "time" : "text";
  const numeric = kind === "int" || kind === "float" || kind === "decimal";
  const attrs: Record<string, unknown> = { type };
  return (
    <input
      {...attrs}
      class="wl-cell-editor"
      step={type === "time" || type === "datetime-local" ? "1" : undefined}
      inputMode={(numeric ? "decimal" : undefined) as "decimal" | undefined}
      maxLength={typeof tc?.max_chars === "number" ? tc.max_chars : undefined}
      value={p.draft}
      onInput={(e) => p.onDraft((e.currentTarget as HTMLInputElement).value)}
      onKeyDown={keys}
      onBlur={() => p.onCommit(0)}
    />
  );
}

function categoryOptions(col: Column): string[] {
  const seen = new Set<string>();
  const n = Math.min(col.length, 10_000);
  for (let i = 0; i < n; i++) {
    const s = col.string(i);
    if (s !== null) seen.add(s);
  }
  return [...seen];
}
