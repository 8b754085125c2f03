"""Validator for set 88: env -u PYTHONPATH /work/main/.venv/bin/python check.py  (runs src/check.py)."""
import runpy, sys
from pathlib import Path
sys.argv = [str(Path(__file__).parent / "src" / "check.py")] + sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
