/**
 * The virtualised grid behind st.dataframe and st.data_editor: header, rows, selection,
 * keyboard navigation and editing. Rows are virtualised by `useVirtualRows` (virtual.ts);
 * columns and row order come from columns.ts, cells from cells.tsx. Sorting (header click:
 * ascending → descending → original) runs on the typed column arrays; columns resize by
 * dragging the header's right edge.
 */

import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Props } from "../shared";
import { Help } from "../shared";
import { CellEditor, CellView, jsonText, parseDraft } from "./cells";
import { type EditorApi, type GridColumn, gridColumns, initialWidth, type RowRef, rowOrder, type Sort } from "./columns";
import type { Table } from "./decode";
import { alignment, cellText, editValue } from "./format";
import { ROW_HEIGHT, useVirtualRows } from "./virtual";

export function Grid({ table, props, editor }: { table: Table; props: Props; editor?: EditorApi }) {
  const columns = useMemo(() => gridColumns(table, props, !!editor), [table, props.column_order, props.hide_index,
    props.column_config, props.index_config]);
  const [widths, setWidths] = useState<Record<string, number>>({});
  const [sort, setSort] = useState<Sort>(null);
  const [sel, setSel] = useState<{ r: number; c: number } | null>(null);
  const [edit, setEdit] = useState<{ r: number; c: number; draft: string } | null>(null);
  const [marked, setMarked] = useState<Set<RowRef>>(new Set());
  const scrollRef = useRef<HTMLDivElement>(null);

  const width = (gc: GridColumn) => widths[gc.key] ?? initialWidth(gc, table.nrows);
  const dynamic = !!editor?.dynamic;

  const rows = useMemo(() => rowOrder(table, columns, sort, dynamic, editor?.edits),
    [table, sort, columns, editor?.edits, dynamic]);

  const count = rows.length;
  const rowH = Number(props.row_height) || ROW_HEIGHT;
  const { virt, items, spacer, scrollTop, virtualTop } = useVirtualRows(scrollRef, count, rowH);
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

  // Focus the editor before the next keystroke is handled (a layout effect runs right after
  // the render; a plain effect waits for a paint, and fast typing would lose letters).
  useLayoutEffect(() => {
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
