// st.audio_input: {label, value: [{file_id, name, type, size}] (0-1), sample_rate, help, disabled,
// label_visibility}. "Record" opens the microphone (getUserMedia) and a MediaRecorder; "Stop"
// decodes the recording, resamples it to `sample_rate` (mono) and sends it as a 16-bit WAV
// (audio/wav, as Streamlit returns); "Clear recording" sends []. Refusals are shown in the widget.
import { useEffect, useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import {
  type CapturedFile, audioFileName, captureId, decodeToMono, deviceProblem, encodeWav, getMedia, stopStream,
} from "./media_capture";
import type { ElementProps } from ".";

type Phase = "idle" | "recording" | "encoding";

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export function AudioInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const rate: number | null = typeof props.sample_rate === "number" ? props.sample_rate : null;
  const files = useSynced<CapturedFile[]>(Array.isArray(props.value) ? props.value : []);
  const [phase, setPhase] = useState<Phase>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [url, setUrl] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const hasRecording = files.value.length > 0;

  useEffect(() => {
    if (phase !== "recording") return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Date.now() - started), 250);
    return () => clearInterval(timer);
  }, [phase]);
  useEffect(() => () => stopStream(stream.current), []);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const finish = async (chunks: Blob[], mime: string) => {
    stopStream(stream.current);
    stream.current = null;
    setPhase("encoding");
    try {
      const { samples, rate: used } = await decodeToMono(new Blob(chunks, { type: mime }), rate);
      const data = encodeWav(samples, used);
      const entry: CapturedFile = { file_id: captureId(), name: audioFileName(new Date()), type: "audio/wav", size: data.length };
      setUrl(URL.createObjectURL(new Blob([data as BlobPart], { type: "audio/wav" })));
      files.set([entry]);
      files.sent([entry]);
      sendWidget(id, [{ ...entry, data }] as unknown as CapturedFile[]);
    } catch (err) {
      setProblem(`The recording could not be encoded: ${err instanceof Error ? err.message : String(err)}`);
    }
    setPhase("idle");
  };

  const start = async () => {
    setProblem(null);
    try {
      if (typeof MediaRecorder === "undefined") throw Object.assign(new Error("no MediaRecorder"), { name: "Unsupported" });
      const s = await getMedia({ audio: true, video: false });
      stream.current = s;
      const rec = new MediaRecorder(s);
      const chunks: Blob[] = [];
      rec.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
      rec.onstop = () => void finish(chunks, rec.mimeType);
      recorder.current = rec;
      rec.start();
      setElapsed(0);
      setPhase("recording");
    } catch (err) {
      stopStream(stream.current);
      stream.current = null;
      setProblem(deviceProblem(err, "microphone"));
    }
  };
  const stop = () => recorder.current?.state === "recording" && recorder.current.stop();
  const clear = () => {
    setUrl(null);
    files.set([]);
    files.sent([]);
    sendWidget(id, []);
  };

  const action = phase === "recording" ? "Stop recording" : hasRecording ? "Clear recording" : "Record";
  return (
    <div class={`stAudioInput wl-field wl-media-input${disabled ? " wl-disabled" : ""}`} data-testid="stAudioInput">
      <WidgetLabel label={String(props.label ?? "")} id={`${domId}-label`} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-audio-box">
        <button
          type="button"
          class={`wl-button wl-button-secondary wl-media-button${phase === "recording" ? " wl-recording" : ""}`}
          data-testid="stAudioInputActionButton"
          aria-label={action}
          disabled={disabled || phase === "encoding"}
          onClick={() => (phase === "recording" ? stop() : hasRecording ? clear() : void start())}
        >
          {action}
        </button>
        {hasRecording && url && <audio class="wl-audio-playback" controls src={url} />}
        <span class="wl-audio-time" data-testid="stAudioInputWaveformTimeCode">
          {phase === "encoding" ? "Encoding…" : phase === "recording" ? clock(elapsed) : hasRecording ? files.value[0].name : "00:00"}
        </span>
      </div>
      {problem && <div class="wl-media-problem" role="alert" data-testid="stAudioInputError">{problem}</div>}
    </div>
  );
}
