#!/bin/sh
# Rebuild set 81 from the markup and check it.
cd "$(dirname "$0")/.." && env -u PYTHONPATH /work/main/.venv/bin/python src/build.py -r \
  && env -u PYTHONPATH /work/main/.venv/bin/python check.py
