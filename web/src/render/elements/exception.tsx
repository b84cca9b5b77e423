// st.exception / uncaught errors: {type_name, message, traceback: str[], is_warning}
import type { ElementProps } from ".";

export function ExceptionView({ props }: ElementProps) {
  const tb: string[] = Array.isArray(props.traceback) ? props.traceback : [];
  const kind = props.is_warning ? "warning" : "error";
  return (
    <div class={`stException wl-alert wl-alert-${kind} wl-exception`} data-testid="stException" role="alert">
      <div class="wl-exception-head">
        <strong class="wl-exception-type">{String(props.type_name ?? "Exception")}</strong>
        {props.message ? <span class="wl-exception-message">: {String(props.message)}</span> : null}
      </div>
      {tb.length > 0 && (
        <details class="wl-traceback" open>
          <summary>Traceback</summary>
          <pre data-testid="stExceptionTraceback">{tb.map((l) => String(l).replace(/\n$/, "")).join("\n")}</pre>
        </details>
      )}
    </div>
  );
}
