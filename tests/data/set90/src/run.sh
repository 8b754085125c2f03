#!/bin/sh
# Rebuild set 90 and check it (PYTHONPATH unset, project venv).
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
env -u PYTHONPATH $PY build.py
env -u PYTHONPATH $PY check.py "$@"
env -u PYTHONPATH $PY ../../set2/validate.py .. --counts
