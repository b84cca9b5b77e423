"""``streamlit.runtime.secrets``: the browser's secrets object and its error classes."""

from .errors import SecretsNotInBrowserError, StreamlitSecretNotFoundError
from .secrets import BrowserSecrets as Secrets
from .secrets import secrets

AttrDict = dict  # nothing to wrap: the browser holds no secrets

__all__ = ["AttrDict", "Secrets", "SecretsNotInBrowserError", "StreamlitSecretNotFoundError", "secrets"]
