// How nav and page links open a page: a plain click runs it in this tab (the worker
// pushes the new address); modified clicks (new tab, new window) follow the href, which
// is the page's own address (#/<url_path>), so it opens there with a fresh session.

import { send } from "../../page/bridge";
import { navigateTo } from "../../page/router";

export function onPageClick(e: MouseEvent, pageKey: string | null, urlPath: string, query = ""): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  send(navigateTo(pageKey, urlPath, query));
}
