#!/bin/sh
# Rebuild set 107 and check it.
cd "$(dirname "$0")/../../../.." || exit 1
env -u PYTHONPATH .venv/bin/python tests/data/set107/src/build.py &&
env -u PYTHONPATH .venv/bin/python tests/data/set107/src/check.py &&
env -u PYTHONPATH .venv/bin/python tests/data/set2/validate.py tests/data/set107
