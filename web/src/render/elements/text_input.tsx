// st.text_input: {label, value, max_chars, input_type: default|password, placeholder, help, disabled, label_visibility}
// Commits on Enter or blur (not per keystroke), like Streamlit.
import { useRef } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { submitOnEnter } from "../forms";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

export function useTextCommit(id: string | null, server: string | null, disabled: boolean) {
  const v = useSynced<string | null>(server);
  // What the page last committed, until the server sends a new value.
  const last = useRef<{ server: string | null; sent: string | null }>({ server, sent: null });
  if (last.current.server !== server) last.current = { server, sent: null };
  const commit = () => {
    if (disabled) return;
    const value = v.value ?? "";
    const baseline = last.current.sent ?? server ?? "";
    if (value === baseline) return; // unchanged: no rerun
    last.current.sent = value;
    v.sent(value);
    sendWidget(id, value);
  };
  return { text: v.value ?? "", set: (s: string) => v.set(s), commit };
}

export function TextInput({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const t = useTextCommit(id, props.value ?? null, disabled);
  const max = typeof props.max_chars === "number" && props.max_chars > 0 ? props.max_chars : undefined;
  return (
    <div class={`stTextInput wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stTextInput">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <div class="wl-input-wrap">
        <input
          id={domId}
          class="wl-input"
          type={(props.input_type === "password" ? "password" : "text") as "text"}
          value={t.text}
          placeholder={props.placeholder ?? undefined}
          maxLength={max}
          disabled={disabled}
          autocomplete="off"
          onInput={(e) => t.set((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              t.commit();
              submitOnEnter(id); // in an st.form with enter_to_submit
            }
          }}
          onBlur={t.commit}
        />
        {max !== undefined && (
          <span class="wl-counter" data-testid="InputInstructions">
            {t.text.length}/{max}
          </span>
        )}
      </div>
    </div>
  );
}
