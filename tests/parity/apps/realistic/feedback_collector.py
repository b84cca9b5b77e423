import streamlit as st

st.title("Rate our answers")
ANSWERS = ["Paris is the capital of France.", "2 + 2 = 4."]
for i, a in enumerate(ANSWERS):
    with st.chat_message("assistant"):
        st.write(a)
        score = st.feedback("thumbs", key=f"fb{i}")
        if score is not None:
            st.caption("Thanks!" if score else "Sorry about that.")
# step: at.feedback[0].set_value(1)
# step: at.feedback[1].set_value(0)
