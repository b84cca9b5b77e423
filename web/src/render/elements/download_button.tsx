// st.download_button: {label, data: Uint8Array, file_name, mime, on_click: "rerun"|"ignore", help, kind, icon,
// disabled, use_container_width}. A click saves the bytes (Blob + <a download>) and, unless
// on_click="ignore", reruns with the button true, like Streamlit.
import { sendWidget } from "../../page/bridge";
import { ButtonShell } from "./button";
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
  return (
    <ButtonShell props={props} cls="stDownloadButton" testid="stDownloadButton" onPress={() => {
      const data = props.data instanceof Uint8Array ? props.data : new Uint8Array(0);
      saveBytes(data, String(props.file_name ?? "download"), String(props.mime ?? ""));
      if (props.on_click !== "ignore") sendWidget(id, true);
    }} />
  );
}
