#!/bin/sh
# Rebuild set 61: posts, then registers (consent_name_with_photo needs the posts), then check.
set -e
cd "$(dirname "$0")"
PY="env -u PYTHONPATH /work/main/.venv/bin/python"
$PY make_register.py
$PY build.py
$PY make_register.py
$PY check.py
