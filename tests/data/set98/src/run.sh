#!/bin/sh
# Rebuild and check set 98 (from the repository root: sh tests/data/set98/src/run.sh)
set -e
PY=/work/main/.venv/bin/python
D=$(dirname "$0")
env -u PYTHONPATH $PY "$D/build.py"
env -u PYTHONPATH $PY "$D/check.py" "$@"
env -u PYTHONPATH $PY "$D/../../set2/validate.py" "$D/.."
