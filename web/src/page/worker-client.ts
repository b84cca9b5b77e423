// Where the worker comes from. Kept in one function: the single-file build swaps in
// a Blob URL here.

export function createWorker(): Worker {
  return new Worker(new URL("wasmlit-worker.js", document.baseURI), { name: "wasmlit" });
}
