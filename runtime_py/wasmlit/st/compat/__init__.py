"""Small stand-ins for ``streamlit.*`` submodules that apps import for a name or two.

Each module here is what ``_engine.modules.ALIASES`` serves for one ``streamlit``
submodule: the public names apps use, with Streamlit 1.67's behaviour, and nothing of
the server Streamlit has and a static site does not.
"""
