// st.json: {body (JSON text), expanded: bool | depth int} — a collapsible tree.
import { useState } from "preact/hooks";
import type { ElementProps } from ".";

type J = null | boolean | number | string | J[] | { [k: string]: J };

function Leaf({ v }: { v: J }) {
  if (v === null) return <span class="wl-json-null">null</span>;
  if (typeof v === "string") return <span class="wl-json-str">{JSON.stringify(v)}</span>;
  if (typeof v === "number") return <span class="wl-json-num">{String(v)}</span>;
  return <span class="wl-json-bool">{String(v)}</span>;
}

function JNode({ name, v, depth, openDepth, last }: { name?: string; v: J; depth: number; openDepth: number; last: boolean }) {
  const isObj = v !== null && typeof v === "object";
  const [open, setOpen] = useState(depth < openDepth);
  const key = name !== undefined ? <span class="wl-json-key">{JSON.stringify(name)}: </span> : null;
  const comma = last ? "" : ",";
  if (!isObj) {
    return (
      <div class="wl-json-row">
        {key}
        <Leaf v={v} />
        {comma}
      </div>
    );
  }
  const arr = Array.isArray(v);
  const entries: [string | undefined, J][] = arr ? (v as J[]).map((x) => [undefined, x]) : Object.entries(v as object);
  const [o, c] = arr ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div class="wl-json-row">
        {key}
        {o}
        {c}
        {comma}
      </div>
    );
  }
  return (
    <div class="wl-json-node">
      <div class="wl-json-row">
        <button type="button" class="wl-json-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "▾" : "▸"}
        </button>
        {key}
        {o}
        {!open && (
          <>
            <span class="wl-json-more">{arr ? ` ${entries.length} items ` : ` ${entries.length} keys `}</span>
            {c}
            {comma}
          </>
        )}
      </div>
      {open && (
        <>
          <div class="wl-json-children">
            {entries.map(([k, x], i) => (
              <JNode key={i} name={k} v={x} depth={depth + 1} openDepth={openDepth} last={i === entries.length - 1} />
            ))}
          </div>
          <div class="wl-json-row">
            {c}
            {comma}
          </div>
        </>
      )}
    </div>
  );
}

export function Json({ props }: ElementProps) {
  let value: J;
  try {
    value = JSON.parse(String(props.body ?? "null"));
  } catch {
    return (
      <div class="stJson wl-json" data-testid="stJson">
        <pre>{String(props.body)}</pre>
      </div>
    );
  }
  const e = props.expanded;
  const openDepth = e === false ? 0 : typeof e === "number" ? e : Infinity;
  return (
    <div class="stJson wl-json" data-testid="stJson">
      <JNode v={value} depth={0} openDepth={openDepth} last />
    </div>
  );
}
