// title / header / subheader: {tag: h1|h2|h3, body, anchor, help, divider, icon, width, text_alignment}
import { markdown } from "../md";
import { Help } from "../shared";
import type { ElementProps } from ".";
import { textLayoutStyle } from "./size";

const DIVIDER_COLORS: Record<string, string> = {
  blue: "var(--wl-blue)",
  green: "var(--wl-green)",
  orange: "var(--wl-orange)",
  red: "var(--wl-red)",
  violet: "var(--wl-violet)",
  gray: "var(--wl-gray)",
  grey: "var(--wl-gray)",
  rainbow: "linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5)",
};

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

export function Heading({ props }: ElementProps) {
  const tag = (["h1", "h2", "h3", "h4", "h5", "h6"].includes(props.tag) ? props.tag : "h2") as "h1";
  const Tag = tag;
  const body = String(props.body ?? "");
  const anchor = props.anchor === false ? undefined : typeof props.anchor === "string" ? props.anchor : slugify(body);
  const divider = props.divider;
  const color =
    divider === true ? "var(--wl-gray)" : typeof divider === "string" && divider ? DIVIDER_COLORS[divider] ?? divider : null;
  return (
    <div class="stHeading wl-heading" data-testid="stHeading" style={textLayoutStyle(props)}>
      <div data-testid="stMarkdownContainer" class="wl-md">
        <Tag id={anchor || undefined}>
          {props.icon && !String(props.icon).startsWith(":material/") && (
            <span class="wl-icon wl-heading-icon" data-testid="stHeadingIcon" aria-hidden="true">{String(props.icon)} </span>
          )}
          <span dangerouslySetInnerHTML={{ __html: markdown().renderInline(body) }} />
          <Help text={props.help} />
        </Tag>
        {color && <hr data-testid="stHeadingDivider" class="wl-heading-divider" style={{ background: color }} />}
      </div>
    </div>
  );
}
