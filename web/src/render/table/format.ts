/**
 * Cell text for st.dataframe / st.data_editor / st.table, Streamlit-like: numbers with at
 * most 4 decimals (or the column's printf / preset format), datetimes as
 * "YYYY-MM-DD HH:mm:ss" (or a moment-style format), booleans by the caller (checkboxes).
 */

import { formatNumber } from "../shared";
import type { Column } from "./decode";

export type ColumnConfig = {
  label?: string | null;
  width?: "small" | "medium" | "large" | number | null;
  help?: string | null;
  hidden?: boolean | null;
  disabled?: boolean | null;
  required?: boolean | null;
  default?: unknown;
  alignment?: "left" | "center" | "right" | null;
  pinned?: boolean | null;
  type_config?: { type: string; [k: string]: any } | null;
};

const pad = (n: number, w = 2) => String(Math.trunc(Math.abs(n))).padStart(w, "0");

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Parts {
  y: number;
  mo: number; // 1-12
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  wd: number;
  offsetMin: number;
}

const tzFormatters = new Map<string, Intl.DateTimeFormat>();

/** Calendar parts of an instant (ms since the epoch) in a time zone (null = as UTC, i.e. naive). */
export function parts(ms: number, tz: string | null): Parts {
  if (!tz) {
    const d = new Date(ms);
    return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(),
      mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), wd: d.getUTCDay(), offsetMin: 0 };
  }
  let f = tzFormatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "numeric",
        day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    } catch {
      return parts(ms, null);
    }
    tzFormatters.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(new Date(ms))) if (x.type !== "literal") p[x.type] = Number(x.value);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  const msPart = ((ms % 1000) + 1000) % 1000;
  const offsetMin = Math.round((local - (ms - msPart)) / 60000);
  const wd = new Date(local).getUTCDay();
  return { y: p.year, mo: p.month, d: p.day, h: p.hour % 24, mi: p.minute, s: p.second, ms: msPart, wd, offsetMin };
}

function offsetText(min: number, colon = true): string {
  const sign = min < 0 ? "-" : "+";
  const a = Math.abs(min);
  return `${sign}${pad(a / 60)}${colon ? ":" : ""}${pad(a % 60)}`;
}

/** A moment.js-style date format (the tokens Streamlit's DatetimeColumn documents). */
export function momentFormat(p: Parts, fmt: string): string {
  return fmt.replace(
    /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DDDD|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z/g,
    (t, lit) => {
      if (lit !== undefined) return lit;
      switch (t) {
        case "YYYY": return String(p.y).padStart(4, "0");
        case "YY": return pad(p.y % 100);
        case "MMMM": return MONTHS[p.mo - 1];
        case "MMM": return MONTHS[p.mo - 1].slice(0, 3);
        case "MM": return pad(p.mo);
        case "M": return String(p.mo);
        case "Do": return ordinal(p.d);
        case "DD": return pad(p.d);
        case "D": return String(p.d);
        case "dddd": return DAYS[p.wd];
        case "ddd": return DAYS[p.wd].slice(0, 3);
        case "dd": return DAYS[p.wd].slice(0, 2);
        case "d": return String(p.wd);
        case "HH": return pad(p.h);
        case "H": return String(p.h);
        case "hh": return pad(p.h % 12 || 12);
        case "h": return String(p.h % 12 || 12);
        case "mm": return pad(p.mi);
        case "m": return String(p.mi);
        case "ss": return pad(p.s);
        case "s": return String(p.s);
        case "SSS": return pad(p.ms, 3);
        case "SS": return pad(p.ms / 10, 2);
        case "S": return String(Math.trunc(p.ms / 100));
        case "A": return p.h < 12 ? "AM" : "PM";
        case "a": return p.h < 12 ? "am" : "pm";
        case "ZZ": return offsetText(p.offsetMin, false);
        case "Z": return offsetText(p.offsetMin);
        default: return t;
      }
    },
  );
}

function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

/** Number presets of NumberColumn / ProgressColumn (Streamlit 1.67) and printf formats. */
export function formatNumberCell(v: number, format: string | null | undefined, isInt: boolean): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
  switch (format) {
    case undefined:
    case null:
    case "":
      if (isInt || Number.isInteger(v)) return String(v);
      return String(Number(v.toFixed(4)));
    case "plain":
      return String(v);
    case "localized":
      return v.toLocaleString();
    case "percent":
      return `${(v * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
    case "dollar":
      return v.toLocaleString("en-US", { style: "currency", currency: "USD" });
    case "euro":
      return v.toLocaleString("en-US", { style: "currency", currency: "EUR" });
    case "yen":
      return v.toLocaleString("en-US", { style: "currency", currency: "JPY" });
    case "accounting":
      return v < 0 ? `(${Math.abs(v).toLocaleString(undefined, { minimumFractionDigits: 2 })})`
        : v.toLocaleString(undefined, { minimumFractionDigits: 2 });
    case "compact":
      return v.toLocaleString("en-US", { notation: "compact" });
    case "scientific":
      return v.toExponential(4);
    case "engineering":
      return v.toLocaleString("en-US", { notation: "engineering" });
    default: {
      // printf with an optional thousands separator ("%,d" is not printf but people use it)
      const comma = format.includes("%,");
      const s = formatNumber(v, format.replace("%,", "%"), isInt);
      return comma ? s.replace(/-?\d+/, (m) => Number(m).toLocaleString("en-US")) : s;
    }
  }
}

function timedeltaText(ms: number): string {
  const neg = ms < 0;
  let r = Math.abs(ms);
  const days = Math.floor(r / 86_400_000);
  r -= days * 86_400_000;
  const hms = `${pad(r / 3_600_000)}:${pad((r / 60_000) % 60)}:${pad((r / 1000) % 60)}`;
  const frac = r % 1000 ? `.${pad(r % 1000, 3)}` : "";
  return `${neg ? "-" : ""}${days} days ${hms}${frac}`;
}

/** The text of a cell (null when the cell is null: the caller shows "None"). */
export function cellText(col: Column, row: number, cfg: ColumnConfig | undefined): string | null {
  if (col.isNull(row)) return null;
  const type = cfg?.type_config?.type;
  const fmt = cfg?.type_config?.format as string | undefined;
  switch (col.kind) {
    case "int":
      if (fmt) return formatNumberCell(col.number(row), fmt, true);
      return col.intText(row);
    case "float":
      return formatNumberCell(col.number(row), fmt, false);
    case "bool":
      return col.number(row) ? "true" : "false";
    case "datetime": {
      const p = parts(col.number(row), (cfg?.type_config?.timezone as string) || col.tz);
      return dateText(p, fmt, col.tz ? "YYYY-MM-DD HH:mm:ssZ" : "YYYY-MM-DD HH:mm:ss");
    }
    case "date":
      return dateText(parts(col.number(row), null), fmt, "YYYY-MM-DD");
    case "time": {
      const us = col.number(row);
      const ms = Math.floor(us / 1000);
      const p = parts(ms, null);
      return dateText(p, fmt, "HH:mm:ss");
    }
    case "timedelta":
      return timedeltaText(col.number(row));
    case "decimal":
      if (fmt || type === "number") return formatNumberCell(Number(col.string(row)), fmt, false);
      return col.string(row);
    default:
      return col.string(row);
  }
}

function dateText(p: Parts, fmt: string | undefined, def: string): string {
  if (!fmt) return momentFormat(p, p.ms && def.endsWith("ss") ? def + ".SSS" : def);
  if (fmt === "iso8601") return momentFormat(p, "YYYY-MM-DDTHH:mm:ss.SSSZ");
  if (fmt === "localized") {
    return new Date(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s)).toLocaleString(undefined, { timeZone: "UTC" });
  }
  if (fmt === "distance" || fmt === "calendar") return momentFormat(p, def);
  return momentFormat(p, fmt);
}

/** Whether cells of a column are right-aligned (numbers), per Streamlit. */
export function alignment(col: Column, cfg: ColumnConfig | undefined): "left" | "center" | "right" {
  if (cfg?.alignment) return cfg.alignment;
  const type = cfg?.type_config?.type;
  if (type === "number" || type === "progress") return "right";
  if (type === "text" || type === "link") return "left";
  if (col.kind === "bool" || type === "checkbox") return "center";
  return col.kind === "int" || col.kind === "float" || col.kind === "decimal" ? "right" : "left";
}

/** The value an editor starts from / sends: JSON (dates as ISO text). */
export function editValue(col: Column, row: number): string | number | boolean | null {
  if (col.isNull(row)) return null;
  switch (col.kind) {
    case "int":
    case "float":
      return col.number(row);
    case "bool":
      return col.number(row) !== 0;
    case "datetime":
      return momentFormat(parts(col.number(row), col.tz), "YYYY-MM-DDTHH:mm:ss");
    case "date":
      return momentFormat(parts(col.number(row), null), "YYYY-MM-DD");
    case "time":
      return momentFormat(parts(Math.floor(col.number(row) / 1000), null), "HH:mm:ss");
    default:
      return col.string(row);
  }
}
