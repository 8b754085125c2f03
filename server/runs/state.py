"""What a batch run finished, kept so that an interrupted run can resume (`--resume`).

JSON lines, 0600, in the data folder (they hold thumbnails of faces): a header saying what
the results depend on (register version, settings, account), then one line per photo,
keyed by path + size + mtime. Retention and erasure treat the file as a report.
"""

import hashlib
import json
from pathlib import Path

from .reports import write_private

STATE_VERSION = 1


def state_path(home: Path, folder: Path) -> Path:
    """The run state of one folder, in the data folder (it holds thumbnails of faces)."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
    return Path(home) / "reports" / f"batch-state-{digest}.jsonl"


def read_state(path: Path) -> tuple[dict | None, dict]:
    """(header, rows by path) of an earlier run; (None, {}) when there was none."""
    if not path.exists():
        return None, {}
    header, rows = None, {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            try:
                item = json.loads(line)
            except ValueError:
                continue  # the line being written when the run was stopped
            if number == 0:
                header = item
            elif isinstance(item, dict) and "path" in item:
                rows[item["path"]] = item
    return header, rows


class State:
    """JSON lines: a header (what the results depend on), then one line per photo."""

    def __init__(self, path: Path, header: dict, keep: list[dict]):
        self.path = path
        write_private(path, "".join(json.dumps(x) + "\n" for x in [header, *keep]))
        self._fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed by close()

    def append(self, row: dict) -> None:
        self._fh.write(json.dumps(row) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()
