// st.page_link: {label, page, page_key, external, icon, help, disabled, use_container_width, query_string}
// An app page opens in this tab (navigate); its href is the page's own address, so a
// middle click opens it in a new tab. An external URL opens in a new tab.

import { pageHref } from "../../page/router";
import { NavIcon } from "../nav/icon";
import { onPageClick } from "../nav/links";
import type { ElementProps } from ".";

export function PageLink({ props }: ElementProps) {
  const external = !!props.external;
  const page = String(props.page ?? "");
  const query = String(props.query_string ?? "");
  const disabled = !!props.disabled;
  const href = external ? page : pageHref(page, query);
  return (
    <div class={`stPageLink wl-page-link${props.use_container_width ? " wl-full" : ""}`} data-testid="stPageLink">
      <a
        class={`wl-page-link-a${disabled ? " wl-disabled" : ""}`}
        data-testid="stPageLink-NavLink"
        href={disabled ? undefined : href}
        aria-disabled={disabled || undefined}
        target={external ? "_blank" : undefined}
        rel={external ? "noopener noreferrer" : undefined}
        title={props.help || undefined}
        onClick={(e) => {
          if (disabled) return e.preventDefault();
          if (!external) onPageClick(e as unknown as MouseEvent, props.page_key ?? null, page, query);
        }}
      >
        <NavIcon icon={props.icon} />
        <span class="wl-page-link-label">{String(props.label ?? "")}</span>
      </a>
    </div>
  );
}
