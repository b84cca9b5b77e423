"""The report a person reads, and the checked-in list of apps known not to match.

``expected.txt`` has one line per mismatching app: ``<app id>  <reason>``. The pytest entry
fails when an app outside the list mismatches (a regression) and when a listed app now
matches (the list must stay honest); reasons that changed are shown but do not fail.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from tests.parity.runner import EXPECTED, Report

UPDATE_COMMAND = ".venv/bin/python -m tests.parity --update"


def headline(report: Report) -> str:
    return f"parity: {len(report.matched)} of {report.total} apps match"


def group_reason(reason: str) -> str:
    """``value:markdown`` and ``unsupported:st.map`` stay as they are; they are the groups."""
    return reason


def format_report(report: Report, verbose: bool = True) -> str:
    lines = [headline(report) + f" ({len(report.skipped)} skipped, {report.seconds:.0f} s)"]
    groups: dict[str, list[str]] = defaultdict(list)
    for app_id, found in report.mismatched.items():
        groups[group_reason(found.reason)].append(app_id)
    if groups:
        lines.append("")
        lines.append(f"{'apps':>4}  reason                              examples")
        for reason, ids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            lines.append(f"{len(ids):>4}  {reason:<35} {', '.join(sorted(ids)[:4])}")
    if verbose and report.mismatched:
        lines.append("")
        for app_id in sorted(report.mismatched):
            found = report.mismatched[app_id]
            lines.append(f"  {app_id} [step {found.step}] {found.reason}: {found.detail}")
    for app_id, why in sorted(report.skipped.items()):
        lines.append(f"  skipped {app_id}: {why}")
    return "\n".join(lines)


def read_expected(path: Path = EXPECTED) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            app_id, _, reason = line.partition(" ")
            out[app_id] = reason.strip()
    return out


def write_expected(report: Report, path: Path = EXPECTED) -> None:
    header = ("# Apps of tests/parity/apps known NOT to behave as under real Streamlit 1.67, with the reason.\n"
              f"# Regenerate with: {UPDATE_COMMAND}\n")
    width = max((len(a) for a in report.mismatched), default=0)
    body = "".join(f"{app_id:<{width}}  {report.mismatched[app_id].reason}\n" for app_id in sorted(report.mismatched))
    path.write_text(header + body, encoding="utf-8")


def check_expected(report: Report, expected: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(regressions, now-matching listed apps, listed apps whose reason changed)."""
    regressions = sorted(a for a in report.mismatched if a not in expected)
    fixed = sorted(a for a in expected if a in report.matched)
    changed = sorted(f"{a}: {expected[a]} -> {report.mismatched[a].reason}"
                     for a in report.mismatched if a in expected and expected[a] != report.mismatched[a].reason)
    return regressions, fixed, changed
