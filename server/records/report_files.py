"""Where the reports Clearpost wrote are, so that erasure can find every copy.

A batch or find report (HTML, JSON, CSV) shows children's names and faces and can be
written anywhere (--report, --json, --csv). Each one written is remembered here by its
absolute path (the path, not its content); `clearpost register forget` rewrites each
that still exists. Reports in the data folder's reports/ are found by listing it too.
"""

from pathlib import Path

from sqlalchemy import delete, select

from ..register.models import ReportFile


class ReportFiles:
    """Stored in the register's database."""

    def __init__(self, db):
        self.db = db

    def remember(self, path: Path) -> Path:
        path = Path(path).resolve()
        with self.db.session() as session:
            if session.scalar(select(ReportFile).where(ReportFile.path == str(path))) is None:
                session.add(ReportFile(path=str(path)))
        return path

    def paths(self) -> list[Path]:
        with self.db.session() as session:
            return [Path(p) for p in session.scalars(select(ReportFile.path))]

    def drop(self, paths: list[Path]) -> None:
        """Forget files that are gone (deleted by erasure, or by the user)."""
        if not paths:
            return
        with self.db.session() as session:
            session.execute(delete(ReportFile).where(ReportFile.path.in_([str(p) for p in paths])))
