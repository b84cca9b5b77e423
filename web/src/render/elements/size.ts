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

/** width + text_alignment of text elements (title, markdown, text, caption, alerts). */
export function textLayoutStyle(props: Record<string, any>): Record<string, string> | undefined {
  const style: Record<string, string> = { ...widthStyle(props.width) };
  if (typeof props.text_alignment === "string" && props.text_alignment !== "left") style.textAlign = props.text_alignment;
  return Object.keys(style).length ? style : undefined;
}
