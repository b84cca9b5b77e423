import time

import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Add"):
    st.session_state.count += 1
st.write(f"count: {st.session_state.count}")

if st.button("Spin"):
    while True:
        pass
if st.button("Sleep"):
    started = time.process_time()
    time.sleep(3)
    st.write(f"slept, cpu: {time.process_time() - started:.2f}")
if st.button("Crash"):
    import js

    js.close()
