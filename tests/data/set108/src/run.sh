#!/bin/sh
# Rebuild and check set 108 (from the repo root or anywhere).
set -e
cd "$(dirname "$0")"
env -u PYTHONPATH /work/main/.venv/bin/python build.py
env -u PYTHONPATH /work/main/.venv/bin/python check.py
env -u PYTHONPATH /work/main/.venv/bin/python ../../set2/validate.py ..
