// st.radio: {label, options: str[], value: int|null, horizontal, captions, help, disabled, label_visibility}
import { sendWidget } from "../../page/bridge";
import { InlineMd, useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function Radio({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const options: string[] = Array.isArray(props.options) ? props.options.map(String) : [];
  const captions: (string | null)[] = Array.isArray(props.captions) ? props.captions : [];
  const v = useSynced<number | null>(typeof props.value === "number" ? props.value : null);
  return (
    <div class={`stRadio wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stRadio">
      <WidgetLabel label={String(props.label ?? "")} id={`${domId}-label`} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div role="radiogroup" aria-labelledby={`${domId}-label`} class={`wl-radio-group${props.horizontal ? " wl-horizontal" : ""}`}>
        {options.map((o, i) => (
          <label class="wl-radio-option" key={i}>
            <input
              type="radio"
              name={domId}
              value={String(i)}
              checked={v.value === i}
              disabled={disabled}
              onChange={() => {
                v.set(i);
                v.sent(i);
                sendWidget(id, i);
              }}
            />
            <span class="wl-radio-dot" aria-hidden="true" />
            <span class="wl-radio-text">
              <InlineMd body={o} />
              {captions[i] && <InlineMd tag="span" class="wl-radio-caption" body={String(captions[i])} />}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
