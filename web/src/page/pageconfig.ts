// st.set_page_config on the page: title, favicon, layout.

/** True when `icon` looks like an image URL rather than an emoji / short text. */
export function isImageUrl(icon: string): boolean {
  return /^(https?:|data:|blob:|\/|\.\/|\.\.\/)/.test(icon) || /\.(png|svg|ico|jpe?g|gif|webp)(\?.*)?$/i.test(icon);
}

/** An emoji (or any short text) as an SVG favicon data URL. */
export function emojiFavicon(emoji: string): string {
  const esc = emoji.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${esc}</text></svg>`;
  return "data:image/svg+xml," + encodeURIComponent(svg);
}

export function faviconHref(icon: string): string | null {
  if (!icon || icon.startsWith(":material/")) return null; // no icon font shipped
  return isImageUrl(icon) ? icon : emojiFavicon(icon);
}

export function setFavicon(doc: Document, icon: string | null): void {
  const href = icon ? faviconHref(icon) : null;
  if (!href) return;
  let link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = doc.createElement("link");
    link.rel = "icon";
    doc.head.appendChild(link);
  }
  link.href = href;
}
