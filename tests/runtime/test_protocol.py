"""The page and the worker speak the protocol defined in wasmlit/protocol.py."""

from __future__ import annotations

from pathlib import Path

from wasmlit import protocol

GENERATED = Path(__file__).resolve().parents[2] / "web" / "src" / "protocol.gen.ts"


def test_generated_typescript_matches_the_python_definitions() -> None:
    assert GENERATED.read_text() == protocol.typescript(), (
        "web/src/protocol.gen.ts is stale: run `python -m wasmlit.protocol > web/src/protocol.gen.ts` "
        "from runtime_py/")


def test_every_element_type_has_a_typescript_name() -> None:
    text = protocol.typescript()
    for name in ("heading", "button", "multiselect", "expander"):
        assert f'"{name}"' in text


def test_binary_values_travel_beside_the_json() -> None:
    message = {"type": "delta", "node": {"props": {"column": protocol.Binary(b"\x01\x02"), "name": "x"}}}
    text, buffers = protocol.encode(message)
    assert buffers == [b"\x01\x02"]
    assert '"$binary": 0' in text and "\\u0001" not in text
    assert protocol.decode(text, buffers) == {"type": "delta", "node": {"props": {"column": b"\x01\x02", "name": "x"}}}


def test_messages_without_binary_have_no_buffers() -> None:
    assert protocol.encode({"type": "run_started", "run_id": 1}) == ('{"type": "run_started", "run_id": 1}', [])
