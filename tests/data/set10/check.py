"""Validate set 10: run from anywhere with
   env -u PYTHONPATH /work/main/.venv/bin/python check.py
Rebuilds posts.jsonl from src/posts_0*.txt markup, then runs src/check.py (label texts occur at
word boundaries as the nth occurrence, no overlaps, rule/verdict derived as build.py does, UPN
check letters, forename/full-name labels match the register, no repeated health/circumstance
phrase, and both CSVs parse with clearpost.register.mis_import)."""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
os.chdir(os.path.join(here, "src"))
sys.path.insert(0, os.getcwd())
sys.argv = ["build.py"]
runpy.run_path("build.py", run_name="__main__")
runpy.run_path("check.py", run_name="__main__")
