// Shared by st.audio_input and st.camera_input: what they send, their file names (as
// Streamlit's frontend names them), WAV encoding, and a readable message for a refused device.

export interface CapturedFile {
  file_id: string;
  name: string;
  type: string;
  size: number;
  data?: Uint8Array;
}

let counter = 0;
export function captureId(): string {
  const rnd = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `${rnd}-${++counter}`;
}

/** "2026-12-07T09-11_audio.wav" */
export function audioFileName(now: Date): string {
  return `${now.toISOString().slice(0, 16).replaceAll(":", "-")}_audio.wav`;
}

/** "camera-input-2026-12-07T09_11_48.123Z.jpg" */
export function photoFileName(now: Date): string {
  return `camera-input-${now.toISOString().replaceAll(":", "_")}.jpg`;
}

/** 16-bit PCM mono WAV of `samples` (floats in [-1, 1]) at `rate` Hz. */
export function encodeWav(samples: Float32Array, rate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return bytes;
}

/** A recording (any format the browser can decode) → mono samples at `rate` (null: as recorded). */
export async function decodeToMono(blob: Blob, rate: number | null): Promise<{ samples: Float32Array; rate: number }> {
  const raw = await blob.arrayBuffer();
  const ctx = new AudioContext();
  let decoded: AudioBuffer;
  try {
    decoded = await ctx.decodeAudioData(raw);
  } finally {
    void ctx.close();
  }
  const target = rate ?? decoded.sampleRate;
  const length = Math.max(1, Math.ceil(decoded.duration * target));
  // Rendering through a one-channel offline context resamples and mixes down in one step.
  const offline = new OfflineAudioContext(1, length, target);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  const rendered = await offline.startRendering();
  return { samples: rendered.getChannelData(0), rate: target };
}

/** Why a device could not be used, in words for the widget. */
export function deviceProblem(err: unknown, device: "camera" | "microphone"): string {
  const name = err && typeof err === "object" && "name" in err ? String((err as { name: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "SecurityError") {
    return `This app would like to use your ${device}, but access was denied. Allow ${device} access for this site in the browser's settings, then try again.`;
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") return `No ${device} was found on this device.`;
  if (name === "NotReadableError") return `The ${device} is in use by another application or could not be started.`;
  if (name === "Unsupported") {
    return `This browser gives no ${device} access here: pages need https (or localhost) to use a ${device}.`;
  }
  return `The ${device} could not be used${name ? ` (${name})` : ""}.`;
}

/** getUserMedia, or an error named "Unsupported" where the browser has none (e.g. plain http). */
export function getMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
  const md = typeof navigator !== "undefined" ? navigator.mediaDevices : undefined;
  if (!md || typeof md.getUserMedia !== "function") {
    return Promise.reject(Object.assign(new Error("no mediaDevices"), { name: "Unsupported" }));
  }
  return md.getUserMedia(constraints);
}

export function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((t) => t.stop());
}
