"""The platform seam: the only place that knows whether we run in Pyodide or CPython.

``pyodide.py`` is the ONLY module of wasmlit that imports ``js``/``pyodide``; it
is imported by the worker and nowhere else. ``cpython.py`` is its twin for tests
and the headless harness: the same session, with messages kept in memory.
"""
