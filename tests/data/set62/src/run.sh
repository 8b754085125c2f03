#!/bin/sh
# Rebuild posts.jsonl, the register CSVs and school.json from src/, then check.
cd "$(dirname "$0")/.." && env -u PYTHONPATH /work/main/.venv/bin/python check.py
