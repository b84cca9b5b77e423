import streamlit as st

st.markdown("""
# Heading 1
## Heading 2

- item one
- item two
  - nested

1. first
2. second

[A link](https://example.com) and `inline code`.

> a blockquote
""")
