import assert from "node:assert/strict";
import { test } from "node:test";
import { addressFor, parseAddress, parseCookies } from "../src/page/router";
import { PageState } from "../src/page/state";
import { showsNav, visiblePages } from "../src/render/nav/SidebarNav";
import type { Navigation } from "../src/protocol.gen";

test("the page lives in #/<url_path>, query params in the search", () => {
  assert.deepEqual(parseAddress("?a=1&b=2", "#/second"), { page: "second", query: "a=1&b=2" });
  assert.deepEqual(parseAddress("", ""), { page: "", query: "" });
  assert.deepEqual(parseAddress("", "#/"), { page: "", query: "" });
  assert.deepEqual(parseAddress("?x", "#/caf%C3%A9/"), { page: "café", query: "x" });
  // A heading anchor is not a page: the page stays as it is.
  assert.deepEqual(parseAddress("?q=1", "#my-heading"), { page: null, query: "q=1" });
});

test("addresses round-trip and the default page has no hash", () => {
  assert.equal(addressFor("/app/index.html", "", ""), "/app/index.html");
  assert.equal(addressFor("/", "second", "a=1"), "/?a=1#/second");
  const url = addressFor("/", "café", "q=x%20y");
  const [search, hash] = [url.slice(1, url.indexOf("#")), url.slice(url.indexOf("#"))];
  assert.deepEqual(parseAddress(search, hash), { page: "café", query: "q=x%20y" });
});

test("cookies as the page reads them", () => {
  assert.deepEqual(parseCookies("a=1; b=x%20y; =bad; c"), { a: "1", b: "x y" });
  assert.deepEqual(parseCookies(""), {});
});

function nav(pages: [string, boolean][], position: Navigation["position"] = "sidebar"): Navigation {
  return {
    type: "navigation",
    pages: pages.map(([key, hidden]) => ({ key, title: key, icon: "", url_path: key, section: "", default: false,
      hidden, external_url: null, help: "" })),
    sections: [""], position, expanded: false, visible_items: null, current: pages[0][0], page_not_found: null,
  };
}

test("a nav shows only with more than one visible page, where it was asked for", () => {
  assert.equal(showsNav(nav([["a", false], ["b", false]]), "sidebar"), true);
  assert.equal(showsNav(nav([["a", false], ["b", true]]), "sidebar"), false);
  assert.equal(showsNav(nav([["a", false], ["b", false]], "top"), "sidebar"), false);
  assert.equal(showsNav(nav([["a", false], ["b", false]], "top"), "top"), true);
  assert.deepEqual(visiblePages(nav([["a", false], ["b", true]])).map((p) => p.key), ["a"]);
});

test("the page state keeps the nav and says when a page was not found", () => {
  const state = new PageState();
  state.apply({ ...nav([["a", false], ["b", false]]), page_not_found: "zzz" });
  assert.equal(state.nav?.current, "a");
  assert.match(state.toasts[0].body, /You have requested page \/zzz/);
});
