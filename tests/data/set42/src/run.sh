#!/bin/sh
# rebuild set 42 from src/: posts, register, then check
cd "$(dirname "$0")"
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY build.py && $PY make_register.py && $PY check.py "$@"
