// st.select_slider: {label, options: str[], value: int[] (indices), is_range, help, disabled, label_visibility}
import type { ElementProps } from ".";
import { RangeView } from "./slider";

export function SelectSlider({ id, props }: ElementProps) {
  const options: string[] = Array.isArray(props.options) ? props.options.map(String) : [];
  const server: number[] = Array.isArray(props.value) ? props.value.map(Number) : [0];
  return (
    <RangeView
      testid="stSlider"
      id={id}
      props={props}
      server={server}
      min={0}
      max={Math.max(0, options.length - 1)}
      step={1}
      display={(i) => options[i] ?? ""}
    />
  );
}
