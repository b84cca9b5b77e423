import streamlit as st

st.title("BMI calculator")
unit = st.radio("Units", ["Metric", "Imperial"], horizontal=True)
if unit == "Metric":
    weight = st.number_input("Weight (kg)", 20.0, 300.0, 70.0)
    height = st.number_input("Height (m)", 1.0, 2.5, 1.75)
    bmi = weight / height**2
else:
    weight = st.number_input("Weight (lb)", 40.0, 600.0, 150.0)
    height = st.number_input("Height (in)", 40.0, 100.0, 68.0)
    bmi = 703 * weight / height**2
if st.button("Compute"):
    st.metric("BMI", f"{bmi:.1f}")
    if bmi < 18.5:
        st.warning("Underweight")
    elif bmi < 25:
        st.success("Normal")
    else:
        st.error("Overweight")
# step: at.button[0].click()
# step: at.number_input[0].set_value(95.0)
# step: at.button[0].click()
# step: at.radio[0].set_value("Imperial")
