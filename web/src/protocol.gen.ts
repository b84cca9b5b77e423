// GENERATED from runtime_py/wasmlit/protocol.py — do not edit.
// Regenerate: python -m wasmlit.protocol > web/src/protocol.gen.ts

export const PROTOCOL_VERSION = 1;
export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;
export const ROOT_EVENT = 2;
export const ROOT_BOTTOM = 3;
export const ROOT_LOGO = 4;
export const BINARY_REF = "$binary";

export type ElementType = "heading" | "markdown" | "text" | "code" | "divider" | "alert" | "exception" | "json" | "metric" | "html" | "badge" | "space" | "help" | "logo" | "iframe" | "skeleton" | "pagination" | "menu_button" | "progress" | "spinner" | "empty" | "button" | "checkbox" | "text_input" | "text_area" | "number_input" | "slider" | "select_slider" | "selectbox" | "radio" | "multiselect" | "color_picker" | "date_input" | "time_input" | "form_submit_button" | "file_uploader" | "download_button" | "button_group" | "feedback" | "datetime_input" | "audio_input" | "camera_input" | "link_button" | "image" | "audio" | "video" | "dataframe" | "table" | "data_editor" | "vega_lite_chart" | "plotly_chart" | "chat_input" | "page_link";
export type BlockType = "vertical" | "horizontal" | "column" | "expander" | "tab_container" | "tab" | "popover" | "grid" | "form" | "chat_message" | "status" | "dialog";
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
  scope: number[][] | null;
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
  scope: number[][] | null;
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
  effect: "toast" | "balloons" | "snow";
  body: string | null;
  icon: string | null;
}

export interface FragmentTimers {
  type: "fragment_timers";
  timers: Record<string, number>;
}

export interface NavPage {
  key: string;
  title: string;
  icon: string;
  url_path: string;
  section: string;
  default: boolean;
  hidden: boolean;
  external_url: string | null;
  help: string;
}

export interface Navigation {
  type: "navigation";
  pages: NavPage[];
  sections: string[];
  position: "sidebar" | "top" | "hidden";
  expanded: boolean;
  visible_items: number | null;
  current: string;
  page_not_found: string | null;
}

export interface PageInfo {
  type: "page_info";
  page: string;
  query_string: string;
  history: "push" | "replace";
}

export interface Navigate {
  type: "navigate";
  page: string;
  page_key: string | null;
  query_string: string;
  from_url: boolean;
}

export interface ClientContext {
  type: "client_context";
  timezone: string | null;
  timezone_offset: number | null;
  locale: string | null;
  url: string;
  is_embedded: boolean;
  color_scheme: "light" | "dark" | null;
  cookies: Record<string, string>;
  headers: Record<string, string>;
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

export interface FragmentRerun {
  type: "fragment_rerun";
  fragment_ids: string[];
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

export interface StateSnapshot {
  type: "state_snapshot";
  data: any;
}

export interface WorkerCrashed {
  type: "worker_crashed";
  message: string;
  detail: string;
}

export interface RestoreState {
  type: "restore_state";
  data: any;
}

export interface InterruptBuffer {
  type: "interrupt_buffer";
  buffer: any;
}

export type Node = ElementNode | BlockNode;
export type WorkerMessage = BootProgress | BootError | Ready | RunStarted | Delta | RunFinished | PageConfig | Effect | FragmentTimers | Navigation | PageInfo;
export type PageMessage = Interaction | RerunRequest | SourceChanged | EmbeddedAssets | FragmentRerun | Navigate | ClientContext;
export type WorkerLifecycle = StateSnapshot | WorkerCrashed;
export type PageLifecycle = RestoreState | InterruptBuffer;
