import streamlit as st

st.graphviz_chart('''
    digraph {
        run -> intr
        intr -> runbl
        runbl -> run
    }
''')
