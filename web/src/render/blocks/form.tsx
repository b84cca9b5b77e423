// st.form: {form_id, clear_on_submit, enter_to_submit, border}. Its widgets' changes wait in
// ../forms.ts until its submit button is clicked. A form without a submit button shows
// Streamlit's warning.
import { Children } from "../Slot";
import { markdown } from "../md";
import { noteForm } from "../forms";
import { ElementTree, type Slot } from "../tree";
import type { BlockProps } from ".";

const MISSING_SUBMIT =
  "**Missing Submit Button**\n\nThis form has no submit button, which means that user interactions will " +
  "never be sent to your Streamlit app.\n\nTo create a submit button, use the `st.form_submit_button()` " +
  "function.\n\nFor more information, refer to the " +
  "[documentation](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

export function hasSubmitButton(slot: Slot): boolean {
  return ElementTree.childList(slot).some(([, child]) =>
    child.node.kind === "block" ? hasSubmitButton(child) : child.node.type === "form_submit_button",
  );
}

export function Form({ slot, props }: BlockProps) {
  const formId = String(props.form_id ?? "");
  noteForm(formId, !!props.clear_on_submit, props.enter_to_submit !== false);
  return (
    <div class={`stForm wl-form${props.border !== false ? " wl-bordered" : ""}`} data-testid="stForm">
      <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
        <Children slot={slot} />
      </div>
      {!hasSubmitButton(slot) && (
        <div class="stAlert wl-alert wl-alert-warning" data-testid="stAlert" role="alert">
          <div
            class="wl-alert-inner wl-md"
            data-testid="stAlertContentWarning"
            dangerouslySetInnerHTML={{ __html: markdown().render(MISSING_SUBMIT) }}
          />
        </div>
      )}
    </div>
  );
}
