#!/bin/sh
# Rebuild set 69 from src/: posts, then registers, then check.
cd "$(dirname "$0")" && PY="env -u PYTHONPATH /work/main/.venv/bin/python" && \
$PY build.py && $PY make_register.py && $PY check.py
