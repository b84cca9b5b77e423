// The page list of st.navigation / the pages/ folder: in the sidebar (position="sidebar")
// or the header (position="top"). Sections get a header; hidden pages are not listed.
// Like Streamlit, a sidebar list of more than 12 pages (or `visible_items` + 3) shows
// the first 10 (`visible_items`) and a "View N more" button, unless `expanded`.

import { useState } from "preact/hooks";
import type { NavPage, Navigation } from "../../protocol.gen";
import { pageHref } from "../../page/router";
import { NavIcon } from "./icon";
import { onPageClick } from "./links";

export function visiblePages(nav: Navigation | null): NavPage[] {
  return nav ? nav.pages.filter((p) => !p.hidden) : [];
}

/** Streamlit shows a nav only for more than one (visible) page. */
export function showsNav(nav: Navigation | null, position: "sidebar" | "top"): boolean {
  return !!nav && nav.position === position && visiblePages(nav).length > 1;
}

function NavLink({ page, current, testid }: { page: NavPage; current: boolean; testid: string }) {
  const external = page.external_url;
  return (
    <li>
      <a
        class={`wl-nav-link${current ? " wl-nav-active" : ""}`}
        data-testid={testid}
        href={external ?? pageHref(page.url_path)}
        target={external ? "_blank" : undefined}
        rel={external ? "noopener noreferrer" : undefined}
        aria-current={current ? "page" : undefined}
        title={page.help || undefined}
        onClick={external ? undefined : (e) => onPageClick(e as unknown as MouseEvent, page.key, page.url_path)}
      >
        <NavIcon icon={page.icon} />
        <span class="wl-nav-label">{page.title}</span>
      </a>
    </li>
  );
}

function grouped(nav: Navigation): [string, NavPage[]][] {
  const bySection = new Map<string, NavPage[]>(nav.sections.map((s) => [s, []]));
  for (const p of visiblePages(nav)) {
    if (!bySection.has(p.section)) bySection.set(p.section, []);
    bySection.get(p.section)!.push(p);
  }
  return [...bySection.entries()].filter(([, pages]) => pages.length > 0);
}

export function SidebarNav({ nav, alone }: { nav: Navigation; alone: boolean }) {
  const [more, setMore] = useState(false);
  const pages = visiblePages(nav);
  const limit = nav.visible_items ?? 10;
  const collapsible = !nav.expanded && !alone && pages.length > limit + 2;
  const shown = new Set((collapsible && !more ? pages.slice(0, limit) : pages).map((p) => p.key));
  return (
    <nav class="wl-sidebar-nav" data-testid="stSidebarNav">
      <ul class="wl-nav-items" data-testid="stSidebarNavItems">
        {grouped(nav).map(([section, items]) => {
          const visible = items.filter((p) => shown.has(p.key));
          if (!visible.length) return null;
          return [
            section ? (
              <li key={`s:${section}`} class="wl-nav-section" data-testid="stNavSectionHeader">
                {section}
              </li>
            ) : null,
            ...visible.map((p) => <NavLink key={p.key} page={p} current={p.key === nav.current} testid="stSidebarNavLink" />),
          ];
        })}
      </ul>
      {collapsible && (
        <button type="button" class="wl-nav-more" data-testid="stSidebarNavViewButton" onClick={() => setMore(!more)}>
          {more ? "View less" : `View ${pages.length - limit} more`}
        </button>
      )}
      {!alone && <hr class="wl-nav-separator" data-testid="stSidebarNavSeparator" />}
    </nav>
  );
}

export function TopNav({ nav }: { nav: Navigation }) {
  return (
    <nav class="wl-top-nav" data-testid="stTopNav">
      <ul class="wl-top-nav-items">
        {grouped(nav).flatMap(([section, items]) => [
          section ? (
            <li key={`s:${section}`} class="wl-nav-section" data-testid="stNavSectionHeader">
              {section}
            </li>
          ) : null,
          ...items.map((p) => <NavLink key={p.key} page={p} current={p.key === nav.current} testid="stTopNavLink" />),
        ])}
      </ul>
    </nav>
  );
}
