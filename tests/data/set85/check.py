"""Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py  (rebuild first: src/build.py)"""
import os, runpy, sys
sys.argv = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "check.py")]
runpy.run_path(sys.argv[0], run_name="__main__")
