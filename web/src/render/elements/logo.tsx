// st.logo: {image, icon_image, link, size}, each image {url} | {data, mime} | {icon} | {emoji}.
// Shown atop the sidebar, and in the app header when the sidebar is closed or absent
// (icon_image there, if given). Rendered by page/App.tsx from Root.LOGO.
import { useMediaUrl } from "./media";
import type { ElementProps } from ".";

const HEIGHTS: Record<string, string> = { small: "1.25rem", medium: "1.5rem", large: "2rem" };

function LogoImage({ image, size, testid }: { image: any; size: string; testid: string }) {
  const url = useMediaUrl(image ?? {});
  const height = HEIGHTS[size] ?? HEIGHTS.medium;
  if (image?.emoji) return <span class="wl-logo-emoji" data-testid={testid} style={{ fontSize: height }}>{image.emoji}</span>;
  if (!url) return null;
  return <img class="stLogo wl-logo" data-testid={testid} src={url} alt="Logo" style={{ height, maxHeight: height }} />;
}

export function LogoView({ props, where = "sidebar" }: ElementProps & { where?: "sidebar" | "header" }) {
  const image = where === "header" && props.icon_image ? props.icon_image : props.image;
  const testid = where === "sidebar" ? "stSidebarLogo" : "stHeaderLogo";
  const img = <LogoImage image={image} size={String(props.size ?? "medium")} testid={testid} />;
  return (
    <div class={`wl-logo-box wl-logo-${where}`} data-testid="stLogoLink">
      {props.link ? (
        <a href={String(props.link)} target="_blank" rel="noopener noreferrer">{img}</a>
      ) : (
        img
      )}
    </div>
  );
}
