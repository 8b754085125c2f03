"""Set 60 validator: runs src/check.py (use the project's venv with PYTHONPATH unset)."""
import runpy, sys
from pathlib import Path

sys.argv = [str(Path(__file__).parent / "src" / "check.py")]
runpy.run_path(sys.argv[0], run_name="__main__")
