import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame(np.arange(12).reshape(3, 4), columns=list("abcd"))
st.table(df)
