#!/usr/bin/env python3
"""wasmlit command line: `python build.py build APP --out DIR`, `serve APP`, `assets`.

Thin entry: the logic lives in runtime_py/wasmlit/build/ (see `make venv`).
"""

import sys
from pathlib import Path

try:
    from wasmlit.build.cli import main
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent / "runtime_py"))
    from wasmlit.build.cli import main

if __name__ == "__main__":
    sys.exit(main())
