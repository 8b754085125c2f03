#!/bin/sh
# Rebuild set 135 and check it (PYTHONPATH unset, project venv).
cd "$(dirname "$0")" || exit 1
PY=/work/main/.venv/bin/python
env -u PYTHONPATH $PY build.py && env -u PYTHONPATH $PY check.py && env -u PYTHONPATH $PY ../../set2/validate.py ..
