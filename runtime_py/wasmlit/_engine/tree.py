"""A pure-Python mirror of the page's element tree (``web/src/render/tree.ts``).

It applies WorkerMessages with exactly the page's rules, so that what the test
harness inspects is what a user would see:

- ``run_started``: every slot becomes stale (not yet written by this run);
  the roots (0 = main, 1 = sidebar, 2 = event) are containers and never stale.
  A run with a ``scope`` (a fragment rerun: a list of block paths) marks stale only
  the slots *inside* those blocks; everything else counts as written by the run.
- ``delta(path, node)``: writes a slot. A node with the same kind and type (and,
  for elements, the same widget id) as the slot keeps the slot, and a block keeps
  its children (stale until re-sent); anything else replaces the slot and drops
  its children. Blocks on the way to the slot count as written by this run.
- ``run_finished``: status ok/error/stopped removes every slot this run did not
  write, recursively; rerun/compile_error remove nothing. With a ``scope`` only
  slots inside those blocks can go, and every slot outside them is freshened
  (``[]``: nothing is removed and the whole page is current again).
- ``page_config`` and ``effect`` (toast, balloons) are recorded, not placed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

PRUNING_STATUSES = ("ok", "error", "stopped")


def _root_node() -> dict[str, Any]:
    return {"kind": "block", "type": "vertical", "props": {}}


def same_identity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["kind"] != b["kind"] or a["type"] != b["type"]:
        return False
    if a["kind"] == "element":
        return a.get("id") == b.get("id")
    return True


@dataclass
class Slot:
    node: dict[str, Any]
    written_by: int
    children: dict[int, "Slot"] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.node["kind"]

    @property
    def type(self) -> str:
        return self.node["type"]

    @property
    def props(self) -> dict[str, Any]:
        return self.node.get("props", {})

    @property
    def id(self) -> str | None:
        return self.node.get("id")

    def child_list(self) -> list[tuple[int, "Slot"]]:
        return sorted(self.children.items())


class ElementTree:
    def __init__(self) -> None:
        self.roots: dict[int, Slot] = {}
        self.current_run = -1
        self.last_status: str | None = None
        self.page_config: dict[str, Any] | None = None
        self.effects: list[dict[str, Any]] = []  # every effect, in order
        self.run_effects: list[dict[str, Any]] = []  # the effects of the current/last run

    # ------------------------------------------------------------ messages

    def apply(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "run_started":
            self.run_started(message["run_id"], message.get("scope"))
        elif kind == "delta":
            self.delta(message["run_id"], message["path"], message["node"])
        elif kind == "run_finished":
            self.run_finished(message["run_id"], message["status"], message.get("scope"))
        elif kind == "page_config":
            self.page_config = {k: v for k, v in message.items() if k != "type"}
        elif kind == "effect":
            self.effects.append(message)
            self.run_effects.append(message)

    def apply_all(self, messages: list[dict[str, Any]]) -> None:
        for message in messages:
            self.apply(message)

    def root(self, index: int) -> Slot:
        if index not in self.roots:
            self.roots[index] = Slot(_root_node(), self.current_run)
        return self.roots[index]

    def is_stale(self, slot: Slot) -> bool:
        return slot.written_by != self.current_run

    def run_started(self, run_id: int, scope: list[list[int]] | None = None) -> None:
        self.current_run = run_id
        self.run_effects = []
        for r in self.roots.values():
            r.written_by = run_id
        if scope is not None:
            self._freshen_outside(scope)

    def _freshen_outside(self, scope: list[list[int]]) -> None:
        """Every slot that is not inside one of the ``scope`` blocks counts as written now."""
        inside = {tuple(p) for p in scope}
        for path, slot in list(self.walk()):
            if not any(path[:len(p)] == p and len(path) > len(p) for p in inside):
                slot.written_by = self.current_run

    def delta(self, run_id: int, path: list[int], node: dict[str, Any]) -> Slot:
        if run_id != self.current_run:
            self.run_started(run_id)  # a delta without its run_started: adopt the run, as the page does
        if len(path) < 2:
            raise ValueError(f"delta path too short: {path}")
        parent = self.root(path[0])
        for index in path[1:-1]:
            child = parent.children.get(index)
            if child is None or child.kind != "block":
                child = Slot(_root_node(), run_id)
                parent.children[index] = child
            child.written_by = run_id
            parent = child
        index = path[-1]
        existing = parent.children.get(index)
        if existing is not None and same_identity(existing.node, node):
            existing.node = node
            existing.written_by = run_id
            return existing
        slot = Slot(node, run_id)
        parent.children[index] = slot
        return slot

    def run_finished(self, run_id: int, status: str, scope: list[list[int]] | None = None) -> None:
        if run_id != self.current_run:
            return
        self.last_status = status
        if scope is not None:
            self._freshen_outside(scope)
        if status in PRUNING_STATUSES:
            for r in self.roots.values():
                self._prune(r)

    def _prune(self, slot: Slot) -> None:
        for index, child in list(slot.children.items()):
            if child.written_by != self.current_run:
                del slot.children[index]
            else:
                self._prune(child)

    # ------------------------------------------------------------ reading

    def walk(self, root: int | None = None) -> Iterator[tuple[tuple[int, ...], Slot]]:
        """Every slot in page order (depth first), main then sidebar, with its path."""
        indices = [root] if root is not None else sorted(self.roots)
        for r in indices:
            if r in self.roots:
                yield from self._walk(self.roots[r], (r,))

    def _walk(self, slot: Slot, path: tuple[int, ...]) -> Iterator[tuple[tuple[int, ...], Slot]]:
        for index, child in slot.child_list():
            child_path = (*path, index)
            yield child_path, child
            yield from self._walk(child, child_path)

    def dump(self) -> dict[str, str]:
        """``{"0.1": "type[:id][ (stale)]"}`` — the same snapshot as the page's ``dump()``."""
        out = {}
        for path, slot in self.walk():
            label = slot.type + (f":{slot.id}" if slot.kind == "element" and slot.id else "")
            out[".".join(map(str, path))] = label + (" (stale)" if self.is_stale(slot) else "")
        return out
