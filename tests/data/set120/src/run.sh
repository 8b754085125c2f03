#!/bin/sh
# Rebuild set 120 and check it.
set -e
cd "$(dirname "$0")/.."
env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
env -u PYTHONPATH /work/main/.venv/bin/python src/check.py "$@"
env -u PYTHONPATH /work/main/.venv/bin/python ../set2/validate.py .
