import streamlit as st

st.title("ETL pipeline")
if st.button("Run pipeline"):
    with st.status("Running pipeline...", expanded=True) as status:
        st.write("Extracting...")
        rows = list(range(10))
        st.write(f"Transforming {len(rows)} rows...")
        total = sum(rows)
        st.write("Loading...")
        status.update(label=f"Pipeline done: total={total}", state="complete")
    st.toast("Pipeline finished")
# step: at.button[0].click()
