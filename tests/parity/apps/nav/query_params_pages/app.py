import streamlit as st

pg = st.navigation([st.Page("first.py"), st.Page("second.py")])
pg.run()
# step: at.query_params.__setitem__("who", "me")
# step: at.switch_page("second.py")
