import streamlit as st

st.session_state.setdefault("step", 1)
st.progress(st.session_state.step / 3, text=f"Step {st.session_state.step} of 3")
if st.session_state.step == 1:
    st.text_input("Your name", key="wiz_name")
elif st.session_state.step == 2:
    st.selectbox("Plan", ["Free", "Pro"], key="wiz_plan")
else:
    st.success("All done!")
c1, c2 = st.columns(2)
if c1.button("Back", disabled=st.session_state.step == 1):
    st.session_state.step -= 1
    st.rerun()
if c2.button("Next", disabled=st.session_state.step == 3):
    st.session_state.step += 1
    st.rerun()
# step: at.text_input[0].input("Lee")
# step: at.button[1].click()
# step: at.button[1].click()
# step: at.button[0].click()
