// Boot failures with a message a user can act on plus technical detail.

export class BootError extends Error {
  constructor(message: string, public detail: string = "") {
    super(message);
    this.name = "BootError";
  }
}

/** The text of any thrown value, without Pyodide's giant minified source lines. */
export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const text = err.message || String(err);
    return text.length > 8000 ? text.slice(0, 4000) + "\n…\n" + text.slice(-4000) : text;
  }
  return String(err);
}

export function toBootError(err: unknown, message: string): BootError {
  if (err instanceof BootError) return err;
  return new BootError(message, errorText(err));
}
