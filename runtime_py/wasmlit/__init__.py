"""wasmlit: Streamlit-style apps that run entirely in the browser.

The importable name for app authors is ``streamlit`` (see ``wasmlit._engine.modules``);
this package holds the runtime behind it.
"""

__version__ = "0.1.0"

# The Streamlit release whose behaviour we follow; ``st.__version__`` reports it
# because apps branch on it.
STREAMLIT_COMPAT_VERSION = "1.67.0"
