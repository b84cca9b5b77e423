import streamlit as st

with st.form("my_form"):
    st.write("Inside the form")
    slider_val = st.slider("Form slider")
    checkbox_val = st.checkbox("Form checkbox")
    submitted = st.form_submit_button("Submit")
    if submitted:
        st.write("slider", slider_val, "checkbox", checkbox_val)
st.write("Outside the form")
# step: at.slider[0].set_value(30)
# step: at.checkbox[0].check()
# step: at.button[0].click()
# (steps set a form widget and run before submitting: real AppTest drops the unsubmitted value,
#  and at.button lists form submit buttons in Streamlit's AppTest)
