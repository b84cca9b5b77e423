import streamlit as st

"# Magic heading"
"Some *markdown* via magic"
x = 10
x
"x is", x
