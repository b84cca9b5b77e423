"""The differential parity run: every corpus app under real Streamlit 1.67 and under wasmlit.

Fails on a regression (an app outside expected.txt no longer matches) and on a stale list (an
app in expected.txt matches now). Skips only when the reference venv is missing; `make test`
creates it (`make parity-venv`).
"""

from __future__ import annotations

import pytest

from tests.parity import runner, summary


def test_corpus_matches_expected_list(pytestconfig: pytest.Config) -> None:
    if not runner.streamlit_python().exists():
        pytest.skip(f"no reference Streamlit venv at {runner.streamlit_python()}: run `make parity-venv`")
    report = runner.run_all()
    pytestconfig._wasmlit_parity_lines = summary.format_report(report, verbose=False).splitlines()  # type: ignore[attr-defined]
    print("\n" + summary.headline(report))
    problems = [f"corpus app fails under real Streamlit (fix the app): {a}: {m.detail}"
                for a, m in sorted(report.mismatched.items()) if m.reason.startswith("corpus:")]
    regressions, fixed, changed = summary.check_expected(report, summary.read_expected())
    problems += [f"regression: {a} [step {report.mismatched[a].step}] {report.mismatched[a].reason}: "
                 f"{report.mismatched[a].detail}" for a in regressions]
    problems += [f"now matches, remove it from expected.txt: {a}" for a in fixed]
    if changed:
        print("reasons changed (not a failure):\n  " + "\n  ".join(changed))
    assert not problems, "\n".join(problems) + f"\n\nIf this is intended, update the list: {summary.UPDATE_COMMAND}"
