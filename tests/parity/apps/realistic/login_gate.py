import streamlit as st

st.session_state.setdefault("user", None)
if st.session_state.user is None:
    st.title("Please log in")
    with st.form("login"):
        u = st.text_input("Username")
        p = st.text_input("Password", type="password")
        if st.form_submit_button("Log in"):
            if p == "hunter2":
                st.session_state.user = u
                st.rerun()
            else:
                st.error("Wrong password")
    st.stop()
st.title(f"Welcome, {st.session_state.user}")
if st.button("Log out"):
    st.session_state.user = None
    st.rerun()
# step: at.text_input[0].input("ann"); at.text_input[1].input("bad"); at.form_submit_button[0].click()
# step: at.text_input[0].input("ann"); at.text_input[1].input("hunter2"); at.form_submit_button[0].click()
# step: at.button[0].click()
