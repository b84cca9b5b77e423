// Element width/height props ("stretch" | "content" | pixels) as inline styles.

export function widthStyle(width: unknown): Record<string, string> | undefined {
  if (typeof width === "number" && width > 0) return { width: `${width}px`, maxWidth: "100%" };
  if (width === "content") return { width: "fit-content", maxWidth: "100%" };
  return undefined;
}

export function heightStyle(height: unknown): Record<string, string> | undefined {
  if (typeof height === "number" && height > 0) return { height: `${height}px`, overflowY: "auto" };
  return undefined;
}
