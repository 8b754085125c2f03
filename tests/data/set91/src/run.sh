#!/bin/sh
# rebuild and check set 91
cd "$(dirname "$0")/.." || exit 1
env -u PYTHONPATH /work/main/.venv/bin/python src/build.py && \
env -u PYTHONPATH /work/main/.venv/bin/python src/check.py "$@" && \
env -u PYTHONPATH /work/main/.venv/bin/python ../set2/validate.py .
