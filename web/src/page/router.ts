// The page's address ↔ the app's page and query params (multipage apps, st.query_params).
//
// Scheme: query params live in the real `location.search`; the page lives in the hash as
// `#/<url_path>` (no hash = the default page). That works on any static host without
// rewrite rules and from file:// (a single-file build): the document is always the same
// index.html. A hash that does not start with "#/" is an ordinary anchor (heading links)
// and leaves the page as it is.
//
// At load the page sends `client_context` (st.context) and `navigate` (from_url) straight
// to the worker, before it is ready, so the first run already runs the address's page.
// Python answers with `page_info` when the address must change: "push" when a run landed
// on another page (so Back returns), "replace" when only st.query_params changed. Back /
// forward (popstate) send `navigate` again.

import type { ClientContext, Navigate, PageInfo } from "../protocol.gen";

export interface Address {
  /** url_path of the page, "" = the default page, null = an ordinary anchor (keep the page). */
  page: string | null;
  /** The query string without "?". */
  query: string;
}

/** Pure: the page and query string of an address's `search` and `hash`. */
export function parseAddress(search: string, hash: string): Address {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (!hash || hash === "#") return { page: "", query };
  if (!hash.startsWith("#/")) return { page: null, query };
  let page = hash.slice(2).replace(/\/+$/, "");
  try {
    page = decodeURIComponent(page);
  } catch {
    /* keep it as it is */
  }
  return { page, query };
}

/** Pure: the address (relative to the document) that shows `page` with `query`. */
export function addressFor(pathname: string, page: string, query: string): string {
  const search = query ? `?${query}` : "";
  const hash = page ? `#/${encodeURIComponent(page)}` : "";
  return `${pathname}${search}${hash}`;
}

/** The href of a link to `page` (no query: a page switch starts without query params). */
export function pageHref(page: string, query = ""): string {
  return addressFor(location.pathname, page, query);
}

/** `a=1; b=2` → {a: "1", b: "2"} */
export function parseCookies(cookie: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      /* keep the raw value */
    }
    out[name] = value;
  }
  return out;
}

function colorScheme(): "light" | "dark" | null {
  if (typeof matchMedia !== "function") return null;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** st.context: what this browser can say about itself. */
export function clientContext(): ClientContext {
  const href = location.href.split(/[?#]/)[0];
  const cookies = parseCookies(document.cookie || "");
  const headers: Record<string, string> = { "User-Agent": navigator.userAgent };
  if (location.host) headers.Host = location.host;
  if (navigator.languages?.length) headers["Accept-Language"] = navigator.languages.join(",");
  if (document.cookie) headers.Cookie = document.cookie;
  if (document.referrer) headers.Referer = document.referrer;
  let timezone: string | null = null;
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    /* no Intl */
  }
  const embed = new URLSearchParams(location.search).getAll("embed");
  return {
    type: "client_context",
    timezone,
    timezone_offset: new Date().getTimezoneOffset(),
    locale: navigator.language || null,
    url: href,
    is_embedded: embed.some((v) => v.toLowerCase() === "true"),
    color_scheme: colorScheme(),
    cookies,
    headers,
  };
}

function navigateFromAddress(): Navigate | null {
  const { page, query } = parseAddress(location.search, location.hash);
  if (page === null) return null;
  return { type: "navigate", page, page_key: null, query_string: query, from_url: true };
}

/** Apply a `page_info` from Python to the address bar. */
export function applyPageInfo(msg: PageInfo): void {
  const url = addressFor(location.pathname, msg.page, msg.query_string);
  try {
    if (msg.history === "push") history.pushState({ wasmlit: msg.page }, "", url);
    else history.replaceState({ wasmlit: msg.page }, "", url);
  } catch (err) {
    console.warn("wasmlit: could not update the address", err);
  }
}

/**
 * Tell the worker where the browser is (before its first run) and follow back/forward.
 * `postNow` posts straight to the worker (also before it is ready); `post` is the page's
 * usual sender (marks the app as running).
 */
export function startRouter(postNow: (msg: ClientContext | Navigate) => void, post: (msg: Navigate) => void): void {
  postNow(clientContext());
  postNow(navigateFromAddress() ?? { type: "navigate", page: "", page_key: null, query_string: location.search.slice(1), from_url: true });
  addEventListener("popstate", () => {
    const msg = navigateFromAddress();
    if (msg) post(msg);
  });
}

/** A nav or page link click: run that page (Python pushes the new address). */
export function navigateTo(pageKey: string | null, page: string, query = ""): Navigate {
  return { type: "navigate", page, page_key: pageKey, query_string: query, from_url: false };
}
