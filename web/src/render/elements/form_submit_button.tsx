// st.form_submit_button: {label, help, kind, icon, disabled, use_container_width, form_id}
// A click sends everything its form holds, plus true for this button (../forms.ts).
import { ButtonShell } from "./button";
import { submitForm } from "../forms";
import type { ElementProps } from ".";

export function FormSubmitButton({ id, props }: ElementProps) {
  return (
    <ButtonShell props={props} cls="stFormSubmitButton" testid="stFormSubmitButton" kindSuffix="FormSubmit"
      onPress={() => {
        if (id !== null && props.form_id) submitForm(String(props.form_id), id);
      }} />
  );
}
