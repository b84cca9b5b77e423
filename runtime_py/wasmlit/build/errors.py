"""Errors a user can cause. The CLI prints them as one line and exits non-zero."""


class BuildError(Exception):
    """A problem with the user's input or environment, reported without a traceback."""

    exit_code = 1


class UsageError(BuildError):
    """Wrong arguments: missing app file, folder without app.py, bad output dir."""

    exit_code = 2


class AssetError(BuildError):
    """A Pyodide file could not be obtained from any source with the expected sha256."""
