/**
 * Row virtualisation with @tanstack/virtual-core: only the visible rows (+ overscan) are in
 * the DOM. Browsers cap an element's height (~33M px in Chromium), so past MAX_SCROLL px the
 * scroll range is scaled: the spacer is MAX_SCROLL high and a scroll position maps linearly
 * onto the virtual row offsets (1M rows × 35 px still reach the last row).
 */

import { Virtualizer, observeElementRect, type VirtualItem } from "@tanstack/virtual-core";
import type { RefObject } from "preact";
import { useLayoutEffect, useReducer, useRef, useState } from "preact/hooks";

export const ROW_HEIGHT = 35;
const MAX_SCROLL = 8_000_000;

export interface VirtualRows {
  virt: Virtualizer<HTMLDivElement, HTMLDivElement>;
  items: VirtualItem[];
  /** Height of the inner element (header + rows), capped at MAX_SCROLL. */
  spacer: number;
  /** The scroll element's scrollTop, and the virtual offset it maps to. */
  scrollTop: number;
  virtualTop: number;
}

export function useVirtualRows(scrollRef: RefObject<HTMLDivElement | null>, count: number, rowH: number): VirtualRows {
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const total = count * rowH;
  // The inner element: header + rows, capped at MAX_SCROLL. Scrolling its whole range must
  // reach every row: virtual offset = scrollTop × (virtual range / real range).
  const spacer = Math.min(total, MAX_SCROLL) + rowH;
  const factorOf = (el: HTMLElement | null) => {
    if (total <= MAX_SCROLL || !el) return 1;
    const ch = el.clientHeight;
    return (total + rowH - ch) / Math.max(1, spacer - ch);
  };
  const factorRef = useRef(factorOf);
  factorRef.current = factorOf;

  const [virt] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count,
        estimateSize: () => rowH,
        overscan: 6,
        getScrollElement: () => scrollRef.current,
        observeElementRect,
        observeElementOffset: (inst, cb) => {
          const el = inst.scrollElement;
          if (!el) return undefined;
          const handler = () => cb(el.scrollTop * factorRef.current(el), false);
          handler();
          el.addEventListener("scroll", handler, { passive: true });
          return () => el.removeEventListener("scroll", handler);
        },
        scrollToFn: (offset, _opts, inst) =>
          inst.scrollElement?.scrollTo({ top: offset / factorRef.current(inst.scrollElement) }),
        onChange: () => rerender(0),
      }),
  );
  virt.setOptions({ ...virt.options, count, estimateSize: () => rowH });
  useLayoutEffect(() => virt._didMount(), []);
  useLayoutEffect(() => virt._willUpdate());

  const items: VirtualItem[] = virt.getVirtualItems();
  const scrollTop = scrollRef.current?.scrollTop ?? 0;
  const virtualTop = scrollTop * factorOf(scrollRef.current);
  return { virt, items, spacer, scrollTop, virtualTop };
}
