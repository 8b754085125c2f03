import runpy, sys
from pathlib import Path
sys.exit(runpy.run_path(str(Path(__file__).resolve().parent / "src" / "check.py"), run_name="not_main")["main"]())
