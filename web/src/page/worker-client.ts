// Where the worker comes from. Kept in one function: a single-file build (page/embedded.ts)
// starts it from a Blob URL of the embedded worker text and then posts it the site's files
// as its first message (EmbeddedAssets).

import type { EmbeddedAssets } from "../protocol.gen";
import { WORKER_ELEMENT_ID, workerFiles } from "./embedded";

export function createWorker(onEmbedFailed: (err: unknown) => void = () => {}): Worker {
  const text = document.getElementById(WORKER_ELEMENT_ID)?.textContent;
  if (text == null) return new Worker(new URL("wasmlit-worker.js", document.baseURI), { name: "wasmlit" });
  const url = URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
  const worker = new Worker(url, { name: "wasmlit" });
  workerFiles().then(
    (files) => {
      const msg: EmbeddedAssets = { type: "embedded_assets", files };
      worker.postMessage(msg, Object.values(files));
    },
    onEmbedFailed,
  );
  return worker;
}
