import streamlit as st

st.set_page_config(layout="wide")
st.title("Kanban")
st.session_state.setdefault("board", {"To do": ["Write spec", "Review"], "Doing": ["Code"], "Done": []})
board = st.session_state.board
cols = st.columns(len(board))
for col, (stage, cards) in zip(cols, board.items()):
    with col:
        st.subheader(f"{stage} ({len(cards)})")
        for card in list(cards):
            with st.container(border=True):
                st.write(card)
                stages = list(board)
                nxt = stages.index(stage) + 1
                if nxt < len(stages) and st.button("→", key=f"mv_{card}"):
                    cards.remove(card)
                    board[stages[nxt]].append(card)
                    st.rerun()
# step: at.button[0].click()
# step: at.button[0].click()
