import streamlit as st

st.set_page_config(page_title="Support bot")
st.title("💬 Support")
FAQ = {"hours": "We are open 9-5.", "price": "Plans start at $10.", "refund": "Refunds within 30 days."}
st.session_state.setdefault("chat", [{"role": "assistant", "content": "How can I help?"}])
with st.sidebar:
    if st.button("Clear chat"):
        st.session_state.chat = [{"role": "assistant", "content": "How can I help?"}]
for msg in st.session_state.chat:
    st.chat_message(msg["role"]).write(msg["content"])
if q := st.chat_input("Ask about hours, price or refund"):
    st.session_state.chat.append({"role": "user", "content": q})
    st.chat_message("user").write(q)
    answer = next((a for k, a in FAQ.items() if k in q.lower()), "Sorry, I don't know.")
    st.session_state.chat.append({"role": "assistant", "content": answer})
    st.chat_message("assistant").write(answer)
# step: at.chat_input[0].set_value("what are your hours?")
# step: at.chat_input[0].set_value("tell me a joke")
# step: at.sidebar.button[0].click()
