import streamlit as st

st.title("Settings")
tab_general, tab_notify, tab_about = st.tabs(["General", "Notifications", "About"])
with tab_general:
    theme = st.selectbox("Theme", ["Light", "Dark", "System"], key="theme")
    lang = st.radio("Language", ["English", "Deutsch"], key="lang")
with tab_notify:
    email = st.toggle("Email notifications", value=True, key="email")
    freq = st.select_slider("Frequency", ["hourly", "daily", "weekly"], value="daily", key="freq")
with tab_about:
    st.write("Version 1.0")
st.divider()
st.write({"theme": theme, "lang": lang, "email": email, "freq": freq})
# step: at.selectbox(key="theme").select("Dark")
# step: at.toggle(key="email").set_value(False)
# step: at.select_slider(key="freq").set_value("weekly")
