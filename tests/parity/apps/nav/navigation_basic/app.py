import streamlit as st

pg = st.navigation([st.Page("home.py", title="Home", icon="🏠"), st.Page("about.py", title="About")])
st.sidebar.write("shared sidebar")
pg.run()
# step: at.switch_page("about.py")
