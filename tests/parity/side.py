"""One side of the parity run: run apps under one AppTest and print each page, normalised.

    <python> tests/parity/side.py streamlit|wasmlit JOBS.json

is run twice: with ``.venv-streamlit/bin/python`` (real Streamlit's AppTest) and with the
project venv (wasmlit's). JOBS.json is a list of ``{"id", "path", "steps"}``; for each job
one JSON line ``{"id", "snapshots": [...]}`` is printed and flushed, so a worker that dies
loses only the apps after it. A snapshot is a normalised page (see ``common``), or
``{"error": kind, "message": ...}`` when the harness itself could not go on (the run timed
out, a step could not be applied).
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import sys
import warnings
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

RUN_TIMEOUT_S = float(os.environ.get("PARITY_RUN_TIMEOUT", "15"))


def load_side(side: str) -> tuple[Any, Any]:
    if side == "streamlit":
        from streamlit.testing.v1 import AppTest

        import norm_streamlit as norm

        logging.getLogger("streamlit").setLevel(logging.CRITICAL)
    elif side == "wasmlit":
        from wasmlit.testing import AppTest

        import norm_wasmlit as norm
    else:
        raise SystemExit(f"unknown side {side!r}")
    return AppTest, norm


def run_job(AppTest: Any, norm: Any, job: dict[str, Any]) -> list[dict[str, Any]]:
    """The page after the first run and after every step, until the harness cannot go on."""
    snapshots: list[dict[str, Any]] = []
    try:
        at = AppTest.from_file(job["path"], default_timeout=RUN_TIMEOUT_S)
        at.run()
        snapshots.append(norm.normalise(at))
    except Exception as exc:  # noqa: BLE001 - reported, the next app still runs
        return [harness_error("run", exc)]
    for step in job["steps"]:
        try:
            exec(step, {"__builtins__": __builtins__, "datetime": datetime, "at": at})  # noqa: S102 - our own corpus
        except Exception as exc:  # noqa: BLE001
            snapshots.append(harness_error("step", exc, step))
            break
        try:
            at.run()
            snapshots.append(norm.normalise(at))
        except Exception as exc:  # noqa: BLE001
            snapshots.append(harness_error("run", exc, step))
            break
    return snapshots


def harness_error(kind: str, exc: BaseException, step: str | None = None) -> dict[str, Any]:
    out = {"error": kind, "exc": type(exc).__name__, "message": str(exc)[:300]}
    if isinstance(exc, AttributeError) and getattr(exc, "name", None):
        out["attribute"] = exc.name
    if step is not None:
        out["step"] = step
    return out


def main(argv: list[str]) -> int:
    side, jobs_path = argv[1], argv[2]
    warnings.simplefilter("ignore")
    AppTest, norm = load_side(side)
    with open(jobs_path, encoding="utf-8") as fh:
        jobs = json.load(fh)
    out = sys.stdout
    sys.stdout = sys.stderr  # apps that print() must not corrupt the JSON lines
    for job in jobs:
        os.chdir(os.path.dirname(job["path"]))  # apps open their data files relative to themselves
        result = {"id": job["id"], "snapshots": run_job(AppTest, norm, job)}
        out.write(json.dumps(result, sort_keys=True, default=str) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
