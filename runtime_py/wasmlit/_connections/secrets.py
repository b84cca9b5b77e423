"""``st.secrets`` in the browser: holds nothing, and says so.

Streamlit raises ``StreamlitSecretNotFoundError`` on every access when there is no
secrets file at all (``in``, ``get``, ``len``, ``keys``… included); a browser app is
in that situation by design, so it behaves the same way with a message that explains
where secrets live. ``load_if_toml_exists()`` returns False, as in Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator, NoReturn

from .errors import SecretsAttributeError, SecretsNotInBrowserError


class BrowserSecrets(Mapping):
    def _fail(self, what: str = "st.secrets") -> NoReturn:
        raise SecretsNotInBrowserError(what)

    def __getitem__(self, key: Any) -> NoReturn:
        self._fail(f"st.secrets[{key!r}]")

    def __getattr__(self, key: str) -> NoReturn:
        if key.startswith("__"):
            raise AttributeError(key)
        raise SecretsAttributeError(f"st.secrets.{key}")

    def __iter__(self) -> Iterator[Any]:
        self._fail()

    def __len__(self) -> int:
        self._fail()

    def __contains__(self, key: object) -> bool:
        self._fail(f"{key!r} in st.secrets")

    def get(self, key: Any, default: Any = None) -> NoReturn:  # type: ignore[override]
        self._fail(f"st.secrets.get({key!r})")

    def keys(self) -> NoReturn:  # type: ignore[override]
        self._fail()

    def items(self) -> NoReturn:  # type: ignore[override]
        self._fail()

    def values(self) -> NoReturn:  # type: ignore[override]
        self._fail()

    def to_dict(self) -> NoReturn:
        self._fail()

    def load_if_toml_exists(self) -> bool:
        return False

    def __setitem__(self, key: Any, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __delitem__(self, key: Any) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def __repr__(self) -> str:
        return "<st.secrets: none in the browser (they live on the SQL endpoint)>"


secrets = BrowserSecrets()


class EmptySecretsSection(BrowserSecrets):
    """``BaseConnection._secrets``: Streamlit gives an AttrDict of the section; here reading
    a key explains that secrets are on the endpoint. ``len``/``in``/iteration see it empty."""

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def __getitem__(self, key: Any) -> NoReturn:
        self._fail(f"st.secrets['connections'][{self._name!r}][{key!r}]")

    def __getattr__(self, key: str) -> NoReturn:
        if key.startswith("_"):
            raise AttributeError(key)
        raise SecretsAttributeError(f"connection {self._name!r} secret {key!r}")

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return False

    def get(self, key: Any, default: Any = None) -> Any:  # type: ignore[override]
        return default

    def keys(self):  # type: ignore[override]
        return {}.keys()

    def items(self):  # type: ignore[override]
        return {}.items()

    def values(self):  # type: ignore[override]
        return {}.values()

    def to_dict(self) -> dict:
        return {}
