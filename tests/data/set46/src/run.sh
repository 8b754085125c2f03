#!/bin/sh
# Rebuild posts.jsonl, the registers and school.json from the markup, then check.
cd "$(dirname "$0")" && env -u PYTHONPATH /work/main/.venv/bin/python build.py && cd .. && env -u PYTHONPATH /work/main/.venv/bin/python check.py
