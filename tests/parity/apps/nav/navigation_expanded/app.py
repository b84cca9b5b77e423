import streamlit as st

pages = [st.Page(lambda: st.write(f"page {i}"), title=f"P{i}", url_path=f"p{i}") for i in range(3)]
pg = st.navigation(pages, expanded=True)
pg.run()
