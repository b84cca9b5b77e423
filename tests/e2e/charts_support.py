"""Reading charts drawn by vega-embed in the page (the element's `wlChart` test hook)."""

from __future__ import annotations

CHART = '[data-testid="stVegaLiteChart"]'

# Every symbol/rect/line/area item of the view's scenegraph: pixel position, fill, and the datum.
SCENE_ITEMS = """
(el) => {
  const view = el.wlChart.view;
  const [ox0, oy0] = view.origin();
  const pad = view.padding();
  const ox = ox0 + (pad.left || 0), oy = oy0 + (pad.top || 0);
  const out = [];
  const walk = (mark, dx, dy) => {
    for (const item of mark.items || []) {
      if (mark.marktype === "group") {
        for (const m of item.items || []) walk(m, dx + (item.x || 0), dy + (item.y || 0));
      } else if (mark.role === "mark") {
        const d = Object.fromEntries(Object.entries(item.datum || {})
          .filter(([, v]) => v === null || typeof v !== "object"));
        out.push({marktype: mark.marktype, x: dx + item.x, y: dy + item.y, fill: item.fill ?? null,
                  stroke: item.stroke ?? null, opacity: item.opacity ?? null, datum: d});
      }
    }
  };
  walk(view.scenegraph().root, ox, oy);
  return out;
}
"""


def charts(page):  # type: ignore[no-untyped-def]
    return page.locator(CHART)


def wait_drawn(page, count: int, renders: int = 1) -> None:  # type: ignore[no-untyped-def]
    """Wait until ``count`` charts have each been drawn at least ``renders`` times."""
    page.wait_for_function(
        f"""() => {{ const c = [...document.querySelectorAll('{CHART}')];
            return c.length === {count} && c.every(e => e.wlChart && e.wlChart.renders >= {renders}); }}""",
        timeout=30_000)


def items(page, index: int = 0, marktype: str | None = None) -> list[dict]:  # type: ignore[no-untyped-def]
    found = charts(page).nth(index).evaluate(SCENE_ITEMS)
    return [i for i in found if marktype is None or i["marktype"] == marktype]


def renders(page, index: int = 0) -> int:  # type: ignore[no-untyped-def]
    return charts(page).nth(index).evaluate("(el) => el.wlChart.renders")
