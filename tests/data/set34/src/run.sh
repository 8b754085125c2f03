#!/bin/sh
# rebuild and validate: build posts, check (writes photo_named.json), write registers, check again
set -e
cd "$(dirname "$0")"
python3 build.py
env -u PYTHONPATH /work/main/.venv/bin/python check.py > /dev/null || true  # first pass writes photo_named.json
python3 make_register.py
env -u PYTHONPATH /work/main/.venv/bin/python check.py
