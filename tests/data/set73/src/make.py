"""Build everything: posts.jsonl, then the registers (consent_name_with_photo=no for photo-named pupils)."""
import json, subprocess, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build, register, check_names  # noqa: E402
if build.main():
    sys.exit(1)
register.make_register(check_names.photo_named(HERE.parent / "posts.jsonl"))
