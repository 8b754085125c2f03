"""Validate set 55: env -u PYTHONPATH /work/main/.venv/bin/python check.py (runs src/check.py)."""
import runpy
import sys
from pathlib import Path

src = Path(__file__).resolve().parent / "src"
sys.path.insert(0, str(src))
runpy.run_path(str(src / "check.py"), run_name="__main__")
