import numpy as np
import pandas as pd
import streamlit as st

st.title("Fragment dashboard")


@st.fragment
def live_panel():
    n = st.slider("Points", 5, 50, 10)
    st.line_chart(pd.DataFrame({"y": np.arange(n) ** 2}))
    st.caption(f"{n} points")


live_panel()
st.write("below the fragment")
# step: at.slider[0].set_value(20)
