"""``streamlit.connections``: the connection classes apps import."""

from .base import BaseConnection
from .sql import SQLConnection

ExperimentalBaseConnection = BaseConnection

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection"]
