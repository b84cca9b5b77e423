"""The rerun engine: sessions, script runs, control flow, the delta cursor.

Boot order inside the worker: ``_platform.pyodide.start`` builds an ``AppSession``
(session.py) → every page batch becomes one run (``AppSession.handle_batch``) →
the run executes the compiled script (script.py, magic.py) inside a ``RunContext``
(context.py) that turns ``st.*`` calls into deltas.
"""
