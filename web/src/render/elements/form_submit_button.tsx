// st.form_submit_button: {label, help, kind, icon, disabled, use_container_width, form_id}
// A click sends everything its form holds, plus true for this button (../forms.ts).
import { Help, InlineMd } from "../shared";
import { submitForm } from "../forms";
import type { ElementProps } from ".";

export function FormSubmitButton({ id, props }: ElementProps) {
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? (props.kind as string) : "secondary";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div class={`stFormSubmitButton wl-button-row${props.use_container_width ? " wl-full" : ""}`} data-testid="stFormSubmitButton">
      <button
        type="button"
        class={`wl-button wl-button-${kind}`}
        data-testid={`stBaseButton-${kind}FormSubmit`}
        disabled={!!props.disabled}
        title={props.help || undefined}
        onClick={() => {
          if (!props.disabled && id !== null && props.form_id) submitForm(String(props.form_id), id);
        }}
      >
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <InlineMd body={String(props.label ?? "")} />
      </button>
      <Help text={props.help} />
    </div>
  );
}
