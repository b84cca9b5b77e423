import time

import streamlit as st

ss = st.session_state
ss.setdefault("full", 0)
ss.setdefault("frag", 0)
ss.setdefault("ticks", 0)
ss.full += 1
st.header(f"Full runs: {ss.full}")
st.caption(f"Drawn at {time.time():.6f}")


@st.fragment
def panel():
    ss.frag += 1
    st.button("Fragment button")
    st.write(f"Fragment runs: {ss.frag}")


@st.fragment(run_every="0.5s")
def clock():
    ss.ticks += 1
    st.write(f"Ticks: {ss.ticks}")


def explode():
    raise ValueError("boom from a callback")


panel()
clock()
st.button("Full rerun")
st.button("Break", on_click=explode)
if st.button("Say hi"):
    st.write("Hi after the callback error")
