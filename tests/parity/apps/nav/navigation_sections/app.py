import streamlit as st

pages = {
    "Your account": [st.Page("account.py", title="Create your account"), st.Page("manage.py", title="Manage your account")],
    "Resources": [st.Page("learn.py", title="Learn about us")],
}
pg = st.navigation(pages)
st.write("current:", pg.title)
pg.run()
# step: at.switch_page("learn.py")
