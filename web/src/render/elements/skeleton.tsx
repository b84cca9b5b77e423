// st.skeleton: {height: px | "stretch" | null, width}. A pulsing grey placeholder.
import type { ElementProps } from ".";

export function SkeletonView({ props }: ElementProps) {
  const height = typeof props.height === "number" ? `${props.height}px` : props.height === "stretch" ? "100%" : "2.5rem";
  const width = typeof props.width === "number" ? `${props.width}px` : "100%";
  return <div class="stSkeleton wl-skeleton" data-testid="stSkeleton" style={{ height, width, maxWidth: "100%" }} />;
}
