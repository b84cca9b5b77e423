import streamlit as st


@st.fragment
def greet(name, punct="!"):
    st.write(f"Hello {name}{punct}")
    st.text_input("Reply", key=f"reply_{name}")


greet("Ann")
greet("Bo", punct="?")
# step: at.text_input[1].input("hey")
