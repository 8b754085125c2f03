#!/bin/sh
# rebuild set 84 and check it
cd "$(dirname "$0")/.." && env -u PYTHONPATH /work/main/.venv/bin/python src/build.py && env -u PYTHONPATH /work/main/.venv/bin/python check.py && env -u PYTHONPATH /work/main/.venv/bin/python ../set2/validate.py .
