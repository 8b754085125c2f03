"""Set 77 validator: env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]  (runs src/check.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
import check as _check  # noqa: E402  (src/check.py)

sys.exit(_check.main("-v" in sys.argv))
