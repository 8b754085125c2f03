#!/bin/sh
# rebuild set 41 from src/
cd "$(dirname "$0")" && PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY build.py && $PY make_register.py && $PY ../check.py
