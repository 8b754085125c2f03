"""Validator for set 67: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import runpy, sys
from pathlib import Path
src = Path(__file__).resolve().parent / "src"
sys.path.insert(0, str(src))
sys.argv = [str(src / "check.py")]
runpy.run_path(str(src / "check.py"), run_name="__main__")
