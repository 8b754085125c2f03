#!/bin/sh
# Rebuild and check set 103 (PYTHONPATH unset, project venv).
cd "$(dirname "$0")/.." || exit 1
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY src/build.py && $PY src/check.py "$@" && $PY ../set2/validate.py . --counts
