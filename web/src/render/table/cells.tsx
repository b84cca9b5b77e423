/**
 * One cell of the grid: how a value is shown (text, checkbox, link, image, progress bar) and
 * the input that edits it (data_editor), with the parsing of what the user typed.
 */

import type { GridColumn } from "./columns";
import type { Column } from "./decode";
import { formatNumberCell } from "./format";

/** Parse what the user typed into the JSON value edits carry. undefined = invalid. */
export function parseDraft(gc: GridColumn, draft: string): unknown {
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

/** An edited value (JSON) as the cell shows it. */
export function jsonText(gc: GridColumn, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return formatNumberCell(v, gc.cfg.type_config?.format, gc.col.kind === "int");
  return String(v);
}

export function CellView({ gc, text, bool }: { gc: GridColumn; text: string | null; bool: boolean | null }) {
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

export function CellEditor(p: {
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
