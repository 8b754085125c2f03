"""Validator for set 70: env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]"""
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
sys.argv[0] = str(Path(__file__).resolve().parent / "src" / "check.py")
runpy.run_path(sys.argv[0], run_name="__main__")
