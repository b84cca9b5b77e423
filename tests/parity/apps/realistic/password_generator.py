import random
import string

import streamlit as st

st.title("Password generator")
length = st.slider("Length", 8, 32, 12)
use_digits = st.checkbox("Digits", True)
use_symbols = st.checkbox("Symbols")
alphabet = string.ascii_letters + (string.digits if use_digits else "") + ("!@#$%" if use_symbols else "")
rng = random.Random(length * 7 + use_digits + 2 * use_symbols)
st.code("".join(rng.choice(alphabet) for _ in range(length)), language=None)
# step: at.slider[0].set_value(20)
# step: at.checkbox[1].check()
