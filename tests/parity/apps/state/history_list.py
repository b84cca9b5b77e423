import streamlit as st

st.session_state.setdefault("history", [])
word = st.text_input("Add word")
if st.button("Add") and word:
    st.session_state.history.append(word)
for i, w in enumerate(st.session_state.history):
    st.write(i, w)
# step: at.text_input[0].input("alpha")
# step: at.button[0].click()
# step: at.text_input[0].input("beta")
# step: at.button[0].click()
