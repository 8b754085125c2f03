"""Folders and files of photos from outside: which folders may be read, and reading one file.

`clearpost batch`, `clearpost find` and the admin page's Batch read folders that other
people fill. Probing found a symlink named `key.jpg` that copied `template.key` out of
the data folder, a symlink to /dev/zero that grew memory past 2.5 GB, and a named pipe
`fifo.jpg` that hung the run for ever; and the admin page listed /etc and the data
folder. So: the data folder and `/` are never read; the admin page reads only under the
folders the admin set (`batch_roots`); a photo is opened only when it is a regular
file whose real path stays inside the folder being checked, and at most the size limit
+ 1 byte of it is read.
"""

import os
import stat
from pathlib import Path

from ..config.paths import folder_problem
from ..errors import FolderRefused


class FileRefused(OSError):
    """A file in the folder that is not read; str() says why, for the report's row."""


def check_folder(folder: Path, home: Path) -> Path:
    """`folder` resolved, or FolderRefused saying why it may not be read."""
    if problem := folder_problem(folder, home):
        raise FolderRefused(problem)
    return Path(os.path.realpath(folder))


def within_roots(folder: Path, roots: list[str], home: Path) -> Path:
    """`folder` resolved when it lies under one of `roots` (the admin page's allowed
    folders, setting batch_roots), else FolderRefused naming them."""
    real = check_folder(folder, home)
    if not roots:
        raise FolderRefused(
            "No folders are open to the admin page yet: add the folders of photos it may "
            "check under Settings → Batch folders (or run `clearpost batch FOLDER` on the "
            "machine)."
        )
    if not any(real.is_relative_to(os.path.realpath(root)) for root in roots):
        raise FolderRefused(
            f"{folder} is not inside the folders the admin page may check "
            f"({', '.join(roots)}). Choose a folder inside one of them, or add it under "
            "Settings → Batch folders."
        )
    return real


def read_photo(path: Path, root: Path, home: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of the photo at `path` under `root`, and its stat, or FileRefused.

    Only a regular file is read, never a device, a named pipe or a socket (checked on the
    opened file, so a swap after the check changes nothing); a symlink only when its
    target stays inside `root` and outside the data folder `home`; at most `limit` + 1
    bytes are read, whatever the file says its size is."""
    real = Path(os.path.realpath(path))
    root_real = Path(os.path.realpath(root))
    if not real.is_relative_to(root_real):
        raise FileRefused("it is a link to a file outside the folder: not read")
    if real.is_relative_to(os.path.realpath(home)):
        raise FileRefused("it is in Clearpost's data folder: not read")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        # The resolved path: O_NOFOLLOW then refuses a link put in its place since.
        # O_NONBLOCK: opening a named pipe would otherwise wait for a writer for ever.
        fd = os.open(real, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise FileRefused(f"cannot open it ({exc.strerror})") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused("it is not a regular file (a device, a pipe or a socket): not read")
        if st.st_size > limit:
            raise FileRefused(_too_big(st.st_size, limit))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew since fstat
            raise FileRefused(_too_big(size, limit))
        return b"".join(chunks), st
    finally:
        os.close(fd)


def _too_big(size: int, limit: int) -> str:
    return f"the file is {size / 1048576:.0f} MB; the limit is {limit // 1048576} MB"
