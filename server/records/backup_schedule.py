"""The daily backup the running service writes (settings.json: `backup`), newest N kept.

Once a day, at or after the hour set (the machine's local time), the service writes
`clearpost-YYYY-MM-DD.cpbak` into the backup folder through the same code as
`clearpost backup` (SQLite's online backup API: safe while it serves), then deletes the
oldest of its own daily files beyond `keep`. Only files named as it names them are ever
deleted: a backup made by hand in the same folder stays.

"Today's file exists" is the whole schedule: a service started after the hour (or
restarted, or asleep at the hour) writes the day's backup at its next look, and never a
second one the same day. A failure (folder gone, disk full, passphrase file unreadable)
is logged with what to do and tried again at the next look: it never stops the service.
"""

import logging
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import ClearpostError
from .backup import backup

log = logging.getLogger("clearpost.backup")
DAILY_RE = re.compile(r"^clearpost-(\d{4}-\d{2}-\d{2})\.cpbak$")
# How often the thread looks whether the day's backup is due: the hour is kept to within
# this, and a failed backup is tried again this often (one log line each time).
LOOK_EVERY = 600.0  # seconds
MIN_PASSPHRASE = 10  # as `clearpost backup --passphrase-file`


def daily_name(day) -> str:
    return f"clearpost-{day:%Y-%m-%d}.cpbak"


def daily_files(folder: Path) -> list[Path]:
    """The daily backups in `folder`, newest first (by the date in their name)."""
    found = [p for p in folder.iterdir() if DAILY_RE.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


@dataclass
class Outcome:
    """What one look at the schedule did."""

    written: Path | None = None
    counts: dict = field(default_factory=dict)
    deleted: list[Path] = field(default_factory=list)

    def line(self) -> str:
        if self.written is None:
            return "nothing due"
        c = self.counts
        return (
            f"daily backup written: {self.written} ({c['pupils']} pupils, {c['staff']} staff, "
            f"{c['face_templates']} face templates); {len(self.deleted)} older deleted"
            + "".join(f"\n  deleted {p}" for p in self.deleted)
        )


def _passphrase(setting: str) -> str | None:
    if not setting:
        return None
    try:
        value = Path(setting).read_text(encoding="utf-8").strip("\r\n")
    except OSError as exc:
        raise ClearpostError(
            f"Cannot read the backup passphrase file {setting} ({exc.strerror}): fix "
            "settings.json's backup.passphrase_file or the file's permissions."
        ) from None
    if len(value) < MIN_PASSPHRASE:
        raise ClearpostError(
            f"The backup passphrase in {setting} has fewer than {MIN_PASSPHRASE} characters: "
            "write a longer one."
        )
    return value


def run_due(svc, now: datetime | None = None) -> Outcome:
    """Write today's backup if it is due and not written yet; prune to `keep`. `now`: the
    local time (the thread passes the clock; a test passes the days it wants)."""
    now = now or datetime.now()
    plan = svc.settings.data["backup"]
    if not plan["folder"] or now.hour < plan["hour"]:
        return Outcome()
    folder = Path(plan["folder"])
    target = folder / daily_name(now)
    if target.exists():
        return Outcome()
    if not folder.is_dir():
        raise ClearpostError(
            f"The backup folder {folder} does not exist (or is not a folder): create it, or "
            "change settings.json's backup.folder."
        )
    passphrase = _passphrase(plan["passphrase_file"])
    try:
        manifest = backup(svc, target, include_key=plan["template_key"], passphrase=passphrase)
    except OSError as exc:
        raise ClearpostError(
            f"Cannot write {target} ({exc.strerror}): check the backup folder's free space "
            "and that the service's user may write there."
        ) from None
    outcome = Outcome(target, manifest["counts"])
    for old in daily_files(folder)[plan["keep"] :]:
        old.unlink(missing_ok=True)
        outcome.deleted.append(old)
    svc.register.record("service:backup", "backup.written", None, file=target.name,
                        deleted=len(outcome.deleted), **manifest["counts"])  # fmt: skip
    return outcome


class BackupThread(threading.Thread):
    """Looks at the schedule when the service starts and every `every` seconds after."""

    def __init__(self, svc, every: float = LOOK_EVERY):
        super().__init__(name="backup", daemon=True)
        self.svc = svc
        self.every = every
        self.stopped = threading.Event()
        # The service logs warnings only (serving.configure_logging); these lines are the
        # admin's news.
        log.setLevel(logging.INFO)

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                outcome = run_due(self.svc)
                if outcome.written is not None:
                    log.info("%s", outcome.line())
            except ClearpostError as exc:
                log.error("daily backup failed: %s It is tried again in %.0f minutes.",
                          exc, self.every / 60)  # fmt: skip
            except Exception:  # noqa: BLE001 - logged; the service goes on
                log.exception("daily backup failed; it is tried again in %.0f minutes",
                              self.every / 60)  # fmt: skip
            self.stopped.wait(self.every)

    def stop(self) -> None:
        self.stopped.set()
