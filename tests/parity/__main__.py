"""``python -m tests.parity [--update] [--quiet] [PREFIX...]``: run the parity harness.

PREFIX limits the run to apps whose id starts with it (e.g. ``widgets/``); ``--update``
rewrites expected.txt from this run (only allowed for a full run).
"""

from __future__ import annotations

import sys

from tests.parity import runner, summary


def main(argv: list[str]) -> int:
    update = "--update" in argv
    quiet = "--quiet" in argv
    only = [a for a in argv if not a.startswith("--")]
    if not runner.streamlit_python().exists():
        print(f"no reference venv at {runner.streamlit_python()}: run `make parity-venv`", file=sys.stderr)
        return 2
    report = runner.run_all(only or None)
    print(summary.format_report(report, verbose=not quiet))
    if update:
        if only:
            print("--update needs a full run (no PREFIX)", file=sys.stderr)
            return 2
        summary.write_expected(report)
        print(f"wrote {runner.EXPECTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
