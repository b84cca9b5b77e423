import collections

import streamlit as st

st.title("Text analyzer")
text = st.text_area("Paste text", "the quick brown fox jumps over the lazy dog the end")
words = text.lower().split()
c1, c2, c3 = st.columns(3)
c1.metric("Words", len(words))
c2.metric("Unique", len(set(words)))
c3.metric("Chars", len(text))
top = collections.Counter(words).most_common(3)
st.table({"word": [w for w, _ in top], "count": [c for _, c in top]})
# step: at.text_area[0].input("a a a b b c")
