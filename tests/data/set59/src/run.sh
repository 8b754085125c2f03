#!/bin/sh
# Rebuild posts.jsonl, the registers and school.json, then check.
cd "$(dirname "$0")/.." || exit 1
env -u PYTHONPATH /work/main/.venv/bin/python src/build.py &&
env -u PYTHONPATH /work/main/.venv/bin/python src/make_register.py &&
env -u PYTHONPATH /work/main/.venv/bin/python check.py
