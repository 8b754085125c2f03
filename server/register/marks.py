"""The school's logo and uniform references: add, list, remove (audited, versioned)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..errors import ClearpostError, NotFound
from ..vocab import MARK_KINDS
from . import audit
from .models import SchoolMark

KINDS = MARK_KINDS


@dataclass
class MarkView:
    id: int
    kind: str
    name: str
    created_at: datetime
    preview: bytes

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name,
                "created_at": self.created_at.isoformat()}  # fmt: skip


class Marks:
    """Stored in the register's database, next to the pupils."""

    def __init__(self, db):
        self.db = db

    def add(self, kind: str, name: str, data: bytes, preview: bytes, actor: str) -> MarkView:
        if kind not in KINDS:
            raise ClearpostError(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.")
        with self.db.session() as session:
            mark = SchoolMark(kind=kind, name=name[:120] or kind, data=data, preview=preview)
            session.add(mark)
            session.flush()
            audit.record(session, actor, f"school.{kind}_added", None, id=mark.id, name=mark.name)
            return MarkView(mark.id, kind, mark.name, mark.created_at, preview)

    def views(self, kind: str) -> list[MarkView]:
        with self.db.session() as session:
            rows = session.scalars(
                select(SchoolMark).where(SchoolMark.kind == kind).order_by(SchoolMark.id)
            )
            return [MarkView(m.id, m.kind, m.name, m.created_at, m.preview) for m in rows]

    def references(self, kind: str) -> list[tuple[int, bytes]]:
        with self.db.session() as session:
            rows = session.execute(
                select(SchoolMark.id, SchoolMark.data).where(SchoolMark.kind == kind)
            ).all()
            return [(i, d) for i, d in rows]

    def remove(self, kind: str, mark_id: int, actor: str) -> None:
        with self.db.session() as session:
            mark = session.get(SchoolMark, mark_id)
            if mark is None or mark.kind != kind:
                raise NotFound(
                    f"No {kind} with id {mark_id}: `clearpost school {kind} list` shows the ids."
                )
            session.delete(mark)
            audit.record(session, actor, f"school.{kind}_removed", None, id=mark_id)
