"""What an MIS import would change in the register: rows added, updated, unchanged,
leavers, and the consents recorded here that the file may not relax silently (conflicts).

Pure comparison: register/imports.py applies a plan in one transaction.
"""

import json
from dataclasses import dataclass, field

from ..detect.text.upn import normalise as normalise_upn
from ..vocab import YesNo
from .mis_rows import RowProblem
from .models import CONSENT_CHANNELS, Pupil, utcnow

# Fields an import may set that a school records as consent, and which value of each is
# the relaxed one (consent given; the pupil no longer objecting).
CONSENT_FIELDS = {f"consent_{ch}": True for ch in CONSENT_CHANNELS} | {
    "pupil_objects_biometric": False
}


def channel_of(field_name: str) -> str:
    """'consent_social_media' -> 'social_media' (the name the CLI and the page use)."""
    return field_name.removeprefix("consent_")


@dataclass
class ConsentConflict:
    """The file would relax a consent recorded here since the last import that agreed:
    kept as it is unless the admin confirms this one (`key`)."""

    line: int
    upn: str
    name: str
    field: str
    here: bool  # the register's value, recorded on the admin page or the CLI
    file: bool
    at: str  # when it was recorded here (ISO)
    by: str

    @property
    def channel(self) -> str:
        return channel_of(self.field)

    @property
    def key(self) -> str:
        return f"{self.upn}:{self.channel}"

    def __str__(self) -> str:
        return (
            f"line {self.line}, {self.upn} {self.name}: {self.channel} is "
            f"{_yes_no(self.here)} here (recorded {self.at[:16].replace('T', ' ')} by "
            f"{self.by}), the file says {_yes_no(self.file)}"
        )

    def to_dict(self) -> dict:
        return {"line": self.line, "upn": self.upn, "name": self.name, "channel": self.channel,
                "here": _yes_no(self.here), "file": _yes_no(self.file), "recorded_at": self.at,
                "recorded_by": self.by, "key": self.key}  # fmt: skip


def _local(pupil: Pupil) -> dict:
    return json.loads(pupil.local_consent or "{}")


def _relaxes(field_name: str, old, new) -> bool:
    relaxed = CONSENT_FIELDS.get(field_name)
    return relaxed is not None and bool(new) == relaxed and bool(old) != relaxed


@dataclass
class ImportPlan:
    """What an import would do (or did): the admin sees this before applying."""

    added: list = field(default_factory=list)
    updated: list = field(default_factory=list)  # (row, {field: (old, new)})
    unchanged: int = 0
    leavers: list = field(default_factory=list)  # PupilView / StaffView
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # erasure refs of leavers removed
    # Consent the file would relax that was recorded here since: kept, unless accepted.
    conflicts: list[ConsentConflict] = field(default_factory=list)
    accepted: list[ConsentConflict] = field(default_factory=list)
    # (UPN, field): consent recorded here that the file now agrees with (mark cleared).
    settled: list[tuple[str, str]] = field(default_factory=list)
    applied: bool = False

    def to_dict(self) -> dict:
        return {
            "added": [r.fields() | {"key": _key(r)} for r in self.added],
            "updated": [
                {"key": _key(r), "changes": {k: [str(a), str(b)] for k, (a, b) in ch.items()}}
                for r, ch in self.updated
            ],
            "unchanged": self.unchanged,
            "leavers": [v.to_dict() for v in self.leavers],
            "problems": [{"line": p.line, "reason": p.reason} for p in self.problems],
            "notes": self.notes,
            "removed": self.removed,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "accepted": [c.to_dict() for c in self.accepted],
            "applied": self.applied,
        }


def _key(row) -> str:
    return getattr(row, "upn", None) or row.ref


def _compare(plan: ImportPlan, rows, existing: dict) -> None:
    """Sort the file's rows into added, updated (with what changes) and unchanged."""
    for row in rows:
        current = existing.get(_key(row))
        if current is None:
            plan.added.append(row)
        elif changes := _changes(current, row.fields()):
            plan.updated.append((row, changes))
        else:
            plan.unchanged += 1


def _changes(obj, fields: dict) -> dict:
    return {k: (getattr(obj, k), v) for k, v in fields.items() if getattr(obj, k) != v}


def _mark(pupil: Pupil, field_name: str, value: bool, actor: str) -> None:
    """Remember a consent recorded here: the next import may not relax it silently."""
    local = _local(pupil)
    local[field_name] = {"value": value, "at": utcnow().isoformat(), "by": actor}
    pupil.local_consent = json.dumps(local, sort_keys=True)


def _unmark(pupil: Pupil, field_names) -> None:
    local = _local(pupil)
    if any(f in local for f in field_names):
        pupil.local_consent = json.dumps(
            {k: v for k, v in local.items() if k not in field_names}, sort_keys=True
        )


def _accept_key(text: str) -> str:
    """'a123…:Social_Media' -> 'A123…:social_media', as ConsentConflict.key."""
    upn, _, channel = text.strip().partition(":")
    return f"{normalise_upn(upn)}:{channel.strip().lower()}"


def _hold_local_consent(plan: ImportPlan, rows, existing: dict, accept: set[str]) -> None:
    """Take out of `plan.updated` each change that would relax a consent recorded here
    since the last import (a parent's withdrawal is their latest word, and the MIS may
    not have it yet): a conflict for the admin to confirm, unless already accepted."""
    updated = []
    for row, changes in plan.updated:
        local = _local(existing[row.upn])
        for name in [n for n in changes if n in local]:
            old, new = changes[name]
            if not _relaxes(name, old, new):
                continue
            conflict = ConsentConflict(
                row.line, row.upn, f"{row.forename} {row.surname}", name, bool(old), bool(new),
                local[name].get("at", ""), local[name].get("by", ""),
            )  # fmt: skip
            if conflict.key in accept:
                plan.accepted.append(conflict)
            else:
                plan.conflicts.append(conflict)
                del changes[name]
        if changes:
            updated.append((row, changes))
        else:
            plan.unchanged += 1
    plan.updated = updated
    for row in rows:
        pupil = existing.get(row.upn)
        if pupil is None:
            continue
        fields = row.fields()
        for name in _local(pupil):
            if name in fields and fields[name] == getattr(pupil, name):
                plan.settled.append((row.upn, name))  # the MIS caught up with it
    known = {c.key for c in plan.accepted}
    for key in sorted(accept - known):
        plan.notes.append(f"{key} was to be accepted, but the file raises no such conflict.")


def _yes_no(value: bool) -> str:
    return YesNo.of(value)


def _plain(value):
    if isinstance(value, bool):
        return _yes_no(value)
    return str(value) if value is not None else ""


def _consent_of(pupil: Pupil) -> dict:
    return {ch: _yes_no(bool(getattr(pupil, f"consent_{ch}"))) for ch in CONSENT_CHANNELS}
