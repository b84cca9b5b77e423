import streamlit as st


@st.cache_resource
def get_model():
    return {"weights": [1, 2, 3]}


m1 = get_model()
m2 = get_model()
st.write(m1 is m2, m1["weights"])
