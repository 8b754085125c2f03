#!/bin/sh
# rebuild set 67 from src/
set -e
cd "$(dirname "$0")"
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY build.py
$PY make_register.py
$PY check.py
$PY /work/main/tests/data/set2/validate.py ..
