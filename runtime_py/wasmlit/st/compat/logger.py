"""``streamlit.logger``: ``get_logger(name)`` gives a standard logger (the browser console)."""

from __future__ import annotations

import logging

DEFAULT_LOG_MESSAGE = "%(asctime)s %(levelname) -7s %(name)s: %(message)s"


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name)


def set_log_level(level: str | int) -> None:
    logging.getLogger("streamlit").setLevel(level.upper() if isinstance(level, str) else level)


__all__ = ["DEFAULT_LOG_MESSAGE", "get_logger", "set_log_level"]
