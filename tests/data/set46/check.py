"""Validate set 46: env -u PYTHONPATH /work/main/.venv/bin/python check.py  (runs src/check.py)."""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "src"))
runpy.run_path(os.path.join(here, "src", "check.py"), run_name="__main__")
