"""Control-flow signals raised through user code.

They derive from BaseException so that ``except Exception:`` in a script cannot
swallow ``st.rerun()`` or ``st.stop()`` (Streamlit does the same).
"""

from __future__ import annotations


class ScriptControlException(BaseException):
    """Base of the signals the engine raises through the user's script."""


class StopException(ScriptControlException):
    """``st.stop()``: end this run now; what was rendered stays."""


class RerunException(ScriptControlException):
    """``st.rerun()``: end this run now and start a new one.

    ``fragment_ids``: rerun only these @st.fragment functions (``scope="fragment"`` or
    fragment keys); None reruns the whole app."""

    def __init__(self, fragment_ids: list[str] | None = None) -> None:
        super().__init__()
        self.fragment_ids = fragment_ids
