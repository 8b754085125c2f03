"""The audit log: every change to the register, who made it and when.

Entries name pupils by UPN only, and hold no face data; erasing a pupil blanks
the UPN in their entries, leaving an anonymous trace of what was done.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEntry


def record(session: Session, actor: str, action: str, subject: str | None = None, **detail):
    session.add(AuditEntry(actor=actor, action=action, subject=subject, detail=json.dumps(detail)))


@dataclass
class AuditView:
    id: int
    at: datetime
    actor: str
    action: str
    subject: str | None
    detail: dict

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "detail": self.detail,
        }

    @property
    def summary(self) -> str:
        """The detail as one readable line."""
        parts = []
        for key, value in self.detail.items():
            if value in ([], {}, "", None):
                continue
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            elif isinstance(value, dict):
                value = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items())
            parts.append(f"{key.replace('_', ' ')}: {value}")
        return "; ".join(parts)


def entries(
    session: Session, limit: int = 100, action: str | None = None, subject: str | None = None
) -> list[AuditView]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEntry.action == action)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    return [
        AuditView(e.id, e.at, e.actor, e.action, e.subject, json.loads(e.detail or "{}"))
        for e in session.scalars(query)
    ]
