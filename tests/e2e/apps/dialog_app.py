import streamlit as st

ss = st.session_state
ss.setdefault("full", 0)
ss.full += 1
st.header(f"Full runs: {ss.full}")


@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    if st.button("Count"):
        ss.count = ss.get("count", 0) + 1
    st.write(f"Counted {ss.get('count', 0)}")
    reason = st.text_input("Reason")
    st.write(f"Reason: {reason}")
    if st.button("Submit"):
        ss.vote = item
        st.rerun()


if st.button("Vote A"):
    vote("A")
if "vote" in ss:
    st.write(f"You voted for {ss.vote}")
