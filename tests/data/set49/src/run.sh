#!/bin/sh
# Rebuild set 49 and check it.
cd "$(dirname "$0")/.." || exit 1
env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
env -u PYTHONPATH /work/main/.venv/bin/python check.py
env -u PYTHONPATH /work/main/.venv/bin/python /work/main/tests/data/set2/validate.py . --counts > src/counts.txt
