"""``python -m tests.parity [--update] [--quiet] [--show] [PREFIX...]``: run the parity harness.

PREFIX limits the run to apps whose id starts with it (e.g. ``widgets/``); ``--update``
rewrites expected.txt from this run (only allowed for a full run); ``--show`` prints both
sides' normalised snapshots of the selected apps (to see a mismatch in full).
"""

from __future__ import annotations

import json
import sys

from tests.parity import runner, summary


def main(argv: list[str]) -> int:
    update = "--update" in argv
    quiet = "--quiet" in argv
    only = [a for a in argv if not a.startswith("--")]
    if not runner.streamlit_python().exists():
        print(f"no reference venv at {runner.streamlit_python()}: run `make parity-venv`", file=sys.stderr)
        return 2
    report = runner.run_all(only or None, keep_snapshots="--show" in argv)
    print(summary.format_report(report, verbose=not quiet))
    for app_id, (st_snaps, w_snaps) in sorted(report.snapshots.items()):
        print(f"\n=== {app_id}")
        for i, (a, b) in enumerate(zip(st_snaps, w_snaps)):
            print(f"--- step {i} streamlit:\n{json.dumps(a, indent=1, sort_keys=True)}")
            print(f"--- step {i} wasmlit:\n{json.dumps(b, indent=1, sort_keys=True)}")
    if update:
        if only:
            print("--update needs a full run (no PREFIX)", file=sys.stderr)
            return 2
        summary.write_expected(report)
        print(f"wrote {runner.EXPECTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
