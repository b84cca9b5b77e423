// An unfilled st.empty() slot: {}
export function Empty() {
  return <div class="stEmpty" data-testid="stEmpty" />;
}
