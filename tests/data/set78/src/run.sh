#!/bin/sh
# Rebuild set 78 from the marked-up sources and check it.
cd "$(dirname "$0")/.." && env -u PYTHONPATH /work/main/.venv/bin/python src/build.py && env -u PYTHONPATH /work/main/.venv/bin/python check.py
