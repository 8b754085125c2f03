"""Where Clearpost keeps its data, how files with secrets are written, and which folders
may never be read as photos (the data folder, the whole disk)."""

import os
import secrets
from pathlib import Path

from platformdirs import user_data_dir

from ..errors import ConfigError


def data_home() -> Path:
    """The data folder: CLEARPOST_HOME, else the platform's user data folder."""
    home = os.environ.get("CLEARPOST_HOME") or user_data_dir("clearpost", appauthor=False)
    return Path(home).expanduser().resolve()


def ensure_home(home: Path) -> Path:
    """Create the data folder, readable by its owner only (it holds children's data)."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        os.chmod(home, 0o700)
    except OSError as exc:
        raise ConfigError(
            f"Cannot use the data folder {home}: {exc.strerror}. "
            "Set CLEARPOST_HOME to a folder this user can write."
        ) from exc
    return home


def write_private(path: Path, text: str) -> None:
    """Write a file that only its owner may read (0600), atomically."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def read_or_create_secret(path: Path, make=lambda: secrets.token_urlsafe(32)) -> str:
    """Return the secret kept in `path`, making it (0600) on first use."""
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return value
    value = make()
    write_private(path, value + "\n")
    return value


def folder_problem(folder: Path, home: Path) -> str | None:
    """Why `folder` may never be checked ("/", the data folder or a folder inside it), or None."""
    real = Path(os.path.realpath(folder))
    data = Path(os.path.realpath(home))
    if real == Path(real.anchor):
        return f"{folder} is the whole disk ({real.anchor}): choose the folder of photos."
    if real == data or real.is_relative_to(data):
        return (f"{folder} is Clearpost's data folder, which holds the keys and the register: "
                "choose a folder of photos.")  # fmt: skip
    return None
