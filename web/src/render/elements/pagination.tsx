// st.pagination: {value (1-based), num_pages, max_visible_pages, width, disabled}; a click sends the page.
import { sendWidget } from "../../page/bridge";
import { useSynced } from "../shared";
import type { ElementProps } from ".";

/** The page numbers to show around `current` (null = an ellipsis), at most `max` numbers (0 = none). */
export function visiblePages(current: number, total: number, max: number | null): (number | null)[] {
  if (max === null || total <= max) return Array.from({ length: total }, (_, i) => i + 1);
  if (max <= 0) return [];
  const half = Math.floor(max / 2);
  let start = Math.max(1, Math.min(current - half, total - max + 1));
  const pages: (number | null)[] = [];
  for (let p = start; p < start + max; p++) pages.push(p);
  if (start > 1) pages.splice(0, 2, 1, null);
  if (start + max - 1 < total) pages.splice(pages.length - 2, 2, null, total);
  return pages;
}

export function Pagination({ id, props }: ElementProps) {
  const total = Number(props.num_pages ?? 1);
  const page = useSynced<number>(Number(props.value ?? 1));
  const go = (p: number) => {
    if (props.disabled || p < 1 || p > total || p === page.value) return;
    page.set(p);
    page.sent(p);
    sendWidget(id, p);
  };
  const max = props.max_visible_pages === null || props.max_visible_pages === undefined ? null : Number(props.max_visible_pages);
  return (
    <nav class="stPagination wl-pagination" data-testid="stPagination" aria-label="Pagination">
      <button type="button" class="wl-page" aria-label="Previous page" disabled={!!props.disabled || page.value <= 1} onClick={() => go(page.value - 1)}>‹</button>
      {visiblePages(page.value, total, max).map((p, i) =>
        p === null ? (
          <span key={`gap${i}`} class="wl-page-gap">…</span>
        ) : (
          <button
            key={p}
            type="button"
            class={`wl-page${p === page.value ? " wl-page-current" : ""}`}
            aria-current={p === page.value ? "page" : undefined}
            disabled={!!props.disabled}
            onClick={() => go(p)}
          >
            {p}
          </button>
        ),
      )}
      <button type="button" class="wl-page" aria-label="Next page" disabled={!!props.disabled || page.value >= total} onClick={() => go(page.value + 1)}>›</button>
    </nav>
  );
}
