import streamlit as st

code = '''def hello():
    print("Hello, Streamlit!")'''
st.code(code, language="python")
st.code("SELECT * FROM t", language="sql", line_numbers=True)
st.code("plain text", language=None)
