#!/bin/sh
# Rebuild set 114 and check it (PYTHONPATH unset, project venv).
cd "$(dirname "$0")/.." || exit 1
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY src/build.py && $PY src/check.py "$@" && $PY ../set2/validate.py .
