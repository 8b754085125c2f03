"""The house: every module imports on its own, without loading a model, and the import
graph keeps its layers (no cycles; detect never imports the doors, the runs or the check).

The layers are import-linter contracts in pyproject.toml ([tool.importlinter]); the second
test runs `lint-imports` on them, so `make test` enforces them.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run by alembic only, with its context set up: importing it alone is not meaningful.
NOT_ALONE = {"clearpost.migrations.env"}

# Imported only when a model is loaded: a module that pulls one in at import time is doing
# the work a lazy load should do (ONNX runtimes, dlib, OCR).
MODEL_RUNTIMES = ("dlib", "onnxruntime", "rapidocr_onnxruntime", "torch")
# The doors must also start without the text and image libraries (seconds of start-up).
DOORS = {"clearpost.app", "clearpost.cli"}
DOOR_HEAVY = (*MODEL_RUNTIMES, "spacy", "presidio_analyzer", "cv2")

# One interpreter imports the common libraries, then forks a child per module that imports
# that module alone into a clean `clearpost`: the child sees no module of the package that
# another import loaded first (an import that works only after another fails here), and
# forking is 20x cheaper than a new interpreter per module.
SCRIPT = textwrap.dedent(
    """
    import importlib, json, os, pkgutil, sys
    import click, flask, numpy, PIL.Image, sqlalchemy  # noqa: F401 (shared by every child)
    import clearpost
    names = ["clearpost"] + [
        m.name for m in pkgutil.walk_packages(clearpost.__path__, "clearpost.")
    ]
    for loaded in [k for k in sys.modules if k == "clearpost" or k.startswith("clearpost.")]:
        del sys.modules[loaded]
    skip, heavy, door_heavy, doors = json.loads(sys.argv[1])
    for name in names:
        if name in skip:
            continue
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                importlib.import_module(name)
                watched = door_heavy if name in doors else heavy
                found = [m for m in watched if m in sys.modules]
                out = f"loads {found} at import" if found else "ok"
            except BaseException as exc:
                out = f"fails: {exc!r}"
            os.write(write, out.encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as fh:
            result = fh.read()
        os.waitpid(pid, 0)
        print(json.dumps([name, result]))
    """
)


def test_every_module_imports_alone_without_loading_a_model():
    args = json.dumps([sorted(NOT_ALONE), MODEL_RUNTIMES, DOOR_HEAVY, sorted(DOORS)])
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    results = dict(json.loads(line) for line in done.stdout.splitlines())
    assert len(results) > 100  # the walk found the package, not an empty folder
    assert set(DOORS) <= set(results)
    bad = {name: r for name, r in results.items() if r != "ok"}
    assert not bad


def test_the_import_graph_keeps_its_layers():
    done = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout
    assert "0 broken" in done.stdout
