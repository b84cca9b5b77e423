// st.divider: {}
export function Divider() {
  return <hr class="stDivider wl-divider" data-testid="stDivider" />;
}
