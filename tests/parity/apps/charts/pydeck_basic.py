# requires: pydeck
import pydeck as pdk
import streamlit as st

st.pydeck_chart(pdk.Deck(initial_view_state=pdk.ViewState(latitude=37.76, longitude=-122.4, zoom=11)))
