// Page → worker bytes: an interaction may carry Uint8Arrays (files for st.file_uploader).
// Python gets them beside the JSON, each replaced by {"$binary": i} — the mirror of how
// Python's bytes reach the page (worker.ts forwardToPage, protocol.encode/decode).

import { BINARY_REF, type PageMessage } from "../protocol.gen";

export function encodeBatch(batch: PageMessage[]): [string, Uint8Array[] | null] {
  const buffers: Uint8Array[] = [];
  const json = JSON.stringify(batch, (_key, value) => {
    if (value instanceof Uint8Array) {
      buffers.push(value);
      return { [BINARY_REF]: buffers.length - 1 };
    }
    return value;
  });
  return [json, buffers.length ? buffers : null];
}
