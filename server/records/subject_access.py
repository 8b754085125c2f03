"""Everything Clearpost holds about one pupil, as a subject access request answer (UK GDPR
Art. 15): the register row, the consent history, the audit entries that name them, the
report rows they appear in and what is known of their face templates.

The pupil is found in the reports as erasure finds them (report_scrub): by the opaque
tag each photo's row carries (`Services.subject_tag`), or by their UPN or full name in
the row. A photo's thumbnail is not copied into the answer (the report holds it; its
path is given); the face templates' bytes never leave the register (128 numbers that
mean nothing to a reader): their count, dates, model and measured quality do.
"""

import csv
import html
import io
import json
import re
from datetime import UTC, datetime

from sqlalchemy import or_, select

from .. import __version__
from ..detect.text.upn import normalise as normalise_upn
from ..register.audit import AuditView
from ..register.forget import TYPED_KEYS, _mentions
from ..register.models import AuditEntry, FalsePositiveReport, Pupil
from ..register.views import _aware
from .report_scrub import (
    ARTICLE_RE,
    ATTR_RE,
    FILE_TAGS_RE,
    _names,
    _tagged,
    pupil_subject,
    report_paths,
)

# Audit actions that change (or record) a pupil's consent: the consent history.
CONSENT_ACTIONS = (
    "pupil.added", "consent.changed", "consent.import_confirmed", "templates.deleted",
)  # fmt: skip
TAG_RE = re.compile(r"<[^>]+>")
EXPORT_VERSION = 1


def _consent_event(entry: AuditView) -> bool:
    if entry.action in CONSENT_ACTIONS:
        return True
    changed = entry.detail.get("changed", {}) if entry.action == "pupil.updated" else {}
    return any(k.startswith("consent_") or k == "pupil_objects_biometric" for k in changed)


def _audit_entries(svc, pupil) -> list[AuditView]:
    """Entries about the pupil, as erasure finds them (store._scrub_log): their UPN as the
    subject or anywhere in the entry, their full name, or one of their names in text
    someone typed (a reason, a note)."""
    names = [n for n in {pupil.forename, pupil.surname, pupil.preferred_forename}
             if n and len(n) >= 2]  # fmt: skip
    with svc.db.session() as session:
        query = (
            select(AuditEntry)
            .where(
                or_(
                    AuditEntry.subject == pupil.upn,
                    AuditEntry.detail.ilike(f"%{pupil.upn}%"),
                    *(AuditEntry.detail.ilike(f"%{n}%") for n in names),
                    *(AuditEntry.detail.ilike(f"%{json.dumps(n)[1:-1]}%") for n in names),
                )
            )
            .order_by(AuditEntry.id)
        )
        entries = [
            AuditView(e.id, e.at, e.actor, e.action, e.subject, json.loads(e.detail or "{}"))
            for e in session.scalars(query)
        ]
    out = []
    for e in entries:
        flat = json.dumps(e.detail, ensure_ascii=False)
        typed = " ".join(v for k, v in e.detail.items() if k in TYPED_KEYS and isinstance(v, str))
        if (
            e.subject == pupil.upn
            or pupil.upn.casefold() in flat.casefold()
            or (len(names) > 1 and sum(_mentions(flat, n) for n in names) >= 2)
            or any(_mentions(typed, n) for n in names)
        ):
            out.append(e)
    return out


def _feedback(svc, pupil) -> list[dict]:
    """ "This is wrong" reports whose typed note names the pupil (as erasure finds them)."""
    names = [n for n in {pupil.forename, pupil.surname, pupil.preferred_forename}
             if n and len(n) >= 2]  # fmt: skip
    with svc.db.session() as session:
        rows = session.scalars(select(FalsePositiveReport).order_by(FalsePositiveReport.id))
        return [
            {"at": _aware(r.at).isoformat(), "from": r.reporter, "rule": r.rule,
             "site": r.site, "note": r.note}
            for r in rows
            if r.note and (pupil.upn in r.note or any(_mentions(r.note, n) for n in names))
        ]  # fmt: skip


# -- the reports, one format each (as report_scrub reads them) -------------------------------


def _html_rows(text: str, subjects) -> list[dict]:
    file_tags = FILE_TAGS_RE.search(text)
    whole = bool(file_tags) and _tagged(file_tags.group(1).split(), subjects)
    rows = []
    for match in ARTICLE_RE.finditer(text):
        article = match.group(0)
        attrs = dict(ATTR_RE.findall(article[: article.index(">")]))
        if whole or _tagged(attrs.get("tags", "").split(), subjects) or _names(article, subjects):
            words = html.unescape(TAG_RE.sub(" ", article))
            rows.append({"verdict": attrs.get("verdict", ""), "text": " ".join(words.split())})
    if not rows and file_tags is None and _names(text, subjects, legacy=True):
        rows.append({"text": "This report (written before reports carried tags) names the pupil."})
    return rows


def _json_rows(text: str, subjects) -> list[dict]:
    body = json.loads(text)
    if not isinstance(body, dict) or "tags" not in body:
        return [{"text": "This report names the pupil."}] if _names(text, subjects, True) else []
    whole = _tagged(body["tags"], subjects)
    return [
        {k: v for k, v in p.items() if k not in ("thumb", "tags")}
        for p in body.get("photos", [])
        if whole or _tagged(p.get("tags", []), subjects) or _names(json.dumps(p), subjects)
    ]


def _csv_rows(text: str, subjects) -> list[dict]:
    table = list(csv.reader(io.StringIO(text)))
    if not table or "tags" not in table[0]:
        return [{"text": "This report names the pupil."}] if _names(text, subjects, True) else []
    at = table[0].index("tags")
    return [
        {k: v for k, v in zip(table[0], row, strict=False) if k != "tags"}
        for row in table[1:]
        if (len(row) > at and _tagged(row[at].split(), subjects)) or _names(" ".join(row), subjects)
    ]


def _state_rows(text: str, subjects) -> list[dict]:
    """A batch's resume state: one JSON line per photo checked."""
    rows = []
    for line in text.splitlines()[1:]:
        if any(s.tag in line for s in subjects) or _names(line, subjects):
            row = json.loads(line)
            rows.append({"path": row.get("path"), "verdict": row.get("verdict")})
    return rows


FORMATS = {".html": _html_rows, ".htm": _html_rows, ".json": _json_rows, ".csv": _csv_rows,
           ".jsonl": _state_rows}  # fmt: skip


def _reports(svc, subject) -> tuple[list[dict], list[dict]]:
    """The reports that show the pupil (path, rows), and those that could not be read."""
    found, unread = [], []
    for path in report_paths(svc):
        read = FORMATS.get(path.suffix.lower())
        if read is None or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            try:
                rows = read(text, [subject])
            except (ValueError, KeyError):  # edited or truncated: judge by names
                rows = [{"text": "This file names the pupil."}] if _names(text, [subject]) else []
        except (OSError, UnicodeDecodeError) as exc:
            unread.append({"path": str(path), "why": getattr(exc, "strerror", None) or str(exc)})
            continue
        if rows:
            modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()
            found.append({"path": str(path), "written_at": modified, "rows": rows})
    return found, unread


def _register_row(svc, upn: str) -> tuple[dict, dict]:
    view = svc.register.pupil(upn)
    with svc.db.session() as session:
        pupil = session.scalar(select(Pupil).where(Pupil.upn == view.upn))
        extra = {
            "added_at": _aware(pupil.created_at).isoformat(),
            "updated_at": _aware(pupil.updated_at).isoformat(),
            "recorded_here_since_last_import": json.loads(pupil.local_consent or "{}"),
            "template_models": [t.model for t in sorted(pupil.templates, key=lambda t: t.id)],
        }
    row = view.to_dict()
    quality = row.pop("template_quality")
    for entry, model in zip(quality, extra.pop("template_models"), strict=False):
        entry["model"] = model
    templates = {
        "count": row.pop("templates"),
        "last_enrolled_at": row.pop("enrolled_at"),
        "stale": row.pop("templates_stale"),
        "only_poor": row.pop("only_poor_templates"),
        "each": quality,
        "note": "Each template is 128 numbers describing the face, encrypted; the photo it "
        "came from is not kept. The numbers themselves are not given here.",
    }
    return row | extra, templates


def export_pupil(svc, upn: str, actor: str) -> dict:
    """The subject access answer for pupil `upn` (NotFound when not in the register); the
    audit log records that it was made, and by whom (after it: not in this answer)."""
    upn = normalise_upn(upn)
    pupil = svc.register.pupil(upn)
    row, templates = _register_row(svc, pupil.upn)
    entries = _audit_entries(svc, pupil)
    reports, unread = _reports(svc, pupil_subject(svc, pupil))
    school = svc.settings.school.get("name") or ""
    svc.register.record(actor, "pupil.exported", pupil.upn, reports=len(reports))
    return {
        "clearpost_subject_access": EXPORT_VERSION,
        "made_at": datetime.now(UTC).isoformat(),
        "made_by": f"Clearpost {__version__}",
        "school": school,
        "pupil": row,
        "consent_history": [e.to_dict() for e in entries if _consent_event(e)],
        "face_templates": templates,
        "audit_entries": [e.to_dict() for e in entries],
        "feedback_notes": _feedback(svc, pupil),
        "reports": reports,
        "reports_not_read": unread,
        "not_included": [
            "Photos of the pupil: the reports listed show thumbnails of them (open each file); "
            "the photos themselves are where the school keeps them.",
            "The face templates' numbers (see face_templates).",
        ],
    }


def export_json(answer: dict) -> str:
    return json.dumps(answer, indent=2, ensure_ascii=False) + "\n"
