// A page's icon: an emoji as text; a ":material/name:" shortcode as Streamlit's
// stIconMaterial span holding the ligature name. The Material Symbols font is not
// vendored, so that span is hidden (styles.css) instead of showing the bare word.

export function NavIcon({ icon }: { icon: string | null | undefined }) {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) {
    return (
      <span class="wl-material-icon" data-testid="stIconMaterial" aria-hidden="true">
        {material[1]}
      </span>
    );
  }
  return (
    <span class="wl-nav-emoji" data-testid="stIconEmoji" aria-hidden="true">
      {icon.replace(/^emoji:/, "")}
    </span>
  );
}
