#!/bin/sh
# Rebuild set 83 from src/ and check it.
cd "$(dirname "$0")/.." || exit 1
env -u PYTHONPATH /work/main/.venv/bin/python src/build.py &&
env -u PYTHONPATH /work/main/.venv/bin/python check.py | tail -1 &&
env -u PYTHONPATH /work/main/.venv/bin/python ../set2/validate.py .
