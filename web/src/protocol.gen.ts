// GENERATED from runtime_py/wasmlit/protocol.py — do not edit.
// Regenerate: python -m wasmlit.protocol > web/src/protocol.gen.ts

export const PROTOCOL_VERSION = 1;
export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;
export const ROOT_BOTTOM = 3;
export const BINARY_REF = "$binary";

export type ElementType = "heading" | "markdown" | "text" | "code" | "divider" | "alert" | "exception" | "json" | "metric" | "progress" | "spinner" | "empty" | "button" | "checkbox" | "text_input" | "text_area" | "number_input" | "slider" | "select_slider" | "selectbox" | "radio" | "multiselect" | "color_picker" | "date_input" | "time_input" | "form_submit_button" | "file_uploader" | "download_button" | "button_group" | "feedback" | "datetime_input" | "audio_input" | "camera_input" | "link_button" | "image" | "audio" | "video" | "dataframe" | "table" | "data_editor" | "vega_lite_chart" | "chat_input";
export type BlockType = "vertical" | "horizontal" | "column" | "expander" | "tab_container" | "tab" | "popover" | "form" | "chat_message" | "status";
export type RunStatus = "ok" | "error" | "stopped" | "rerun" | "compile_error";

export interface BootProgress {
  type: "boot_progress";
  stage: string;
  label: string;
  fraction: number;
}

export interface BootError {
  type: "boot_error";
  message: string;
  detail: string;
}

export interface Ready {
  type: "ready";
  protocol: number;
  session_id: string;
  dev_events: string | null;
}

export interface RunStarted {
  type: "run_started";
  run_id: number;
}

export interface Delta {
  type: "delta";
  run_id: number;
  path: number[];
  node: ElementNode | BlockNode;
}

export interface RunFinished {
  type: "run_finished";
  run_id: number;
  status: RunStatus;
}

export interface PageConfig {
  type: "page_config";
  title: string | null;
  icon: string | null;
  layout: "centered" | "wide";
  initial_sidebar_state: "auto" | "expanded" | "collapsed";
}

export interface Effect {
  type: "effect";
  effect: "toast" | "balloons";
  body: string | null;
  icon: string | null;
}

export interface WidgetUpdate {
  id: string;
  value: any;
}

export interface Interaction {
  type: "interaction";
  updates: WidgetUpdate[];
}

export interface RerunRequest {
  type: "rerun";
}

export interface SourceChanged {
  type: "source_changed";
}

export interface EmbeddedAssets {
  type: "embedded_assets";
  files: Record<string, any>;
}

export interface ElementNode {
  kind: "element";
  type: ElementType;
  id: string | null;
  props: Record<string, any>;
}

export interface BlockNode {
  kind: "block";
  type: BlockType;
  props: Record<string, any>;
}

export type Node = ElementNode | BlockNode;
export type WorkerMessage = BootProgress | BootError | Ready | RunStarted | Delta | RunFinished | PageConfig | Effect;
export type PageMessage = Interaction | RerunRequest | SourceChanged | EmbeddedAssets;
