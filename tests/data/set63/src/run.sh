#!/bin/sh
# Rebuild set 63 and check it.
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && cd .. && env -u PYTHONPATH /work/main/.venv/bin/python check.py
