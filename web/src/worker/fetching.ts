// Downloads with errors a user can act on, and a stall watchdog for boot stages.

import { BootError, errorText } from "./errors";

export async function fetchChecked(
  url: string,
  what: string,
  init?: RequestInit,
  fetchFn: typeof fetch = fetch,
): Promise<Response> {
  let resp: Response;
  try {
    resp = await fetchFn(url, init);
  } catch (err) {
    throw new BootError(
      `Could not download ${what}: the server did not answer. Check your connection and reload.`,
      `GET ${url}: ${errorText(err)}`,
    );
  }
  if (!resp.ok) {
    throw new BootError(
      `Could not download ${what} (HTTP ${resp.status}). The site may be incomplete; rebuild or redeploy it.`,
      `GET ${url} → ${resp.status} ${resp.statusText}`,
    );
  }
  return resp;
}

export async function fetchBytes(url: string, what: string, init?: RequestInit): Promise<ArrayBuffer> {
  const resp = await fetchChecked(url, what, init);
  try {
    return await resp.arrayBuffer();
  } catch (err) {
    throw new BootError(`The download of ${what} was interrupted. Reload the page.`, `GET ${url}: ${errorText(err)}`);
  }
}

/**
 * Fails a boot stage that makes no progress for `limitMs`. Call `kick()` whenever
 * something happens (a download finishes, a package loads); `guard(p)` races a
 * promise against the watchdog.
 */
export class Watchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reject: ((e: BootError) => void) | undefined;
  private stage = "";
  private readonly failed: Promise<never>;

  constructor(private limitMs: number) {
    this.failed = new Promise<never>((_, reject) => {
      this.reject = reject;
    });
    this.failed.catch(() => {}); // only observed through guard()
  }

  /** Enter a new stage (named in the timeout message) and restart the clock. */
  enter(stage: string): void {
    this.stage = stage;
    this.kick();
  }

  kick(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.reject?.(
        new BootError(
          `Loading stalled while ${this.stage} (nothing happened for ${Math.round(this.limitMs / 1000)} s). Check your connection and reload.`,
          `boot stage "${this.stage}" timed out after ${this.limitMs} ms without progress`,
        ),
      );
    }, this.limitMs);
  }

  guard<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.failed]);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Boot progress weights, in boot order: Pyodide ~60 %, runtime 5 %, packages 25 %, app + cached data 10 %. */
export const STAGE_SPAN: Record<string, [number, number]> = {
  manifest: [0, 0.02],
  pyodide: [0.02, 0.6],
  runtime: [0.6, 0.65],
  packages: [0.65, 0.9],
  app: [0.9, 1.0],
  cache: [0.97, 0.99],
};

export function stageFraction(stage: string, within: number): number {
  const [a, b] = STAGE_SPAN[stage] ?? [0, 1];
  const w = Math.min(1, Math.max(0, within));
  return a + (b - a) * w;
}
