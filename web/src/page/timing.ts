// Boot timeline as performance marks ("wasmlit:<stage>", "wasmlit:ready",
// "wasmlit:first-run"), so bench/ and DevTools can see where start-up time goes.

import type { WorkerMessage } from "../protocol.gen";

const seen = new Set<string>();

function markOnce(name: string): void {
  if (seen.has(name) || typeof performance === "undefined" || !performance.mark) return;
  seen.add(name);
  performance.mark(`wasmlit:${name}`);
}

export function markBoot(msg: WorkerMessage): void {
  if (msg.type === "boot_progress") markOnce(msg.stage);
  else if (msg.type === "ready") markOnce("ready");
  else if (msg.type === "run_finished") markOnce("first-run");
}
