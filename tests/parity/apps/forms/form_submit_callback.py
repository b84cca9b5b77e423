import streamlit as st


def on_submit():
    st.session_state.result = st.session_state.a + st.session_state.b


with st.form("adder"):
    st.number_input("a", key="a", value=1)
    st.number_input("b", key="b", value=2)
    st.form_submit_button("Add", on_click=on_submit)
st.write("result:", st.session_state.get("result"))
# step: at.number_input[0].set_value(10); at.form_submit_button[0].click()
