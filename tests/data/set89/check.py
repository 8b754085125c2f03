"""Run src/check.py: env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]"""
import runpy, sys
from pathlib import Path
sys.argv[0] = str(Path(__file__).parent / "src" / "check.py")
runpy.run_path(sys.argv[0], run_name="__main__")
