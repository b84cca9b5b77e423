"""The official Pyodide lock: name lookup, import -> package mapping, closure, pruning."""

from __future__ import annotations

import re
from typing import Iterable

from .errors import BuildError


def normalize(name: str) -> str:
    """PEP 503 name normalization (``Python_DateUtil`` -> ``python-dateutil``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


class Lock:
    def __init__(self, data: dict):
        self.data = data
        self.packages: dict[str, dict] = data["packages"]
        self._by_norm = {normalize(k): k for k in self.packages}
        self._by_import: dict[str, str] = {}
        for key, entry in self.packages.items():
            for mod in entry.get("imports", ()):
                self._by_import.setdefault(mod, key)

    @property
    def info(self) -> dict:
        return self.data["info"]

    def find(self, name: str) -> str | None:
        """Lock key for a distribution name, or None."""
        return self._by_norm.get(normalize(name))

    def package_for_import(self, module: str) -> str | None:
        """Lock key providing top-level import ``module`` (``dateutil`` -> ``python-dateutil``)."""
        return self._by_import.get(module)

    def closure(self, names: Iterable[str]) -> list[str]:
        """``names`` plus everything they depend on, transitively; sorted lock keys."""
        seen: set[str] = set()
        stack = list(names)
        while stack:
            name = stack.pop()
            key = self.find(name)
            if key is None:
                raise BuildError(f"package {name!r} is not in the Pyodide lock")
            if key in seen:
                continue
            seen.add(key)
            stack.extend(self.packages[key].get("depends", ()))
        return sorted(seen)

    def pruned(self, keys: Iterable[str]) -> dict:
        """A lock with ``info`` intact and only the given packages, in the official order."""
        wanted = set(keys)
        return {
            **{k: v for k, v in self.data.items() if k != "packages"},
            "packages": {k: v for k, v in self.packages.items() if k in wanted},
        }
