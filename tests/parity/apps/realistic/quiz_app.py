import streamlit as st

QUESTIONS = [("2 + 2?", ["3", "4", "5"], "4"), ("Capital of France?", ["Paris", "Rome"], "Paris")]
st.title("Quiz")
with st.form("quiz"):
    answers = [st.radio(q, opts, index=None, key=f"q{i}") for i, (q, opts, _) in enumerate(QUESTIONS)]
    submitted = st.form_submit_button("Submit answers")
if submitted:
    score = sum(a == correct for a, (_, _, correct) in zip(answers, QUESTIONS))
    st.write(f"Score: {score}/{len(QUESTIONS)}")
    if score == len(QUESTIONS):
        st.balloons()
# step: at.radio[0].set_value("4"); at.radio[1].set_value("Paris"); at.form_submit_button[0].click()
