// st.chat_input: {placeholder, max_chars, disabled, accept_file: none|single|multiple|directory, file_type,
// max_upload_size_mb, accept_audio, submit_mode, width, bottom, value, set_value_run}
// Enter sends {text, files} and clears the box; Shift+Enter is a newline; the box grows with
// its text. `value` (with a new `set_value_run`) is text the script put in the box through
// st.session_state: it is shown, not sent.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { sendWidget } from "../../page/bridge";
import type { ElementProps } from ".";
import { refusal } from "./file_uploader";

interface PendingFile {
  file_id: string;
  name: string;
  type: string;
  size: number;
  data: Uint8Array;
}

const MAX_HEIGHT_PX = 240;
let pendingCounter = 0;

async function readFiles(chosen: File[], accept: string[] | null, maxMb: number): Promise<{ ok: PendingFile[]; bad: string[] }> {
  const ok: PendingFile[] = [];
  const bad: string[] = [];
  for (const f of chosen) {
    const why = refusal(f.name, f.type, f.size, accept, maxMb);
    if (why) {
      bad.push(`${f.name}: ${why}`);
      continue;
    }
    const name = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    const data = new Uint8Array(await f.arrayBuffer());
    ok.push({ file_id: `chat-${Date.now()}-${++pendingCounter}`, name, type: f.type || "application/octet-stream", size: f.size, data });
  }
  return { ok, bad };
}

function SendIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M3.4 20.4l17.45-7.48a1 1 0 0 0 0-1.84L3.4 3.6a.993.993 0 0 0-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z" fill="currentColor" />
    </svg>
  );
}

function ClipIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
    </svg>
  );
}

export function ChatInput({ id, props }: ElementProps) {
  const disabled = !!props.disabled;
  const max = typeof props.max_chars === "number" && props.max_chars > 0 ? props.max_chars : undefined;
  const acceptFile = String(props.accept_file ?? "none");
  const accept: string[] | null = Array.isArray(props.file_type) ? props.file_type : null;
  const maxMb = typeof props.max_upload_size_mb === "number" ? props.max_upload_size_mb : 200;
  const [text, setText] = useState("");
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const appliedRun = useRef<number | null>(null);

  useEffect(() => {
    const run = typeof props.set_value_run === "number" ? props.set_value_run : null;
    if (run !== null && run !== appliedRun.current && typeof props.value === "string") {
      appliedRun.current = run;
      setText(max !== undefined ? props.value.slice(0, max) : props.value);
    }
  }, [props.set_value_run, props.value]);

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  const canSend = !disabled && (text !== "" || files.length > 0);
  const submit = () => {
    if (!canSend) return;
    sendWidget(id, { text, files });
    setText("");
    setFiles([]);
    setProblems([]);
  };

  const attach = async (chosen: File[]) => {
    if (disabled || chosen.length === 0) return;
    const { ok, bad } = await readFiles(acceptFile === "single" ? chosen.slice(-1) : chosen, accept, maxMb);
    setProblems(bad);
    if (ok.length) setFiles(acceptFile === "single" ? ok : [...files, ...ok]);
  };

  return (
    <div class={`stChatInput wl-chat-input${disabled ? " wl-disabled" : ""}`} data-testid="stChatInput">
      {files.length > 0 && (
        <ul class="wl-chat-files">
          {files.map((f) => (
            <li class="wl-chat-file" data-testid="stChatInputFile" key={f.file_id}>
              <span class="wl-file-name">{f.name}</span>
              <button type="button" class="wl-file-delete" aria-label={`Remove ${f.name}`} onClick={() => setFiles(files.filter((g) => g !== f))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.map((p) => (
        <div class="wl-upload-error" role="alert" key={p}>
          {p}
        </div>
      ))}
      <div class="wl-chat-input-row">
        {acceptFile !== "none" && (
          <>
            <button type="button" class="wl-chat-attach" data-testid="stChatInputFileUploadButton" aria-label="Upload files" disabled={disabled} onClick={() => picker.current?.click()}>
              <ClipIcon />
            </button>
            <input
              ref={picker}
              type="file"
              class="wl-file-input"
              data-testid="stChatInputFileInput"
              accept={accept ? accept.join(",") : undefined}
              multiple={acceptFile !== "single"}
              {...(acceptFile === "directory" ? { webkitdirectory: "" } : {})}
              onChange={(e) => {
                const el = e.currentTarget as HTMLInputElement;
                const chosen = Array.from(el.files ?? []);
                el.value = "";
                void attach(chosen);
              }}
            />
          </>
        )}
        <textarea
          ref={area}
          rows={1}
          class="wl-chat-textarea"
          data-testid="stChatInputTextArea"
          aria-label={String(props.placeholder ?? "")}
          placeholder={String(props.placeholder ?? "")}
          value={text}
          maxLength={max}
          disabled={disabled}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        {max !== undefined && (
          <span class="wl-chat-counter" aria-hidden="true">
            {text.length}/{max}
          </span>
        )}
        <button type="button" class="wl-chat-send" data-testid="stChatInputSubmitButton" aria-label="Send" disabled={!canSend} onClick={submit}>
          <SendIcon />
        </button>
      </div>
    </div>
  );
}
