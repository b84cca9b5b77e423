"""ElementTree: the page's tree semantics (web/src/render/tree.ts), message by message."""

from __future__ import annotations

from wasmlit._engine.tree import ElementTree


def el(type_="markdown", id_=None, **props):
    return {"kind": "element", "type": type_, "id": id_, "props": props}


def blk(type_="vertical", **props):
    return {"kind": "block", "type": type_, "props": props}


def delta(run, path, node):
    return {"type": "delta", "run_id": run, "path": path, "node": node}


def start(run):
    return {"type": "run_started", "run_id": run}


def finish(run, status="ok"):
    return {"type": "run_finished", "run_id": run, "status": status}


def test_deltas_fill_slots_in_page_order_main_then_sidebar():
    tree = ElementTree()
    tree.apply_all([start(1), delta(1, [1, 0], el(body="side")), delta(1, [0, 0], blk()),
                    delta(1, [0, 0, 0], el(body="inner")), delta(1, [0, 1], el(body="after")), finish(1)])
    assert tree.dump() == {"0.0": "vertical", "0.0.0": "markdown", "0.1": "markdown", "1.0": "markdown"}
    assert [s.props.get("body") for _, s in tree.walk()] == [None, "inner", "after", "side"]


def test_same_kind_and_type_keeps_the_slot_and_a_blocks_children():
    tree = ElementTree()
    tree.apply_all([start(1), delta(1, [0, 0], blk(border=False)), delta(1, [0, 0, 0], el(body="kid")), finish(1)])
    block, kid = tree.roots[0].children[0], tree.roots[0].children[0].children[0]
    tree.apply_all([start(2), delta(2, [0, 0], blk(border=True))])
    assert tree.roots[0].children[0] is block and block.props == {"border": True}
    assert block.children[0] is kid and tree.is_stale(kid)  # kept, stale until re-sent
    assert tree.dump() == {"0.0": "vertical", "0.0.0": "markdown (stale)"}


def test_another_type_replaces_the_slot_and_drops_its_children():
    tree = ElementTree()
    tree.apply_all([start(1), delta(1, [0, 0], blk()), delta(1, [0, 0, 0], el(body="kid")), finish(1)])
    tree.apply_all([start(2), delta(2, [0, 0], blk("expander", label="x"))])
    assert tree.dump() == {"0.0": "expander"}


def test_a_widget_with_another_id_replaces_the_slot():
    tree = ElementTree()
    tree.apply_all([start(1), delta(1, [0, 0], el("button", "id-a", label="A")), finish(1)])
    slot = tree.roots[0].children[0]
    tree.apply_all([start(2), delta(2, [0, 0], el("button", "id-a", label="A"))])
    assert tree.roots[0].children[0] is slot
    tree.apply_all([delta(2, [0, 0], el("button", "id-b", label="B"))])
    assert tree.roots[0].children[0] is not slot


def test_run_started_marks_everything_stale_and_writing_a_child_freshens_its_blocks():
    tree = ElementTree()
    tree.apply_all([start(1), delta(1, [0, 0], blk()), delta(1, [0, 0, 0], el()), delta(1, [0, 1], el()), finish(1)])
    tree.apply(start(2))
    assert all(tree.is_stale(s) for _, s in tree.walk())
    tree.apply(delta(2, [0, 0, 0], el()))  # the block on the way counts as written
    assert tree.dump() == {"0.0": "vertical", "0.0.0": "markdown", "0.1": "markdown (stale)"}


def test_finished_runs_remove_what_they_did_not_write():
    for status in ("ok", "error", "stopped"):
        tree = ElementTree()
        tree.apply_all([start(1), delta(1, [0, 0], el(body="a")), delta(1, [0, 1], blk()),
                        delta(1, [0, 1, 0], el(body="b")), delta(1, [0, 1, 1], el(body="c")), finish(1)])
        tree.apply_all([start(2), delta(2, [0, 1], blk()), delta(2, [0, 1, 1], el(body="c2")), finish(2, status)])
        assert tree.dump() == {"0.1": "vertical", "0.1.1": "markdown"}, status


def test_rerun_and_compile_error_remove_nothing():
    for status in ("rerun", "compile_error"):
        tree = ElementTree()
        tree.apply_all([start(1), delta(1, [0, 0], el(body="a")), delta(1, [0, 1], el(body="b")), finish(1)])
        tree.apply_all([start(2), delta(2, [0, 0], el("exception", message="x")), finish(2, status)])
        assert tree.dump() == {"0.0": "exception", "0.1": "markdown (stale)"}, status
        assert tree.last_status == status


def test_a_finish_for_another_run_is_ignored():
    tree = ElementTree()
    tree.apply_all([start(1), delta(1, [0, 0], el()), finish(1), start(2), finish(1)])
    assert tree.dump() == {"0.0": "markdown (stale)"}


def test_effects_and_page_config_are_recorded_not_placed():
    tree = ElementTree()
    tree.apply_all([start(1), {"type": "effect", "effect": "toast", "body": "hi", "icon": None},
                    {"type": "page_config", "title": "T", "icon": None, "layout": "wide",
                     "initial_sidebar_state": "auto"}, finish(1)])
    assert tree.dump() == {}
    assert [e["body"] for e in tree.run_effects] == ["hi"]
    assert tree.page_config == {"title": "T", "icon": None, "layout": "wide", "initial_sidebar_state": "auto"}
    tree.apply(start(2))
    assert tree.run_effects == [] and len(tree.effects) == 1
