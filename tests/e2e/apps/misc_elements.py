import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.logo('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>')
st.html("<p class='hi' onclick='window.pwned=1'>Hello <b>html</b></p><script>window.pwned=2</script>"
        "<img src='data:,' onerror='window.pwned=3'>")
st.html("<style>.hi { color: rgb(1, 2, 3); }</style>")
st.badge("Fresh", color="green", icon="🌱")
st.space(40)
if st.button("Let it snow"):
    st.snow()
ex = st.expander("Lazy", key="ex", on_change="rerun")
if ex.open:
    with ex:
        st.text("lazy body")
st.text(f"expander open: {ex.open}")
pop = st.popover("Menu", key="pop", on_change="rerun")
pop.text("in popover")
st.text(f"popover open: {pop.open}")
tabs = st.tabs(["Alpha", "Beta"], key="tabs", on_change="rerun")
tabs[0].text("alpha body")
tabs[1].text("beta body")
st.text(f"tab: {st.session_state.tabs}")
with st.container(horizontal=True, horizontal_alignment="right", border=True):
    st.button("Left")
    st.button("Right")
st.text(f"runs: {st.session_state.runs}")
