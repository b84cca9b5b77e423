// st.help: {name, module, type, doc_string, value, members: [{name, type, doc_string, value}]}.
import type { ElementProps } from ".";

interface Member {
  name: string;
  type: string;
  doc_string: string;
  value: string;
}

export function HelpView({ props }: ElementProps) {
  const members = (props.members ?? []) as Member[];
  return (
    <div class="stHelp wl-help-info" data-testid="stHelp">
      <div class="wl-help-head">
        {props.name && <span class="wl-help-name" data-testid="stHelpName">{String(props.name)}</span>}
        {props.value && <code class="wl-help-value" data-testid="stHelpValue">{String(props.value)}</code>}
      </div>
      {props.doc_string && <pre class="wl-help-doc" data-testid="stHelpDoc">{String(props.doc_string)}</pre>}
      {members.length > 0 && (
        <table class="wl-help-members" data-testid="stHelpMembersTable">
          <tbody>
            {members.map((m) => (
              <tr key={m.name} data-testid="stHelpMember">
                <td class="wl-help-member-name">{m.name}</td>
                <td class="wl-help-member-type">{m.type}</td>
                <td class="wl-help-member-doc">{m.doc_string || m.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
