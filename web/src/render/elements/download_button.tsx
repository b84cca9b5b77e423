// st.download_button: {label, data: Uint8Array, file_name, mime, on_click: "rerun"|"ignore", help, kind, icon,
// disabled, use_container_width}. A click saves the bytes (Blob + <a download>) and, unless
// on_click="ignore", reruns with the button true, like Streamlit.
import { sendWidget } from "../../page/bridge";
import { Help, InlineMd } from "../shared";
import type { ElementProps } from ".";

export function saveBytes(data: Uint8Array, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime || "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName || "download";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DownloadButton({ id, props }: ElementProps) {
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? (props.kind as string) : "secondary";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? String(props.icon) : null;
  return (
    <div class={`stDownloadButton wl-button-row${props.use_container_width ? " wl-full" : ""}`} data-testid="stDownloadButton">
      <button
        type="button"
        class={`wl-button wl-button-${kind}`}
        data-testid={`stBaseButton-${kind}`}
        disabled={!!props.disabled}
        title={props.help || undefined}
        onClick={() => {
          if (props.disabled) return;
          const data = props.data instanceof Uint8Array ? props.data : new Uint8Array(0);
          saveBytes(data, String(props.file_name ?? "download"), String(props.mime ?? ""));
          if (props.on_click !== "ignore") sendWidget(id, true);
        }}
      >
        {icon && <span class="wl-icon" aria-hidden="true">{icon}</span>}
        <InlineMd body={String(props.label ?? "")} />
      </button>
      <Help text={props.help} />
    </div>
  );
}
