// The one way the renderer talks to the worker: widget updates and rerun requests.

import type { PageMessage, WidgetUpdate } from "../protocol.gen";

type Sender = (msg: PageMessage) => void;
let sender: Sender = () => {};

export function setSender(fn: Sender): void {
  sender = fn;
}

export function send(msg: PageMessage): void {
  sender(msg);
}

export function sendWidget(id: string | null, value: WidgetUpdate["value"]): void {
  if (id === null) return;
  sender({ type: "interaction", updates: [{ id, value }] });
}
