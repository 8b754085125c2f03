"""Taking an erased pupil out of every report Clearpost wrote (the right to erasure).

Batch and find reports show children's faces (thumbnails) and names. Each photo's row
carries opaque tags of the people found in it (`Services.subject_tag`): erasure removes
every row with the pupil's tag, or that names them (UPN, full name), and recounts what
is left. A report about the pupil alone (a find) is deleted whole, and so is the batch
resume state (any change to the register makes a resume check everything again anyway).
A report written before reports carried tags is deleted whole when it names the pupil.

A file is rewritten in place (its old bytes overwritten, not left in a freed block by a
rename) and a file deleted is overwritten with zeros first. Formats, by suffix: .html,
.json, .csv (what `batch`/`find` write), .jsonl (the resume state).
"""

import csv
import html
import io
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_RE = re.compile(r"<article\b[^>]*>.*?</article>", re.S)
ATTR_RE = re.compile(r'\sdata-(tags|verdict|rules)="([^"]*)"')
FILE_TAGS_RE = re.compile(r'<meta name="clearpost-tags" content="([^"]*)">')
COUNT_RE = re.compile(r'<td data-count="([a-z]+)">\d+</td>')
RULE_ROW_RE = re.compile(r'<tr><th>[^<]*</th><td data-rule="([^"]+)">\d+</td></tr>')
ERASED_NOTE = (
    "{n} photo(s) were taken out of this report when a person's data was erased "
    "(the counts above are of the photos left)."
)


@dataclass
class Subject:
    """Someone being erased, as the reports can show them."""

    tag: str
    # Casefolded text that names them alone: the UPN, the full name (as known).
    needles: tuple[str, ...]
    # Also their short display ("Olivia B. (Year 4)"), which others may share: used
    # only for old reports without tags, which are deleted whole when they match.
    legacy_needles: tuple[str, ...] = ()


def pupil_subject(svc, pupil) -> Subject:
    names = {pupil.upn, f"{pupil.forename} {pupil.surname}", f"{pupil.surname}, {pupil.forename}"}
    if pupil.preferred_forename:
        names.add(f"{pupil.preferred_forename} {pupil.surname}")
    needles = tuple(sorted(n.casefold() for n in names))
    return Subject(svc.subject_tag(pupil.upn), needles, needles + (pupil.display.casefold(),))


def staff_subject(svc, staff) -> Subject:
    needles = (f"{staff.forename} {staff.surname}".casefold(),)
    return Subject(svc.subject_tag(staff.ref), needles, needles + (staff.display.casefold(),))


@dataclass
class Scrubbed:
    rewritten: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    photos_removed: int = 0


def _names(text: str, subjects: list[Subject], legacy: bool = False) -> bool:
    folded = html.unescape(text).casefold()
    return any(n in folded for s in subjects for n in (s.legacy_needles if legacy else s.needles))


def _tagged(tags, subjects: list[Subject]) -> bool:
    return bool(set(tags) & {s.tag for s in subjects})


# -- writing over the old bytes -----------------------------------------------------------


def overwrite(path: Path, data: bytes) -> None:
    """Replace the file's content in place: zeros over the old bytes first, so that the
    old content is not left in blocks the file system freed."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        fh.seek(0)
        fh.write(b"\0" * size)
        fh.flush()
        os.fsync(fh.fileno())
        fh.seek(0)
        fh.truncate()
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def shred(path: Path) -> None:
    overwrite(path, b"")
    path.unlink()


# -- one format each ------------------------------------------------------------------------


def _html(text: str, subjects) -> tuple[str | None, int]:
    """The report without the subjects' photos (None: delete it), and how many went."""
    file_tags = FILE_TAGS_RE.search(text)
    if file_tags is None:  # written before reports carried tags
        return (None, 0) if _names(text, subjects, legacy=True) else (text, 0)
    if _tagged(file_tags.group(1).split(), subjects):
        return None, 0
    removed, verdicts, rules = 0, Counter(), Counter()

    def keep(match: re.Match) -> str:
        nonlocal removed
        article = match.group(0)
        head = article[: article.index(">")]
        attrs = dict(ATTR_RE.findall(head))
        if _tagged(attrs.get("tags", "").split(), subjects) or _names(article, subjects):
            removed += 1
            return ""
        verdicts[attrs.get("verdict", "")] += 1
        rules.update(attrs.get("rules", "").split())
        return article

    text = ARTICLE_RE.sub(keep, text)
    if _names(text, subjects):  # named outside a photo (a title, a note): all of it goes
        return None, 0
    if not removed:
        return text, 0
    text = COUNT_RE.sub(
        lambda m: m.group(0) if m.group(1) == "skipped"
        else f'<td data-count="{m.group(1)}">{verdicts[m.group(1)]}</td>', text
    )  # fmt: skip
    text = RULE_ROW_RE.sub(
        lambda m: re.sub(r">\d+</td>", f">{rules[m.group(1)]}</td>", m.group(0))
        if rules[m.group(1)] else "", text
    )  # fmt: skip
    note = f'<p class="erasure-note">{html.escape(ERASED_NOTE.format(n=removed))}</p>'
    return text.replace("</h1>", "</h1>" + note, 1), removed


def _json(text: str, subjects) -> tuple[str | None, int]:
    body = json.loads(text)
    if not isinstance(body, dict) or "tags" not in body:
        return (None, 0) if _names(text, subjects, legacy=True) else (text, 0)
    if _tagged(body["tags"], subjects):
        return None, 0
    photos = body.get("photos", [])
    kept = [
        p for p in photos
        if not _tagged(p.get("tags", []), subjects) and not _names(json.dumps(p), subjects)
    ]  # fmt: skip
    if _names(json.dumps({k: v for k, v in body.items() if k != "photos"}), subjects):
        return None, 0
    removed = len(photos) - len(kept)
    if not removed:
        return text, 0
    body["photos"] = kept
    old = body.get("summary", {})
    verdicts = Counter(p["verdict"] for p in kept)
    new = {"photos": len(kept)}
    new.update({k: verdicts.get(k, 0) for k in old if k not in ("photos", "skipped", "rules")})
    rules = Counter(r for p in kept for r in p.get("rules", []))
    new.update(skipped=old.get("skipped", 0),
               rules=dict(sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))))  # fmt: skip
    body["summary"] = new
    body["erased"] = ERASED_NOTE.format(n=removed)
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n", removed


def _csv(text: str, subjects) -> tuple[str | None, int]:
    table = list(csv.reader(io.StringIO(text)))
    if not table or "tags" not in table[0]:
        return (None, 0) if _names(text, subjects, legacy=True) else (text, 0)
    at = table[0].index("tags")
    kept = [
        row for row in table[1:]
        if not (len(row) > at and _tagged(row[at].split(), subjects))
        and not _names(" ".join(row), subjects)
    ]  # fmt: skip
    removed = len(table) - 1 - len(kept)
    if not removed:
        return text, 0
    buf = io.StringIO()
    csv.writer(buf).writerows([table[0], *kept])
    return buf.getvalue(), removed


def _state(text: str, subjects) -> tuple[str | None, int]:
    # A resume state is only a cache of a run: any change to the register (an erasure
    # is one) makes --resume check every photo again. Gone whole when it holds them.
    named = _names(text, subjects, legacy=True) or any(s.tag in text for s in subjects)
    return (None, 0) if named else (text, 0)


FORMATS = {".html": _html, ".htm": _html, ".json": _json, ".csv": _csv, ".jsonl": _state}


# -- every report ---------------------------------------------------------------------------


def report_paths(svc) -> list[Path]:
    """Every report Clearpost wrote that still exists: those remembered, and whatever
    lies in the data folder's reports/."""
    paths = set(svc.report_files.paths())
    folder = svc.home / "reports"
    if folder.is_dir():
        paths.update(p.resolve() for p in folder.iterdir() if p.is_file())
    return sorted(paths)


def scrub_reports(svc, subjects: list[Subject]) -> Scrubbed:
    """Take `subjects` out of every report; files gone are forgotten."""
    done, gone = Scrubbed(), []
    for path in report_paths(svc):
        scrub = FORMATS.get(path.suffix.lower())
        if not path.exists():
            gone.append(path)
            continue
        if scrub is None or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            try:
                new, removed = scrub(text, subjects)
            except ValueError:  # not the report we wrote (edited, truncated): judge by names
                new, removed = (None, 0) if _names(text, subjects, legacy=True) else (text, 0)
            if new is None:
                shred(path)
                done.deleted.append(path)
                gone.append(path)
            elif new != text:
                overwrite(path, new.encode("utf-8"))
                done.rewritten.append(path)
                done.photos_removed += removed
        except (OSError, UnicodeDecodeError) as exc:
            done.failed.append((path, getattr(exc, "strerror", None) or str(exc)))
    svc.report_files.drop(gone)
    return done
