"""Set 69 validator: env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]  (runs src/check.py)."""
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
sys.argv[0] = "src/check.py"
runpy.run_path(str(Path(__file__).resolve().parent / "src" / "check.py"), run_name="__main__")
