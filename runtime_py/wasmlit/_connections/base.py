"""``BaseConnection``: the contract for user-defined connections (Streamlit 1.67 §3.2)."""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from typing import Any, Generic, TypeVar

from .secrets import EmptySecretsSection

RawConnectionT = TypeVar("RawConnectionT")


class BaseConnection(ABC, Generic[RawConnectionT]):
    """Subclass it and implement ``_connect(**kwargs)``; ``st.connection("name",
    type=MyConnection)`` creates it once (cached like ``st.cache_resource``).

    The constructor stores the name and kwargs, gives the instance a uuid and calls
    ``_connect`` at once, so connection errors show at the ``st.connection`` call.
    In the browser ``self._secrets`` holds nothing (see ``st.secrets``).
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._id = uuid.uuid4().hex
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, name)
        except AttributeError as e:
            if name.startswith("__"):
                raise
            try:
                inst = object.__getattribute__(self, "_instance")
            except Exception:
                raise e from None
            if hasattr(inst, name):
                raise AttributeError(
                    f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead") from e
            raise e

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._connection_name!r}>"

    @property
    def _secrets(self) -> EmptySecretsSection:
        return EmptySecretsSection(self._connection_name)

    def reset(self) -> None:
        """Drop the raw connection; the next use of ``_instance`` connects again."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @classmethod
    def scope(cls) -> str:
        return "global"

    def close(self) -> None:
        """Called when the cached connection is released (ttl, max_entries, clear)."""

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        raise NotImplementedError
