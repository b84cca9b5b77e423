// st.multiselect: {label, options: str[], value: int[], max_selections, placeholder, help, disabled, label_visibility}
// Chips for the chosen options (each with a remove button) plus a native <select> to add one.
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function Multiselect({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const options: string[] = Array.isArray(props.options) ? props.options.map(String) : [];
  const v = useSynced<number[]>(Array.isArray(props.value) ? props.value.map(Number) : []);
  const chosen = v.value;
  const max = typeof props.max_selections === "number" && props.max_selections > 0 ? props.max_selections : null;
  const full = max !== null && chosen.length >= max;
  const update = (next: number[]) => {
    if (disabled) return;
    v.set(next);
    v.sent(next);
    sendWidget(id, next);
  };
  const remaining = options.map((o, i) => [o, i] as const).filter(([, i]) => !chosen.includes(i));
  const placeholder = full
    ? `You can only select up to ${max} option${max === 1 ? "" : "s"}.`
    : remaining.length === 0
      ? options.length === 0
        ? "No options to select."
        : "All options selected"
      : props.placeholder || "Choose an option";
  return (
    <div class={`stMultiSelect wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stMultiSelect">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-multi">
        {chosen.length > 0 && (
          <ul class="wl-chips" aria-label="Selected">
            {chosen.map((i) => (
              <li class="wl-chip" data-testid="stMultiSelectTag" key={i}>
                <span>{options[i] ?? ""}</span>
                <button type="button" aria-label={`Remove ${options[i] ?? ""}`} disabled={disabled} onClick={() => update(chosen.filter((c) => c !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="wl-select-wrap">
          <select
            id={domId}
            class="wl-input wl-select"
            disabled={disabled || full || remaining.length === 0}
            value=""
            onChange={(e) => {
              const el = e.currentTarget as HTMLSelectElement;
              const raw = el.value;
              el.value = "";
              if (raw !== "") update([...chosen, Number(raw)]);
            }}
          >
            <option value="" disabled>
              {placeholder}
            </option>
            {remaining.map(([o, i]) => (
              <option key={i} value={String(i)}>
                {o}
              </option>
            ))}
          </select>
        </div>
        {chosen.length > 0 && !disabled && (
          <button type="button" class="wl-clear" aria-label="Clear all" onClick={() => update([])}>
            Clear all
          </button>
        )}
      </div>
    </div>
  );
}
