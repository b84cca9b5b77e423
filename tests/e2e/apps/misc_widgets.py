import pandas as pd
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
with st.grid(2, gap="small"):
    for name in ("cell A", "cell B", "cell C"):
        st.text(name)
st.iframe("<p id='inside'>framed</p><script>try { parent.document.title = 'pwned' } catch (e) {"
          " document.body.dataset.blocked = 'yes' }</script>", height=80)
page = st.pagination(5, key="pg")
st.text(f"page: {page}")
picked = st.menu_button("Actions", ["Copy", "Paste"], key="mb")
st.text(f"picked: {picked}")
with st.expander("Closed tracker", key="ex2", on_change=lambda: None):
    st.text("tracked body")


def area(width: float, height: float) -> float:
    """The area of a rectangle."""
    return width * height


st.help(area)
st.table(pd.DataFrame({"col": [1, 2]}), hide_index=True, hide_header=True)
st.text(f"runs: {st.session_state.runs}")
