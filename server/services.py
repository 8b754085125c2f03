"""Everything a running Clearpost needs, built once: data folder, settings, register, models."""

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from .checks.produced_fixes import ProducedFixes
from .config.paths import data_home, ensure_home, read_or_create_secret, write_private
from .config.settings import Settings
from .db import Database
from .detect.image.faces import shared_engine
from .records.report_files import ReportFiles
from .register.crypto import TemplateCipher, load_key
from .register.marks import Marks
from .register.store import Register
from .serving.staff_tokens import StaffTokens

TOKEN_FILE = "api.token"


def database_url(home: Path) -> str:
    return os.environ.get("CLEARPOST_DATABASE_URL") or f"sqlite:///{home / 'register.db'}"


def _private_file(path: Path) -> None:
    """Create the SQLite file readable by its owner only; SQLite gives its -wal and -shm
    files the same mode."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


class Services:
    """The data folder and what lives in it. Cheap to build: models load on first use."""

    def __init__(self, home: Path | None = None, database_url_: str | None = None):
        self.home = ensure_home(Path(home) if home else data_home())
        self.settings = Settings(self.home / "settings.json")
        url = database_url_ or database_url(self.home)
        if url == database_url(self.home) and url.startswith("sqlite:///"):
            _private_file(Path(url.removeprefix("sqlite:///")))
        self.db = Database(url)
        self.db.migrate()
        key = load_key(self.home)
        self.template_key = key  # for `clearpost backup`
        self.register = Register(self.db, TemplateCipher(key))
        # Tags that mark a pupil's rows in reports: keyed, so a report's tags say nothing
        # to someone without the data folder (a bare hash of a UPN could be guessed).
        self._tag_key = hmac.new(key, b"clearpost report subject tags", hashlib.sha256).digest()
        self.report_files = ReportFiles(self.db)
        self.marks = Marks(self.db)
        self.produced_fixes = ProducedFixes(self.db)
        self.tokens = StaffTokens(self.db)
        self.faces = shared_engine()
        self._checker = None
        self.text_workers = None  # text_workers.TextWorkers: `clearpost serve --workers N`
        # Photo and video checks' threads this many steps below the text checks' priority
        # (`clearpost serve --photo-nice`; checks/thread_priority.py). 0: the same.
        self.photo_nice = 0

    @property
    def checker(self):
        """The post checker; its models load on first use and are shared by every request."""
        if self._checker is None:
            from .checks.post import Checker
            from .detect.text.text_pii import shared_text_detector

            self._checker = Checker(self, shared_text_detector())
        return self._checker

    @property
    def checker_started(self) -> bool:
        """Whether this process has checked anything yet (nothing to forget if not)."""
        return self._checker is not None

    def use_text_workers(self, count: int) -> None:
        """Text checks in `count` worker processes (count >= 2), started now so that their
        models load before the first post; 1: in this process (text_workers.py)."""
        if count > 1:
            from .serving.text_workers import TextWorkers

            self.text_workers = TextWorkers(count)
            self.text_workers.start()

    def subject_tag(self, ref: str) -> str:
        """The opaque tag of a pupil (UPN) or staff member (ref) in the reports."""
        return hmac.new(self._tag_key, ref.encode(), hashlib.sha256).hexdigest()[:20]

    @property
    def token_path(self) -> Path:
        return self.home / TOKEN_FILE

    def api_token(self) -> str:
        """The API token the extension sends; made on first use, kept 0600 in the data folder."""
        return read_or_create_secret(self.token_path)

    def rotate_token(self) -> str:
        token = secrets.token_urlsafe(32)
        write_private(self.token_path, token + "\n")
        return token

    def session_secret(self) -> str:
        return read_or_create_secret(self.home / "session.key")

    def close(self) -> None:
        if self.text_workers is not None:
            self.text_workers.close()
        self.db.dispose()
