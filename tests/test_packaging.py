"""The package as pip builds it: every data folder declared, so no setuptools warnings and
nothing the service reads at run time left out of a (non-editable) install."""

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# setuptools' build, as pip runs it, with every warning shown (pip --quiet hid none of them:
# `make install` printed four 40-line "Package would be ignored" warnings).
BUILD = """
import sys, warnings
warnings.simplefilter("always")
from setuptools import build_meta
print(build_meta.build_wheel(sys.argv[1]))
"""


def test_the_wheel_builds_without_warnings_and_holds_every_data_file(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "server", source / "server", ignore=shutil.ignore_patterns("__pycache__")
    )
    dist = tmp_path / "dist"
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(dist)],
        cwd=source, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    # Python's warnings (SetuptoolsWarning and its kin), not distutils' "warning: build_py:
    # byte-compiling is disabled" when PYTHONDONTWRITEBYTECODE is set.
    assert not re.search(r"\w+Warning\b", done.stderr), done.stderr[-3000:]

    wheel = dist / done.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(wheel) as zipped:
        packed = {name for name in zipped.namelist() if name.startswith("clearpost/")}
    wanted = {
        "clearpost/" + path.relative_to(ROOT / "server").as_posix()
        for path in (ROOT / "server").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert wanted - packed == set()
