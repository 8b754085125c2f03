#!/bin/sh
# Rebuild set 37 from src/: posts, then register (needs photo_pupils.json), then check.
cd "$(dirname "$0")" && PY="env -u PYTHONPATH /work/main/.venv/bin/python" && \
$PY build.py && $PY make_register.py && $PY ../check.py
