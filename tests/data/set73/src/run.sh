#!/bin/sh
# Rebuild set 73 from src/ and check it.
set -e
cd "$(dirname "$0")"
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY make.py
$PY check.py
$PY /work/main/tests/data/set2/validate.py .. --counts
