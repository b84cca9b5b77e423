import streamlit as st

st.title("Customer survey")
with st.form("survey"):
    name = st.text_input("Name")
    rating = st.slider("How satisfied are you?", 1, 5, 3)
    channels = st.multiselect("How did you hear about us?", ["Web", "Friend", "Ad"])
    comments = st.text_area("Comments")
    agree = st.checkbox("I agree to be contacted")
    sent = st.form_submit_button("Send")
if sent:
    if not name:
        st.error("Name is required")
    else:
        st.success(f"Thanks {name}! Rating {rating}, via {', '.join(channels) or 'n/a'}")
        st.json({"name": name, "rating": rating, "comments": comments, "agree": agree})
# step: at.form_submit_button[0].click()
# step: at.text_input[0].input("Dee"); at.multiselect[0].select("Friend"); at.form_submit_button[0].click()
