#!/bin/sh
# rebuild and check set 115 (PYTHONPATH unset, project venv)
cd "$(dirname "$0")/.." && env -u PYTHONPATH /work/main/.venv/bin/python src/build.py && env -u PYTHONPATH /work/main/.venv/bin/python src/check.py "$@" && env -u PYTHONPATH /work/main/.venv/bin/python ../set2/validate.py .
