"""The corrected photos Clearpost made, remembered by hash, so that its own fix passes.

A blurred face can still look like a face to the detector (small faces in a group
photo), so the corrected copy, checked again, would be warned about as an unknown face.
We keep the SHA-256 of each copy we hand out with the boxes we blurred and covered: when
exactly those bytes come back, the faces and writing inside those boxes are resolved.
Any other change to the copy makes it a new photo, checked in full.
"""

import hashlib
import json
from datetime import timedelta

from sqlalchemy import delete, select

from ..register.models import ProducedFix, utcnow
from ..vocab import FindingKind

KEPT_FOR = timedelta(days=180)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _as_json(boxes) -> str:
    return json.dumps([[int(v) for v in box] for box in boxes])


def _inside(box, areas) -> bool:
    """Whether the centre of `box` lies in one of `areas` (all [x, y, w, h])."""
    if not box:
        return False
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    return any(x <= cx <= x + w and y <= cy <= y + h for x, y, w, h in areas)


class ProducedFixes:
    """Stored in the register's database."""

    def __init__(self, db):
        self.db = db

    def remember(self, data: bytes, blurred: list, covered: list) -> None:
        key = sha256(data)
        with self.db.session() as session:
            session.execute(delete(ProducedFix).where(ProducedFix.created_at < utcnow() - KEPT_FOR))
            if session.get(ProducedFix, key) is None:
                session.add(ProducedFix(sha256=key, blurred=_as_json(blurred),
                                        covered=_as_json(covered)))  # fmt: skip

    def lookup(self, data: bytes) -> tuple[list, list] | None:
        with self.db.session() as session:
            fix = session.scalar(select(ProducedFix).where(ProducedFix.sha256 == sha256(data)))
            return (json.loads(fix.blurred), json.loads(fix.covered)) if fix else None

    def resolved(self, findings: list, images: list[bytes]) -> list:
        """`findings` without the faces and writing that Clearpost itself blurred or covered
        in a photo that is exactly a copy it made."""
        known = {i: self.lookup(data) for i, data in enumerate(images)}
        known = {i: areas for i, areas in known.items() if areas}
        if not known:
            return findings
        kept = []
        for f in findings:
            areas = known.get(f.image)
            if areas and f.kind == FindingKind.FACE and _inside(f.box, areas[0]):
                continue
            if areas and f.kind == FindingKind.IMAGE_TEXT and _inside(f.box, areas[1]):
                continue
            kept.append(f)
        return kept
