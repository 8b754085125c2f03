#!/bin/sh
# build and check set 128 (PYTHONPATH unset, project venv)
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py \
 && env -u PYTHONPATH /work/main/.venv/bin/python check.py "$@" \
 && env -u PYTHONPATH /work/main/.venv/bin/python /work/main/tests/data/set2/validate.py ..
