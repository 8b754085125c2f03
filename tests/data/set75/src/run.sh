#!/bin/sh
# Rebuild set 75 from the markup and check it.
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && env -u PYTHONPATH /work/main/.venv/bin/python check.py
