#!/bin/sh
# Rebuild set 97 and check it (project venv, PYTHONPATH unset).
set -e
cd "$(dirname "$0")"
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY build.py
$PY check.py "$@"
$PY ../../set2/validate.py ..
