#!/bin/sh
# Rebuild set 70: posts.jsonl, then the CSVs and school.json, then check.
set -e
cd "$(dirname "$0")"
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY build.py
$PY make_register.py
$PY ../check.py
