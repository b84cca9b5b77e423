// st.date_input: {label, value: ISO date str[] (0-2), is_range, min, max, format, help, disabled, label_visibility}
// Native date fields (the browser's calendar); a range is two of them. Sends the whole list.
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function DateInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const isRange = !!props.is_range;
  const v = useSynced<string[]>(Array.isArray(props.value) ? props.value : []);
  const commit = (index: number, day: string) => {
    const next = [...v.value];
    if (day) next[index] = day;
    else next.splice(index, isRange ? 2 : 1);
    const clean = next.filter((d) => !!d).sort();
    v.set(clean);
    v.sent(clean);
    sendWidget(id, clean);
  };
  const field = (index: number, label?: string) => (
    <input
      id={index === 0 ? domId : undefined}
      type="date"
      class="wl-input wl-date"
      aria-label={label}
      value={v.value[index] ?? ""}
      min={props.min ?? undefined}
      max={props.max ?? undefined}
      disabled={disabled}
      onChange={(e) => commit(index, (e.currentTarget as HTMLInputElement).value)}
    />
  );
  return (
    <div class={`stDateInput wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stDateInput">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-input-wrap wl-date-row">
        {field(0, isRange ? "Start date" : undefined)}
        {isRange && <span class="wl-date-sep">–</span>}
        {isRange && field(1, "End date")}
      </div>
    </div>
  );
}
