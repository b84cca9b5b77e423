import type { FunctionComponent } from "preact";
import type { ElementType } from "../../protocol.gen";
import type { Props } from "../shared";
import { Alert } from "./alert";
import { Button } from "./button";
import { ChatInput } from "./chat_input";
import { Checkbox } from "./checkbox";
import { ColorPicker } from "./color_picker";
import { DateInput } from "./date_input";
import { DownloadButton } from "./download_button";
import { AudioInput } from "./audio_input";
import { ButtonGroup } from "./button_group";
import { CameraInput } from "./camera_input";
import { DateTimeInput } from "./datetime_input";
import { Feedback } from "./feedback";
import { LinkButton } from "./link_button";
import { FileUploader } from "./file_uploader";
import { FormSubmitButton } from "./form_submit_button";
import { AudioView, ImageView, VideoView } from "./media";
import { TimeInput } from "./time_input";
import { Code } from "./code";
import { DataEditor, Dataframe, TableView } from "./dataframe";
import { Divider } from "./divider";
import { Empty } from "./empty";
import { ExceptionView } from "./exception";
import { Heading } from "./heading";
import { Html } from "./html";
import { Badge } from "./badge";
import { Space } from "./space";
import { HelpView } from "./help";
import { LogoView } from "./logo";
import { IframeView } from "./iframe";
import { SkeletonView } from "./skeleton";
import { Pagination } from "./pagination";
import { MenuButton } from "./menu_button";
import { Json } from "./json";
import { Markdown } from "./markdown";
import { Metric } from "./metric";
import { Multiselect } from "./multiselect";
import { NumberInput } from "./number_input";
import { Progress } from "./progress";
import { Radio } from "./radio";
import { SelectSlider } from "./select_slider";
import { Selectbox } from "./selectbox";
import { Slider } from "./slider";
import { Spinner } from "./spinner";
import { Text } from "./text";
import { TextArea } from "./text_area";
import { TextInput } from "./text_input";
import { VegaLiteChart } from "./vega_lite_chart";
import { PlotlyChart } from "./plotly_chart";
import { PageLink } from "./page_link";

export interface ElementProps {
  /** Widget id (null for plain elements). */
  id: string | null;
  props: Props;
}

export const ELEMENTS: Record<ElementType, FunctionComponent<ElementProps>> = {
  heading: Heading,
  markdown: Markdown,
  text: Text,
  code: Code,
  divider: Divider,
  alert: Alert,
  exception: ExceptionView,
  json: Json,
  metric: Metric,
  html: Html,
  badge: Badge,
  space: Space,
  help: HelpView,
  logo: LogoView,
  iframe: IframeView,
  skeleton: SkeletonView,
  pagination: Pagination,
  menu_button: MenuButton,
  progress: Progress,
  spinner: Spinner,
  empty: Empty,
  button: Button,
  checkbox: Checkbox,
  text_input: TextInput,
  text_area: TextArea,
  number_input: NumberInput,
  slider: Slider,
  select_slider: SelectSlider,
  selectbox: Selectbox,
  radio: Radio,
  multiselect: Multiselect,
  dataframe: Dataframe,
  table: TableView,
  data_editor: DataEditor,
  color_picker: ColorPicker,
  date_input: DateInput,
  time_input: TimeInput,
  form_submit_button: FormSubmitButton,
  file_uploader: FileUploader,
  download_button: DownloadButton,
  button_group: ButtonGroup,
  feedback: Feedback,
  datetime_input: DateTimeInput,
  audio_input: AudioInput,
  camera_input: CameraInput,
  link_button: LinkButton,
  image: ImageView,
  audio: AudioView,
  video: VideoView,
  vega_lite_chart: VegaLiteChart,
  plotly_chart: PlotlyChart,
  page_link: PageLink,
  chat_input: ChatInput,
};
