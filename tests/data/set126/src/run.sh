#!/bin/sh
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && env -u PYTHONPATH /work/main/.venv/bin/python check.py "$@"
