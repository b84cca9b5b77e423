import streamlit as st

st.title("✅ To-do list")
st.session_state.setdefault("todos", [])
with st.form("add", clear_on_submit=True):
    task = st.text_input("New task")
    if st.form_submit_button("Add") and task:
        st.session_state.todos.append({"task": task, "done": False})
for i, todo in enumerate(st.session_state.todos):
    todo["done"] = st.checkbox(todo["task"], value=todo["done"], key=f"todo_{i}")
done = sum(t["done"] for t in st.session_state.todos)
st.caption(f"{done} of {len(st.session_state.todos)} done")
# step: at.text_input[0].input("buy milk"); at.form_submit_button[0].click()
# step: at.text_input[0].input("walk dog"); at.form_submit_button[0].click()
# step: at.checkbox[0].check()
