import type { FunctionComponent } from "preact";
import type { BlockType } from "../../protocol.gen";
import type { Props } from "../shared";
import type { Slot } from "../tree";
import { ChatMessage } from "./chat_message";
import { Column } from "./column";
import { Dialog } from "./dialog";
import { Expander } from "./expander";
import { Form } from "./form";
import { Grid } from "./grid";
import { Horizontal } from "./horizontal";
import { Popover } from "./popover";
import { Status } from "./status";
import { Tab, TabContainer } from "./tabs";
import { Vertical } from "./vertical";

export interface BlockProps {
  slot: Slot;
  props: Props;
  stale: boolean;
}

export const BLOCKS: Record<BlockType, FunctionComponent<BlockProps>> = {
  vertical: Vertical,
  horizontal: Horizontal,
  column: Column,
  expander: Expander,
  tab_container: TabContainer,
  tab: Tab,
  popover: Popover,
  grid: Grid,
  form: Form,
  dialog: Dialog,
  chat_message: ChatMessage,
  status: Status,
};
