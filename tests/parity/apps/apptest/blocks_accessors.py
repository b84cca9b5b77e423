import streamlit as st

a, b = st.columns(2)
a.write("left")
t1, t2 = st.tabs(["A", "B"])
t2.write("in B")
with st.expander("More"):
    st.write("hidden")
# step: assert len(at.columns) == 2 and at.columns[0].markdown[0].value == "left"
# step: assert [t.label for t in at.tabs] == ["A", "B"] and at.tabs[1].markdown[0].value == "in B"
# step: assert at.expander[0].label == "More"
