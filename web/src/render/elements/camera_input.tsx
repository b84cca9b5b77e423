// st.camera_input: {label, value: [{file_id, name, type, size}] (0-1), resolution_height, help, disabled,
// label_visibility}. A live preview from getUserMedia; "Take Photo" draws the frame on a canvas,
// encodes it as JPEG and sends it (with its bytes) as the widget's one file; "Clear photo" sends [].
// Where the browser refuses (no device, no permission, no secure context) the widget says so.
import { useEffect, useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { useSynced, WidgetLabel, useDomId } from "../shared";
import { type CapturedFile, captureId, deviceProblem, getMedia, photoFileName, stopStream } from "./media_capture";
import type { ElementProps } from ".";

function snapshot(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth || 640;
  canvas.height = video.videoHeight || 480;
  canvas.getContext("2d")?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The photo could not be encoded."))), "image/jpeg", 0.92),
  );
}

export function CameraInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const files = useSynced<CapturedFile[]>(Array.isArray(props.value) ? props.value : []);
  const [photoUrl, setPhotoUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const hasPhoto = files.value.length > 0;
  const height = typeof props.resolution_height === "number" ? props.resolution_height : undefined;

  useEffect(() => {
    if (disabled || hasPhoto) return;
    let cancelled = false;
    getMedia({ video: height ? { height: { ideal: height } } : true, audio: false })
      .then((s) => {
        if (cancelled) return stopStream(s);
        stream.current = s;
        setProblem(null);
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => {});
        }
        setLive(true);
      })
      .catch((err) => !cancelled && setProblem(deviceProblem(err, "camera")));
    return () => {
      cancelled = true;
      stopStream(stream.current);
      stream.current = null;
      setLive(false);
    };
  }, [disabled, hasPhoto, height]);

  useEffect(() => () => void (photoUrl && URL.revokeObjectURL(photoUrl)), [photoUrl]);

  const take = async () => {
    if (!video.current || !live) return;
    try {
      const blob = await snapshot(video.current);
      const data = new Uint8Array(await blob.arrayBuffer());
      const entry: CapturedFile = { file_id: captureId(), name: photoFileName(new Date()), type: "image/jpeg", size: data.length };
      setPhotoUrl(URL.createObjectURL(blob));
      files.set([entry]);
      files.sent([entry]);
      sendWidget(id, [{ ...entry, data }] as unknown as CapturedFile[]);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };
  const clear = () => {
    setPhotoUrl(null);
    files.set([]);
    files.sent([]);
    sendWidget(id, []);
  };

  return (
    <div class={`stCameraInput wl-field wl-media-input${disabled ? " wl-disabled" : ""}`} data-testid="stCameraInput">
      <WidgetLabel label={String(props.label ?? "")} id={`${domId}-label`} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-camera-box" data-testid="stCameraInputWebcamStyledBox">
        {hasPhoto ? (
          photoUrl ? <img class="wl-camera-photo" src={photoUrl} alt={String(props.label ?? "")} /> : <div class="wl-camera-placeholder">Photo taken</div>
        ) : problem ? (
          <div class="wl-media-problem" role="alert" data-testid="stCameraInputError">{problem}</div>
        ) : (
          <video class="wl-camera-video" data-testid="stCameraInputWebcamComponent" ref={video} muted playsInline aria-labelledby={`${domId}-label`} />
        )}
      </div>
      <button
        type="button"
        class="wl-button wl-button-secondary wl-media-button"
        data-testid="stCameraInputButton"
        disabled={disabled || (!hasPhoto && !live)}
        onClick={() => (hasPhoto ? clear() : void take())}
      >
        {hasPhoto ? "Clear photo" : "Take Photo"}
      </button>
    </div>
  );
}
