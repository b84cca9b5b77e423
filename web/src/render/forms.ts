// st.form on the page: a widget inside a form (its node has props.form_id) does not
// send its changes; they wait here until the form's submit button is clicked, then
// ONE interaction carries all of them plus the click. clear_on_submit: the form's
// widgets are remounted (fresh local state) at the click; the run that follows sends
// their defaults.

import type { WidgetUpdate } from "../protocol.gen";
import { send, setHold } from "../page/bridge";

interface FormInfo {
  clearOnSubmit: boolean;
  enterToSubmit: boolean;
}

const widgetForm = new Map<string, string>();
const submitters = new Map<string, string>();
const forms = new Map<string, FormInfo>();
const held = new Map<string, Map<string, WidgetUpdate["value"]>>();
const epochs = new Map<string, number>();

/** Called while rendering: the widget `id` lives in form `formId`. */
export function noteFormWidget(id: string, formId: string, isSubmitter: boolean, disabled: boolean): void {
  widgetForm.set(id, formId);
  if (isSubmitter && !disabled && !submitters.has(formId)) submitters.set(formId, id);
  if (isSubmitter && disabled && submitters.get(formId) === id) submitters.delete(formId);
}

export function noteForm(formId: string, clearOnSubmit: boolean, enterToSubmit: boolean): void {
  forms.set(formId, { clearOnSubmit, enterToSubmit });
}

/** Remount key for the widgets of a form (changes when a clear_on_submit form is submitted). */
export function formEpoch(formId: string): number {
  return epochs.get(formId) ?? 0;
}

/** The values waiting in a form (for tests and the page's own checks). */
export function heldValues(formId: string): Map<string, WidgetUpdate["value"]> {
  return held.get(formId) ?? new Map();
}

function holdValue(id: string, value: WidgetUpdate["value"]): boolean {
  const formId = widgetForm.get(id);
  if (formId === undefined) return false;
  let values = held.get(formId);
  if (!values) held.set(formId, (values = new Map()));
  values.set(id, value);
  return true;
}
setHold(holdValue);

/** The submit button `submitId` of `formId` was clicked: send everything the form holds. */
export function submitForm(formId: string, submitId: string): void {
  const values = held.get(formId) ?? new Map();
  held.delete(formId);
  const updates: WidgetUpdate[] = [...values].map(([id, value]) => ({ id, value }));
  updates.push({ id: submitId, value: true });
  if (forms.get(formId)?.clearOnSubmit) epochs.set(formId, formEpoch(formId) + 1);
  send({ type: "interaction", updates });
}

/** Enter in a text field of a form with enter_to_submit: submit it (after the field committed). */
export function submitOnEnter(widgetId: string | null): void {
  if (widgetId === null) return;
  const formId = widgetForm.get(widgetId);
  if (formId === undefined || !forms.get(formId)?.enterToSubmit) return;
  const submitId = submitters.get(formId);
  if (submitId !== undefined) submitForm(formId, submitId);
}

/** Forget everything (unit tests). */
export function resetForms(): void {
  widgetForm.clear();
  submitters.clear();
  forms.clear();
  held.clear();
  epochs.clear();
}
