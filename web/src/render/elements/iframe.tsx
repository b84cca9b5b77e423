// st.iframe: {src} | {srcdoc} | {data, mime}, + {width, height, tab_index, alt}. Inline HTML
// (srcdoc) is sandboxed without allow-same-origin: its scripts run in the frame's own
// origin and can never reach the app's page.
import { useMediaUrl } from "./media";
import type { ElementProps } from ".";

export function IframeView({ props }: ElementProps) {
  const blobUrl = useMediaUrl(props.data ? props : {});
  const height = typeof props.height === "number" ? `${props.height}px` : props.height === "stretch" ? "100%" : "150px";
  const width = typeof props.width === "number" ? `${props.width}px` : "100%";
  const inline = typeof props.srcdoc === "string";
  return (
    <iframe
      class="stIFrame wl-iframe"
      data-testid="stIFrame"
      src={inline ? undefined : props.data ? blobUrl : String(props.src ?? "")}
      srcdoc={inline ? String(props.srcdoc) : undefined}
      sandbox={inline ? "allow-scripts allow-forms allow-popups allow-downloads" : undefined}
      title={props.alt ? String(props.alt) : "iframe"}
      tabIndex={typeof props.tab_index === "number" ? props.tab_index : undefined}
      scrolling={props.scrolling === false ? "no" : props.scrolling === true ? "auto" : undefined}
      style={{ width, maxWidth: "100%", height, border: "none" }}
    />
  );
}
