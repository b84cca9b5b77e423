// st.code: {body, language, line_numbers} — monospace block with a copy button.
import { useState } from "preact/hooks";
import type { ElementProps } from ".";

export function Code({ props }: ElementProps) {
  const body = String(props.body ?? "");
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(body).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => {},
    );
  };
  const lines = body.split("\n");
  return (
    <div class="stCode wl-code" data-testid="stCode">
      <pre>
        {props.line_numbers ? (
          <code class={props.language ? `language-${props.language}` : undefined}>
            {lines.map((l, i) => (
              <span class="wl-code-line" key={i}>
                <span class="wl-code-ln" aria-hidden="true">{i + 1}</span>
                {l}
                {"\n"}
              </span>
            ))}
          </code>
        ) : (
          <code class={props.language ? `language-${props.language}` : undefined}>{body}</code>
        )}
      </pre>
      <button type="button" class="wl-copy" data-testid="stCodeCopyButton" title="Copy to clipboard" aria-label="Copy to clipboard" onClick={copy}>
        {copied ? "✓" : (
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
            <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
        )}
      </button>
    </div>
  );
}
