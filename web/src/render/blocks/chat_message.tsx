// st.chat_message: {name, avatar_type: icon|emoji|image, avatar, avatar_image, width}
// The "user" and "assistant" avatars are drawn here (SVG, no icon font, no network); an
// image avatar is a URL or bytes (Blob URL); no avatar shows the name's first letter.
import { useEffect, useMemo } from "preact/hooks";
import { Children } from "../Slot";
import type { Props } from "../shared";
import type { BlockProps } from ".";

function FaceIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <circle cx="9" cy="10.5" r="1.2" fill="currentColor" />
      <circle cx="15" cy="10.5" r="1.2" fill="currentColor" />
      <path d="M8.5 14.5c1 1.3 2.2 2 3.5 2s2.5-.7 3.5-2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

function BotIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <rect x="4.5" y="7.5" width="15" height="11" rx="2.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="M12 4v3.5M2.5 12v3M21.5 12v3" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="9.5" cy="12.5" r="1.3" fill="currentColor" />
      <circle cx="14.5" cy="12.5" r="1.3" fill="currentColor" />
      <path d="M9.5 16h5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

// The few Material icons a chat avatar usually names; any other shows its first letter.
const MATERIAL: Record<string, () => preact.JSX.Element> = {
  face: FaceIcon,
  person: FaceIcon,
  account_circle: FaceIcon,
  smart_toy: BotIcon,
  robot: BotIcon,
  robot_2: BotIcon,
};

function useImageUrl(image: Props | null): string | undefined {
  const data = image && image.data instanceof Uint8Array ? (image.data as Uint8Array) : null;
  const mime = image ? String(image.mime ?? "") : "";
  const url = useMemo(() => (data ? URL.createObjectURL(new Blob([data as BlobPart], { type: mime })) : null), [data, mime]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return url ?? (image?.url ? String(image.url) : undefined);
}

function Avatar({ props }: { props: Props }) {
  const kind = String(props.avatar_type ?? "icon");
  const avatar = String(props.avatar ?? "");
  const image = useImageUrl(kind === "image" ? (props.avatar_image as Props | null) ?? { url: avatar } : null);
  if (kind === "image") {
    return <img class="wl-chat-avatar wl-chat-avatar-image" data-testid="stChatMessageAvatarImage" src={image} alt={`${props.name ?? ""} avatar`} />;
  }
  if (kind === "icon" && avatar === "user") {
    return (
      <div class="wl-chat-avatar wl-chat-avatar-user" data-testid="stChatMessageAvatarUser">
        <FaceIcon />
      </div>
    );
  }
  if (kind === "icon" && avatar === "assistant") {
    return (
      <div class="wl-chat-avatar wl-chat-avatar-assistant" data-testid="stChatMessageAvatarAssistant">
        <BotIcon />
      </div>
    );
  }
  if (kind === "icon" && avatar.startsWith(":material/")) {
    const name = avatar.slice(":material/".length, -1);
    const Icon = MATERIAL[name];
    return (
      <div class="wl-chat-avatar wl-chat-avatar-icon" data-testid="stChatMessageAvatarIcon" title={name}>
        {Icon ? <Icon /> : name.charAt(0).toUpperCase()}
      </div>
    );
  }
  const shown = kind === "emoji" ? avatar : String(props.name ?? "").charAt(0).toUpperCase();
  return (
    <div class={`wl-chat-avatar wl-chat-avatar-custom${kind === "emoji" ? " wl-chat-avatar-emoji" : ""}`} data-testid="stChatMessageAvatarCustom">
      {shown}
    </div>
  );
}

export function ChatMessage({ slot, props }: BlockProps) {
  const width = props.width;
  const style = typeof width === "number" ? { width: `${width}px`, maxWidth: "100%" } : width === "content" ? { width: "fit-content", maxWidth: "100%" } : undefined;
  const name = String(props.name ?? "");
  const user = props.avatar_type === "icon" && props.avatar === "user";
  return (
    <div class={`stChatMessage wl-chat-message${user ? " wl-chat-message-user" : ""}`} data-testid="stChatMessage" aria-label={`Chat message from ${name}`} style={style}>
      <Avatar props={props} />
      <div class="wl-chat-content" data-testid="stChatMessageContent">
        <div class="stVerticalBlock wl-vblock" data-testid="stVerticalBlock">
          <Children slot={slot} />
        </div>
      </div>
    </div>
  );
}
