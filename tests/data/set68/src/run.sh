#!/bin/sh
# Rebuild set 68 from src/ and check it.
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && \
env -u PYTHONPATH /work/main/.venv/bin/python check.py && \
env -u PYTHONPATH /work/main/.venv/bin/python /work/main/tests/data/set2/validate.py ..
