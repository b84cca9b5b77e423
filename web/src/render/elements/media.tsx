// st.image: {images: [{url} | {data: Uint8Array, mime}, + caption], width, use_container_width}
// st.audio / st.video: {url} | {data, mime}, + {start_time, end_time, loop, autoplay[, muted]}
// Bytes are shown through Blob URLs; a rerun that sends the same bytes keeps the same URL.
import { useEffect, useRef } from "preact/hooks";
import type { Props } from "../shared";
import type { ElementProps } from ".";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A URL for a media source: its own URL, or a Blob URL of its bytes (revoked when replaced). */
export function useMediaUrl(source: Props): string | undefined {
  const ref = useRef<{ data: Uint8Array; mime: string; url: string } | null>(null);
  const data: Uint8Array | null = source.data instanceof Uint8Array ? source.data : null;
  const mime = String(source.mime ?? "");
  if (data) {
    const cur = ref.current;
    if (!cur || cur.mime !== mime || !sameBytes(cur.data, data)) {
      if (cur) URL.revokeObjectURL(cur.url);
      ref.current = { data, mime, url: URL.createObjectURL(new Blob([data as BlobPart], { type: mime })) };
    }
  } else if (ref.current) {
    URL.revokeObjectURL(ref.current.url);
    ref.current = null;
  }
  useEffect(
    () => () => {
      if (ref.current) URL.revokeObjectURL(ref.current.url);
      ref.current = null;
    },
    [],
  );
  return data ? ref.current!.url : source.url ?? undefined;
}

function OneImage({ source, width, stretch }: { source: Props; width: number | null; stretch: boolean }) {
  const url = useMediaUrl(source);
  const style = stretch ? { width: "100%" } : width ? { width: `${width}px`, maxWidth: "100%" } : { maxWidth: "100%" };
  return (
    <div class="stImage wl-image" data-testid="stImage">
      <img src={url} alt={source.caption ?? ""} style={style} />
      {source.caption && (
        <div class="wl-image-caption" data-testid="stImageCaption">
          {source.caption}
        </div>
      )}
    </div>
  );
}

export function ImageView({ props }: ElementProps) {
  const images: Props[] = Array.isArray(props.images) ? props.images : [];
  const width = typeof props.width === "number" ? props.width : null;
  return (
    <div class="wl-images" data-testid="stFullScreenFrame">
      {images.map((img, i) => (
        <OneImage key={i} source={img} width={width} stretch={!!props.use_container_width} />
      ))}
    </div>
  );
}

function fragment(props: Props): string {
  const start = Number(props.start_time) || 0;
  const end = typeof props.end_time === "number" ? props.end_time : null;
  if (!start && end === null) return "";
  return `#t=${start}${end !== null ? `,${end}` : ""}`;
}

export function AudioView({ props }: ElementProps) {
  const url = useMediaUrl(props);
  return (
    <audio
      class="stAudio wl-audio"
      data-testid="stAudio"
      controls
      src={url ? url + fragment(props) : undefined}
      loop={!!props.loop}
      autoplay={!!props.autoplay}
    />
  );
}

export function VideoView({ props }: ElementProps) {
  const url = useMediaUrl(props);
  return (
    <video
      class="stVideo wl-video"
      data-testid="stVideo"
      controls
      src={url ? url + fragment(props) : undefined}
      loop={!!props.loop}
      autoplay={!!props.autoplay}
      muted={!!props.muted}
    />
  );
}
