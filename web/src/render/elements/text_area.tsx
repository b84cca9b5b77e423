// st.text_area: {label, value, max_chars, height, placeholder, help, disabled, label_visibility}
// Commits on blur or Ctrl/Cmd+Enter (Enter inserts a newline), like Streamlit.
import { useDomId, WidgetLabel } from "../shared";
import type { ElementProps } from ".";
import { useTextCommit } from "./text_input";

export function TextArea({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const t = useTextCommit(id, props.value ?? null, disabled);
  const max = typeof props.max_chars === "number" && props.max_chars > 0 ? props.max_chars : undefined;
  const height = typeof props.height === "number" && props.height > 0 ? `${props.height}px` : undefined;
  return (
    <div class={`stTextArea wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stTextArea">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-input-wrap">
        <textarea
          id={domId}
          class="wl-input wl-textarea"
          value={t.text}
          placeholder={props.placeholder ?? undefined}
          maxLength={max}
          disabled={disabled}
          style={height ? { height } : undefined}
          onInput={(e) => t.set((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) t.commit();
          }}
          onBlur={t.commit}
        />
        {max !== undefined && (
          <span class="wl-counter">
            {t.text.length}/{max}
          </span>
        )}
      </div>
    </div>
  );
}
