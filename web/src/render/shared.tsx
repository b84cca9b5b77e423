// Shared pieces of element views: labels, help tooltips, markdown HTML, synced values.

import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { markdown } from "./md";

export type Props = Record<string, any>;

let domIds = 0;
/** A stable, unique DOM id for label/input pairs. */
export function useDomId(prefix = "wl"): string {
  const [id] = useState(() => `${prefix}-${++domIds}`);
  return id;
}

/** Inline markdown as HTML (labels, headings, options). */
export function InlineMd({ body, tag = "span", class: cls }: { body: string; tag?: string; class?: string }) {
  const Tag = tag as "span";
  return <Tag class={cls} dangerouslySetInnerHTML={{ __html: markdown().renderInline(String(body ?? "")) }} />;
}

export function Help({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <span class="wl-help" data-testid="stTooltipIcon" tabIndex={0} role="img" aria-label={`Help: ${text}`} title={text}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M9.6 9.3a2.5 2.5 0 1 1 3.6 2.3c-.8.4-1.2 1-1.2 1.9v.3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        <circle cx="12" cy="17" r="1" fill="currentColor" />
      </svg>
    </span>
  );
}

/**
 * A widget label. `visibility` "hidden" keeps the space, "collapsed" removes it;
 * either way the label stays in the accessibility tree.
 */
export function WidgetLabel(props: {
  label: string;
  htmlFor?: string;
  id?: string;
  visibility?: string;
  help?: string | null;
  disabled?: boolean;
  children?: ComponentChildren;
}) {
  const vis = props.visibility ?? "visible";
  const cls = `wl-label wl-label-${vis}${props.disabled ? " wl-disabled" : ""}`;
  return (
    <div class={cls}>
      <label data-testid="stWidgetLabel" for={props.htmlFor} id={props.id}>
        <InlineMd body={props.label} />
      </label>
      {props.children}
      {vis === "visible" && <Help text={props.help} />}
    </div>
  );
}

/**
 * A widget's local value that follows the server: the user's edits stay while a run
 * goes on; when a delta brings a server value DIFFERENT from the previous delta's
 * (and not just the echo of what we sent), the server value wins.
 */
export function useSynced<T>(server: T): { value: T; set(v: T): void; sent(v: T): void } {
  const key = JSON.stringify(server ?? null);
  const ref = useRef<{ server: string; value: T; echo: string | null } | null>(null);
  const [, force] = useState(0);
  if (ref.current === null) {
    ref.current = { server: key, value: server, echo: null };
  } else if (ref.current.server !== key) {
    const echo = ref.current.echo === key;
    ref.current.server = key;
    ref.current.echo = null;
    if (!echo) ref.current.value = server;
  }
  const state = ref.current;
  return {
    value: state.value,
    set(v: T) {
      state.value = v;
      force((n) => n + 1);
    },
    /** We sent `v`: its echo in the next delta must not clobber newer typing. */
    sent(v: T) {
      state.echo = JSON.stringify(v ?? null);
    },
  };
}

/** printf-style formatting for slider / number_input values (%d %i %f %.Nf %e %s %%, %u). */
export function formatNumber(value: number, format: string | null | undefined, isInt = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  if (!format) return isInt ? String(Math.round(value)) : String(value);
  return format.replace(/%([0-9]*)(?:\.(\d+))?([difeEsug%])|%,?/g, (m, _w, prec, conv) => {
    if (!conv) return m;
    switch (conv) {
      case "%":
        return "%";
      case "d":
      case "i":
      case "u":
        return String(Math.trunc(value));
      case "f":
        return value.toFixed(prec !== undefined ? Number(prec) : 6);
      case "e":
      case "E": {
        const s = value.toExponential(prec !== undefined ? Number(prec) : 6).replace(/e([+-])(\d)$/, "e$10$2");
        return conv === "E" ? s.toUpperCase() : s;
      }
      case "g":
        return String(prec !== undefined ? Number(value.toPrecision(Number(prec) || 1)) : value);
      default:
        return String(value);
    }
  });
}
