#!/bin/sh
# rebuild and check set 106 (from the set folder or anywhere)
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && \
env -u PYTHONPATH /work/main/.venv/bin/python check.py "$@" && \
env -u PYTHONPATH /work/main/.venv/bin/python ../../set2/validate.py ..
