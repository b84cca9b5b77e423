"""Range checks of decoded parameter values, before any database work: a visitor's
``10**400`` or ``1e400``-scale Decimal is a 400 ``bad_param``, not a driver overflow that
would surface as a 500 ``db_error`` (and cost a pool checkout)."""

from __future__ import annotations

import decimal
from typing import Any

OUT_OF_RANGE = "A query parameter is out of the range the database accepts."
INT_MIN, INT_MAX = -(1 << 63), (1 << 64) - 1  # signed BIGINT … unsigned BIGINT (MySQL)
# Decimal: at most this many digits before/after the point (PostgreSQL numeric allows more,
# MySQL DECIMAL 65; this keeps every dialect's driver and server from overflowing).
MAX_DECIMAL_EXPONENT = 1000
MAX_DEPTH = 8


def param_in_range(value: Any, nul_ok: bool = True, depth: int = 0) -> bool:
    """``nul_ok=False`` for PostgreSQL, whose text cannot hold a NUL character."""
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int):
        return INT_MIN <= value <= INT_MAX
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, decimal.Decimal):
        return value.is_finite() and abs(value.adjusted()) <= MAX_DECIMAL_EXPONENT
    if isinstance(value, str):
        return nul_ok or "\x00" not in value
    if isinstance(value, (list, tuple, set, frozenset)):
        return all(param_in_range(v, nul_ok, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(param_in_range(v, nul_ok, depth + 1) for v in value.values())
    return True
