"""Run the corpus on both sides, compare, and summarise (``python -m tests.parity``).

The Streamlit side's output is cached in ``tests/parity/.cache/`` keyed by a hash of the app's
files, its steps, the Streamlit version and the harness code that produced it, so a normal
run only executes the wasmlit side. Each side runs in worker subprocesses (``side.py``),
``PARITY_WORKERS`` per side (default 2: this machine has 2 cores).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import requires_of, steps_of  # noqa: E402
from compare import Mismatch, compare  # noqa: E402

REPO = HERE.parent.parent
APPS = HERE / "apps"
CACHE = HERE / ".cache"
EXPECTED = HERE / "expected.txt"
WORKER_DEADLINE_S = float(os.environ.get("PARITY_DEADLINE", "240"))
# Harness files whose change invalidates the cached Streamlit side.
_STREAMLIT_SIDE_CODE = ("side.py", "common.py", "norm_streamlit.py")


def streamlit_python() -> Path:
    return Path(os.environ.get("PARITY_STREAMLIT_PYTHON", REPO / ".venv-streamlit" / "bin" / "python"))


@dataclass
class App:
    id: str            # "<group>/<name>"
    path: Path         # the entry script
    files: list[Path]  # every .py file of the app (a multipage folder has several)
    steps: list[str]
    requires: list[str]

    def job(self) -> dict[str, Any]:
        return {"id": self.id, "path": str(self.path), "steps": self.steps}


@dataclass
class Report:
    matched: list[str] = field(default_factory=list)
    mismatched: dict[str, Mismatch] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    snapshots: dict[str, tuple[list[Any], list[Any]]] = field(default_factory=dict)  # with keep_snapshots

    @property
    def total(self) -> int:
        return len(self.matched) + len(self.mismatched)


def discover(root: Path = APPS) -> list[App]:
    """``apps/<group>/<name>.py`` is an app; so is ``apps/<group>/<name>/app.py`` (multipage)."""
    apps: list[App] = []
    for group in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        for entry in sorted(group.iterdir()):
            if entry.suffix == ".py" and entry.is_file():
                apps.append(_app(f"{group.name}/{entry.stem}", entry, [entry]))
            elif entry.is_dir() and (entry / "app.py").is_file():
                files = sorted(entry.rglob("*.py"))
                apps.append(_app(f"{group.name}/{entry.name}", entry / "app.py", files))
    return apps


def _app(app_id: str, path: Path, files: list[Path]) -> App:
    source = path.read_text(encoding="utf-8")
    return App(app_id, path, files, steps_of(source), requires_of(source))


def probe_streamlit(modules: set[str]) -> tuple[str, set[str]]:
    """The reference venv's Streamlit version and which of ``modules`` it can import."""
    code = ("import importlib.metadata as m, importlib.util as u, json, sys; mods = json.loads(sys.argv[1]); "
            "print(json.dumps([m.version('streamlit'), [x for x in mods if u.find_spec(x)]]))")
    out = subprocess.run([str(streamlit_python()), "-c", code, json.dumps(sorted(modules))],
                         capture_output=True, text=True, check=True, timeout=60)
    version, present = json.loads(out.stdout)
    return version, set(present)


def cache_key(app: App, version: str) -> str:
    digest = hashlib.sha256(f"streamlit=={version}\n".encode())
    for name in _STREAMLIT_SIDE_CODE:
        digest.update((HERE / name).read_bytes())
    for f in app.files:
        digest.update(str(f.relative_to(app.path.parent)).encode() + b"\0" + f.read_bytes())
    digest.update(json.dumps(app.steps).encode())
    return digest.hexdigest()[:24]


def run_side(side: str, python: Path, apps: list[App], workers: int) -> dict[str, list[dict[str, Any]]]:
    """Run ``apps`` on one side in ``workers`` subprocesses; app id -> snapshots."""
    if not apps:
        return {}
    shards = [apps[i::workers] for i in range(workers)]
    procs = [_start_worker(side, python, shard) for shard in shards if shard]
    return _collect(procs)


def _start_worker(side: str, python: Path, shard: list[App]) -> tuple[subprocess.Popen[str], Any, list[App]]:
    jobs = tempfile.NamedTemporaryFile("w", suffix=".json", prefix=f"parity-{side}-", delete=False)
    json.dump([a.job() for a in shard], jobs)
    jobs.close()
    log = tempfile.NamedTemporaryFile("w", suffix=".log", prefix=f"parity-{side}-", delete=False)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen([str(python), str(HERE / "side.py"), side, jobs.name], stdout=subprocess.PIPE,
                            stderr=log, text=True, env=env, cwd=str(REPO))
    return proc, (jobs.name, log), shard


def _collect(procs: list[tuple[subprocess.Popen[str], Any, list[App]]]) -> dict[str, list[dict[str, Any]]]:
    results: dict[str, list[dict[str, Any]]] = {}
    deadline = time.monotonic() + WORKER_DEADLINE_S
    for proc, (jobs_name, log), shard in procs:
        try:
            out, _ = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        for line in out.splitlines():
            if line.startswith("{"):
                row = json.loads(line)
                results[row["id"]] = row["snapshots"]
        for app in shard:  # apps a dead or killed worker never reached
            results.setdefault(app.id, [{"error": "run", "exc": "WorkerDied",
                                         "message": f"worker exited {proc.returncode}; log {log.name}"}])
        log.close()
        os.unlink(jobs_name)
    return results


def streamlit_results(apps: list[App], version: str, workers: int) -> dict[str, list[dict[str, Any]]]:
    """Cached snapshots where the cache has them; the rest are run now and cached."""
    CACHE.mkdir(exist_ok=True)
    results, todo = {}, []
    for app in apps:
        hit = CACHE / f"{cache_key(app, version)}.json"
        if hit.is_file():
            results[app.id] = json.loads(hit.read_text(encoding="utf-8"))
        else:
            todo.append(app)
    fresh = run_side("streamlit", streamlit_python(), todo, workers)
    for app in todo:
        snaps = fresh[app.id]
        if not any(s.get("exc") == "WorkerDied" for s in snaps):
            (CACHE / f"{cache_key(app, version)}.json").write_text(json.dumps(snaps), encoding="utf-8")
        results[app.id] = snaps
    return results


def run_all(only: list[str] | None = None, keep_snapshots: bool = False) -> Report:
    started = time.monotonic()
    apps = [a for a in discover() if not only or any(a.id.startswith(o) for o in only)]
    report = Report()
    wanted = {m for a in apps for m in a.requires}
    version, st_has = probe_streamlit(wanted)
    runnable = []
    for app in apps:
        missing = [m for m in app.requires if m not in st_has or importlib.util.find_spec(m) is None]
        if missing:
            report.skipped[app.id] = f"needs {', '.join(missing)} (missing on one side)"
        else:
            runnable.append(app)
    workers = int(os.environ.get("PARITY_WORKERS", "2"))
    st = streamlit_results(runnable, version, workers)
    wl = run_side("wasmlit", Path(sys.executable), runnable, workers)
    for app in runnable:
        found = compare(st[app.id], wl[app.id])
        if keep_snapshots:
            report.snapshots[app.id] = (st[app.id], wl[app.id])
        if found is None:
            report.matched.append(app.id)
        else:
            report.mismatched[app.id] = found
    report.seconds = time.monotonic() - started
    return report
