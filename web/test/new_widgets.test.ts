import assert from "node:assert/strict";
import { test } from "node:test";
import { toggleSelection } from "../src/render/elements/button_group";
import { audioFileName, deviceProblem, encodeWav, photoFileName } from "../src/render/elements/media_capture";

test("a pill click toggles its option; single mode replaces, and clears unless required", () => {
  assert.deepEqual(toggleSelection([], 1, false, false), [1]);
  assert.deepEqual(toggleSelection([1], 2, false, false), [2]);
  assert.deepEqual(toggleSelection([1], 1, false, false), []);
  assert.deepEqual(toggleSelection([1], 1, false, true), [1]);
  assert.deepEqual(toggleSelection([0], 2, true, false), [0, 2]); // multi keeps the click order
  assert.deepEqual(toggleSelection([0, 2], 0, true, false), [2]);
});

test("encodeWav writes a 16-bit mono PCM WAV that Python's wave module would read", () => {
  const wav = encodeWav(new Float32Array([0, 1, -1, 0.5, 2]), 16000);
  const view = new DataView(wav.buffer);
  const ascii = (at: number) => String.fromCharCode(...wav.slice(at, at + 4));
  assert.equal(wav.length, 44 + 5 * 2);
  assert.deepEqual([ascii(0), ascii(8), ascii(12), ascii(36)], ["RIFF", "WAVE", "fmt ", "data"]);
  assert.equal(view.getUint32(4, true), wav.length - 8);
  assert.equal(view.getUint16(20, true), 1); // PCM
  assert.equal(view.getUint16(22, true), 1); // mono
  assert.equal(view.getUint32(24, true), 16000);
  assert.equal(view.getUint32(28, true), 32000);
  assert.equal(view.getUint16(34, true), 16);
  assert.equal(view.getUint32(40, true), 10);
  const samples = [0, 1, 2, 3, 4].map((i) => view.getInt16(44 + i * 2, true));
  assert.deepEqual(samples, [0, 32767, -32768, 16383, 32767]); // clipped to [-1, 1]
});

test("captured files are named the way Streamlit's frontend names them", () => {
  const at = new Date("2026-12-07T09:11:48.123Z");
  assert.equal(audioFileName(at), "2026-12-07T09-11_audio.wav");
  assert.equal(photoFileName(at), "camera-input-2026-12-07T09_11_48.123Z.jpg");
});

test("a refused device is explained in words", () => {
  assert.match(deviceProblem({ name: "NotAllowedError" }, "camera"), /access was denied/);
  assert.match(deviceProblem({ name: "NotFoundError" }, "microphone"), /No microphone was found/);
  assert.match(deviceProblem({ name: "Unsupported" }, "camera"), /https \(or localhost\)/);
  assert.match(deviceProblem(new Error("x"), "camera"), /could not be used/);
});
