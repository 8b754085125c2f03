#!/bin/sh
# Rebuild set 117 and check it (project venv, PYTHONPATH unset).
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py \
 && env -u PYTHONPATH /work/main/.venv/bin/python check.py \
 && env -u PYTHONPATH /work/main/.venv/bin/python ../../set2/validate.py .. --counts
