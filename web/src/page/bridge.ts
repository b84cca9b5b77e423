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

type Hold = (id: string, value: WidgetUpdate["value"]) => boolean;
let hold: Hold = () => false;

/** Widgets inside an st.form keep their changes until the form is submitted (render/forms.ts). */
export function setHold(fn: Hold): void {
  hold = fn;
}

export function sendWidget(id: string | null, value: WidgetUpdate["value"]): void {
  if (id === null) return;
  if (hold(id, value)) return;
  sender({ type: "interaction", updates: [{ id, value }] });
}
