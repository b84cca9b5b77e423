// st.file_uploader: {label, value: [{file_id, name, type, size}], accept: str[]|null, multiple,
// max_upload_size_mb, errors: [{name, message}], help, disabled, label_visibility}
// A chosen or dropped file is checked (size, type), read, and sent as part of the widget's
// whole file list: new files carry `data` (a Uint8Array, which reaches Python as bytes);
// files sent before are named by file_id only.
import { useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import { useDomId, useSynced, WidgetLabel } from "../shared";
import type { ElementProps } from ".";

interface FileEntry {
  file_id: string;
  name: string;
  type: string;
  size: number;
  data?: Uint8Array;
}

interface Refused {
  name: string;
  message: string;
}

let fileCounter = 0;
function newFileId(): string {
  const rnd = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `${rnd}-${++fileCounter}`;
}

export function prettySize(bytes: number): string {
  if (bytes < 1024) return `${bytes}B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)}KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)}GB`;
}

/** Why `file` may not be uploaded (null: it may). Mirrors file_uploader.py. */
export function refusal(name: string, type: string, size: number, accept: string[] | null, maxMb: number): string | null {
  if (size > maxMb * 1024 * 1024) return `File must be ${Number.isInteger(maxMb) ? maxMb.toFixed(1) : maxMb}MB or smaller.`;
  if (accept && accept.length) {
    const lower = name.toLowerCase();
    const ok = accept.some((t) =>
      t.startsWith(".") ? lower.endsWith(t) : t.endsWith("/*") ? type.startsWith(t.slice(0, -1)) : type === t,
    );
    if (!ok) return `${type || "This type of"} files are not allowed.`;
  }
  return null;
}

export function FileUploader({ id, props }: ElementProps) {
  const domId = useDomId();
  const disabled = !!props.disabled;
  const multiple = !!props.multiple;
  const accept: string[] | null = Array.isArray(props.accept) ? props.accept : null;
  const maxMb = typeof props.max_upload_size_mb === "number" ? props.max_upload_size_mb : 200;
  const files = useSynced<FileEntry[]>(Array.isArray(props.value) ? props.value : []);
  const [refused, setRefused] = useState<Refused[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const serverErrors: Refused[] = Array.isArray(props.errors) ? props.errors : [];

  const send = (list: FileEntry[]) => {
    const shown = list.map(({ data: _data, ...meta }) => meta);
    files.set(shown);
    files.sent(shown);
    sendWidget(id, list as unknown as FileEntry[]);
  };

  const add = async (chosen: File[]) => {
    if (disabled || chosen.length === 0) return;
    const picked = multiple ? chosen : chosen.slice(-1);
    const bad: Refused[] = [];
    const fresh: FileEntry[] = [];
    for (const f of picked) {
      const why = refusal(f.name, f.type, f.size, accept, maxMb);
      if (why) {
        bad.push({ name: f.name, message: why });
        continue;
      }
      const data = new Uint8Array(await f.arrayBuffer());
      fresh.push({ file_id: newFileId(), name: f.name, type: f.type || "application/octet-stream", size: f.size, data });
    }
    setRefused(bad);
    if (fresh.length === 0) return;
    const kept = multiple ? files.value.map(({ data: _d, ...meta }) => meta) : [];
    send([...kept, ...fresh]);
  };

  const remove = (fileId: string) => {
    setRefused([]);
    send(files.value.filter((f) => f.file_id !== fileId).map(({ data: _d, ...meta }) => meta));
  };

  const problems = [...refused, ...serverErrors];
  const acceptAttr = accept ? accept.join(",") : undefined;
  const limitText = `Limit ${maxMb}MB per file${accept ? ` • ${accept.map((t) => t.replace(/^\./, "").toUpperCase()).join(", ")}` : ""}`;
  return (
    <div class={`stFileUploader wl-field${disabled ? " wl-disabled" : ""}`} data-testid="stFileUploader">
      <WidgetLabel label={String(props.label ?? "")} htmlFor={domId} visibility={props.label_visibility} help={props.help} disabled={disabled} />
      <section
        class={`wl-dropzone${dragging ? " wl-dragging" : ""}`}
        data-testid="stFileUploaderDropzone"
        aria-label={String(props.label ?? "")}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add(Array.from(e.dataTransfer?.files ?? []));
        }}
      >
        <input
          id={domId}
          ref={input}
          type="file"
          data-testid="stFileUploaderDropzoneInput"
          class="wl-file-input"
          accept={acceptAttr}
          multiple={multiple}
          disabled={disabled}
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const chosen = Array.from(el.files ?? []);
            el.value = "";
            void add(chosen);
          }}
        />
        <div class="wl-dropzone-text" data-testid="stFileUploaderDropzoneInstructions">
          <span>Drag and drop file{multiple ? "s" : ""} here</span>
          <small>{limitText}</small>
        </div>
        <button type="button" class="wl-button wl-button-secondary" data-testid="stBaseButton-secondary" disabled={disabled} onClick={() => input.current?.click()}>
          Browse files
        </button>
      </section>
      {problems.map((p) => (
        <div class="wl-upload-error" data-testid="stFileUploaderFileErrorMessage" role="alert" key={`${p.name}:${p.message}`}>
          <span class="wl-file-name">{p.name}</span> {p.message}
        </div>
      ))}
      {files.value.length > 0 && (
        <ul class="wl-file-list">
          {files.value.map((f) => (
            <li class="wl-file" data-testid="stFileUploaderFile" key={f.file_id}>
              <span class="wl-file-name" data-testid="stFileUploaderFileName" title={f.name}>
                {f.name}
              </span>
              <small class="wl-file-size">{prettySize(f.size)}</small>
              <button
                type="button"
                class="wl-file-delete"
                data-testid="stFileUploaderDeleteBtn"
                aria-label={`Remove ${f.name}`}
                disabled={disabled}
                onClick={() => remove(f.file_id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
