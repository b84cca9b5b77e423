import streamlit as st

option_map = {0: ":material/add:", 1: ":material/zoom_in:", 2: ":material/zoom_out:"}
selection = st.pills("Tool", options=option_map.keys(), format_func=lambda o: option_map[o], selection_mode="single")
st.write(f"Your selected option: {None if selection is None else option_map[selection]}")
# step: at.pills[0].set_value(1)
