// st.dataframe {data, height, width, hide_index, column_order, index_config, column_config, row_height}
// st.data_editor: the same + {value: edits, num_rows, disabled}; st.table {data}
import { useMemo } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { useSynced } from "../shared";
import { decodeTable, type WireTable } from "../table/decode";
import { cellText } from "../table/format";
import { type Edits, gridColumns, type RowRef } from "../table/columns";
import { Grid } from "../table/Grid";
import type { ElementProps } from ".";

export function Dataframe({ props }: ElementProps) {
  const table = useMemo(() => decodeTable(props.data as WireTable), [props.data]);
  return (
    <div class="stDataFrame wl-dataframe" data-testid="stDataFrame" data-rows={table.nrows}>
      <Grid table={table} props={props} />
    </div>
  );
}

const EMPTY: Edits = { edited_rows: {}, added_rows: [], deleted_rows: [] };

export function DataEditor({ id, props }: ElementProps) {
  const table = useMemo(() => decodeTable(props.data as WireTable), [props.data]);
  const edits = useSynced<Edits>((props.value as Edits) ?? EMPTY);
  const update = (next: Edits) => {
    edits.set(next);
    edits.sent(next);
    sendWidget(id, next as never);
  };
  const defaults = () => {
    const row: Record<string, unknown> = {};
    for (const gc of gridColumns(table, { ...props, hide_index: false }, true)) {
      if (gc.cfg.default !== undefined && gc.cfg.default !== null) row[gc.name] = gc.cfg.default;
    }
    return row;
  };
  const api = {
    edits: edits.value,
    dynamic: props.num_rows === "dynamic",
    disabledAll: !!props.disabled,
    setCell(ref: RowRef, name: string, value: unknown) {
      const cur = edits.value;
      if (ref < 0) {
        const added = cur.added_rows.map((r, i) => (i === -ref - 1 ? { ...r, [name]: value } : r));
        update({ ...cur, added_rows: added });
      } else {
        const key = String(ref);
        update({ ...cur, edited_rows: { ...cur.edited_rows, [key]: { ...(cur.edited_rows[key] ?? {}), [name]: value } } });
      }
    },
    addRow() {
      const cur = edits.value;
      update({ ...cur, added_rows: [...cur.added_rows, defaults()] });
    },
    deleteRows(refs: RowRef[]) {
      const cur = edits.value;
      const addedGone = new Set(refs.filter((r) => r < 0).map((r) => -r - 1));
      const deleted = [...new Set([...cur.deleted_rows, ...refs.filter((r) => r >= 0)])].sort((a, b) => a - b);
      update({ ...cur, deleted_rows: deleted, added_rows: cur.added_rows.filter((_, i) => !addedGone.has(i)) });
    },
  };
  return (
    <div class="stDataFrame wl-dataframe wl-data-editor" data-testid="stDataFrame" data-editor="true" data-rows={table.nrows}>
      <Grid table={table} props={props} editor={api} />
    </div>
  );
}

/** st.table: a plain HTML table, every cell in the DOM (like Streamlit). */
export function TableView({ props }: ElementProps) {
  const table = useMemo(() => decodeTable(props.data as WireTable), [props.data]);
  const cols = gridColumns(table, { ...props, hide_index: !!props.hide_index }, false);
  const idx = cols.filter((c) => c.isIndex);
  const data = cols.filter((c) => !c.isIndex);
  const rows = [];
  for (let r = 0; r < table.nrows; r++) {
    rows.push(
      <tr key={r}>
        {idx.map((gc) => <th key={gc.key} scope="row">{cellText(gc.col, r, gc.cfg) ?? "None"}</th>)}
        {data.map((gc) => {
          const t = cellText(gc.col, r, gc.cfg);
          const num = gc.col.kind === "int" || gc.col.kind === "float" || gc.col.kind === "decimal";
          return <td key={gc.key} class={`${num ? "wl-align-right" : ""}${t === null ? " wl-null" : ""}`}>{t ?? "None"}</td>;
        })}
      </tr>,
    );
  }
  return (
    <div class="stTable wl-table" data-testid="stTable">
      <table class={props.border === false ? "wl-table-noborder" : props.border === "horizontal" ? "wl-table-hborder" : ""}>
        {!props.hide_header && (
          <thead>
            <tr>
              {idx.map((gc) => <th key={gc.key} class="wl-blank">{gc.label}</th>)}
              {data.map((gc) => <th key={gc.key} scope="col">{gc.label}</th>)}
            </tr>
          </thead>
        )}
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
