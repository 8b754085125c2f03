#!/bin/sh
# Rebuild set 66 from src/ and validate it.
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && \
  env -u PYTHONPATH /work/main/.venv/bin/python ../check.py -q && \
  env -u PYTHONPATH /work/main/.venv/bin/python /work/main/tests/data/set2/validate.py ..
