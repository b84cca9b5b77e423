// st.pills / st.segmented_control: {label, options: [{content, icon}], value: int[], selection_mode,
// style: "pills"|"segmented_control", required, help, disabled, label_visibility}
// A click toggles an option and sends the selected indices. Single mode: clicking the selected
// option clears it (unless `required`). A leading emoji or ":material/name:" icon is shown as text.
import { sendWidget } from "../../page/bridge";
import { InlineMd, useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

interface Option {
  content: string;
  icon: string | null;
}

/** The selection after clicking option `i` (pure, so it is unit-tested). */
export function toggleSelection(current: number[], i: number, multi: boolean, required: boolean): number[] {
  if (multi) return current.includes(i) ? current.filter((x) => x !== i) : [...current, i];
  if (current.includes(i)) return required ? current : [];
  return [i];
}

export function OptionIcon({ icon }: { icon: string | null }) {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material ? (
    <span class="wl-icon wl-option-material" data-testid="stIconMaterial" aria-hidden="true">{material[1]}</span>
  ) : (
    <span class="wl-icon" data-testid="stIconEmoji" aria-hidden="true">{icon}</span>
  );
}

export function ButtonGroup({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const multi = props.selection_mode === "multi";
  const style = props.style === "segmented_control" ? "segmented_control" : "pills";
  const options: Option[] = Array.isArray(props.options) ? props.options : [];
  const v = useSynced<number[]>(Array.isArray(props.value) ? props.value : []);
  const click = (i: number) => {
    if (disabled) return;
    const next = toggleSelection(v.value, i, multi, !!props.required);
    if (JSON.stringify(next) === JSON.stringify(v.value)) return;
    v.set(next);
    v.sent(next);
    sendWidget(id, next);
  };
  return (
    <div class={`stButtonGroup wl-field wl-${style}${disabled ? " wl-disabled" : ""}`} data-testid="stButtonGroup">
      {props.label !== undefined && props.label !== null && (
        <WidgetLabel label={String(props.label)} id={`${domId}-label`} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      )}
      <div class="wl-button-group" role={multi ? "group" : "radiogroup"} aria-labelledby={`${domId}-label`}>
        {options.map((o, i) => {
          const active = v.value.includes(i);
          return (
            <button
              type="button"
              key={i}
              class={`wl-group-button${active ? " wl-active" : ""}`}
              data-testid={`stBaseButton-${style}${active ? "Active" : ""}`}
              aria-pressed={active}
              disabled={disabled}
              onClick={() => click(i)}
            >
              <OptionIcon icon={o.icon} />
              {o.content && <InlineMd body={String(o.content)} />}
            </button>
          );
        })}
      </div>
    </div>
  );
}
