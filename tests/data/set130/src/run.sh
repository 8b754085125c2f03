#!/bin/sh
# rebuild and check set 130 (PYTHONPATH unset, project venv)
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && env -u PYTHONPATH /work/main/.venv/bin/python check.py "$@" && env -u PYTHONPATH /work/main/.venv/bin/python ../../set2/validate.py ..
