"""The reports of a folder run: one self-contained HTML report, JSON and CSV.

The HTML report holds children's faces and names: it is written 0600, embeds its
thumbnails as data: URIs and loads nothing from anywhere (no external CSS, fonts or
scripts), so it can be opened offline and deleted as one file. Every string from a
file name or a finding is escaped.
"""

import csv
import io
import json
import os
from collections import Counter
from datetime import datetime
from html import escape
from pathlib import Path

from ..checks.rules import RULES
from ..vocab import UNCHECKED, Verdict
from .spreadsheet_cells import safe_row
from .thumbnails import AMBER, BLUE, GREEN, RED

VERDICT_WORDS = {
    Verdict.BLOCK: "Do not post as it is",
    Verdict.WARN: "Check before posting",
    Verdict.ALLOW: "OK to post",
    UNCHECKED: "Could not be checked",
}


def report_path(home: Path, kind: str) -> Path:
    """Where a run's report goes unless told otherwise: reports/<kind>-<date and time>.html
    in the data folder, the same name whether the CLI or the admin page ran it."""
    return Path(home) / "reports" / f"{kind}-{datetime.now():%Y%m%d-%H%M%S-%f}.html"


# -- writing files ------------------------------------------------------------------------


def write_private(path: Path, data: str | bytes) -> Path:
    """Write a file only its owner may read (0600): these files show children.

    Whole or not at all: written beside it, then renamed over it. A batch killed while it
    rewrote its resume state had left that file cut short (the earlier run's results lost),
    and a report half written. The temporary file keeps the name's start and suffix
    (`batch-state-….partial-PID.jsonl`), so that a left-over one is still a report to
    retention and erasure."""
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f"{path.stem}.partial-{os.getpid()}{path.suffix}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _finding_words(f: dict) -> str:
    """One finding in plain words: the policy's reason, and who it is when known (in a
    video, with the seconds where they are seen)."""
    words = f.get("reason") or (RULES[f["rule"]].finding if f.get("rule") in RULES else "")
    person = (f.get("person") or {}).get("display")
    if person and person not in words:
        words = f"{person}: {words}"
    if f.get("seconds"):
        start, end = f["seconds"]
        track = f"person {f['track']}, " if f.get("track") else ""
        words = f"{words} ({track}seen {start:.1f}-{end:.1f} s)"
    return words


def _slim(f: dict) -> dict:
    out = {"rule": f.get("rule"), "severity": f.get("severity"), "words": _finding_words(f)}
    if f.get("box"):
        out["box"] = f["box"]
    if (f.get("person") or {}).get("display"):
        out["person"] = f["person"]["display"]
    return out


def rows(results) -> list[dict]:
    """One plain row per photo, for JSON (and the CSV)."""
    out = []
    for r in results:
        row = {"path": r["path"], "verdict": r["verdict"]}
        if r.get("error"):
            row["error"] = r["error"]
        row["rules"] = sorted({f["rule"] for f in r.get("findings", []) if f.get("rule")})
        row["findings"] = [_slim(f) for f in r.get("findings", [])]
        if r.get("seconds"):  # a clip of a find: the spans where the pupil is seen
            row["seconds"] = r["seconds"]
        if r.get("fix"):
            row["fix"] = r["fix"]
        if r.get("sorted_to"):
            row["sorted_to"] = r["sorted_to"]
        row["tags"] = r.get("tags", [])  # who is in it, opaque: erasure finds the row
        out.append(row)
    return out


def summary(results, skipped, labels=VERDICT_WORDS) -> dict:
    """Counts per verdict and, per rule, the number of photos with it."""
    verdicts = Counter(r["verdict"] for r in results)
    by_rule = Counter()
    for r in results:
        for rule in {f["rule"] for f in r.get("findings", []) if f.get("rule")}:
            by_rule[rule] += 1
    return {
        "photos": len(results),
        **{v: verdicts.get(v, 0) for v in labels},
        "skipped": len(skipped),
        "rules": dict(sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def write_json(path: Path, results, skipped, extra=None, labels=VERDICT_WORDS, tags=()) -> Path:
    """`tags`: the report tags of pupils the whole file is about (a find)."""
    body = {**(extra or {}), "summary": summary(results, skipped, labels), "photos": rows(results),
            "skipped": [{"path": p, "why": why} for p, why in skipped],
            "tags": list(tags)}  # fmt: skip
    return write_private(path, json.dumps(body, indent=2, ensure_ascii=False) + "\n")


# tags: who is in the photo, as opaque report tags, so that erasure finds the row.
CSV_COLUMNS = ["path", "verdict", "rules", "findings", "error", "fix", "sorted_to", "tags"]


def write_csv(path: Path, results) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for row in rows(results):
        fix = row.get("fix") or {}
        # File names and messages are outside input: no cell may run as a formula.
        writer.writerow(safe_row([
            row["path"], row["verdict"], ";".join(row["rules"]),
            " | ".join(f["words"] for f in row["findings"]), row.get("error", ""),
            fix.get("status", ""), row.get("sorted_to", ""), " ".join(row["tags"]),
        ]))  # fmt: skip
    return write_private(path, buf.getvalue())


# -- the HTML report ----------------------------------------------------------------------

WARNING = (
    "This report shows children's faces and names. Keep it on the school's systems, do not "
    "e-mail or post it, and delete it when you have finished with it."
)

CSS = """
body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;max-width:1100px}
.warning{background:#fde8e8;border:2px solid #c22;padding:.8em 1em;font-weight:600}
table.summary td,table.summary th{padding:.2em .8em;text-align:left}
.bar button{margin:.2em;padding:.3em .8em;border:1px solid #888;background:#fff;cursor:pointer}
.bar button.on{background:#333;color:#fff}
article{display:flex;gap:1em;border-top:1px solid #ddd;padding:.8em 0}
article img{width:320px;max-width:40vw;height:auto;flex:none;border:1px solid #ccc}
.v{font-weight:700;padding:.1em .5em;border-radius:3px;color:#fff}
.allow .v{background:#1e8c3c}.warn .v{background:#d98a00}.block .v{background:#c22}
.error .v{background:#666}.path{font-family:monospace;word-break:break-all}
li.sev-block{color:#a00}li.sev-warn{color:#8a5a00}
.video{width:320px;max-width:40vw;flex:none}.video figure{display:inline-block;margin:.2em}
.video figure img{width:96px;border:1px solid #ccc}.video figcaption{font-size:12px}
.key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:-.1em}
"""

# Nothing may be loaded from anywhere: the report works offline and leaks nothing.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

JS = """
const list=document.getElementById('photos'),items=[...list.children];
const rank={block:0,error:1,warn:2,allow:3};
document.querySelectorAll('[data-show]').forEach(b=>b.onclick=()=>{
  document.querySelectorAll('[data-show]').forEach(o=>o.classList.toggle('on',o===b));
  items.forEach(a=>a.hidden=!(b.dataset.show==='all'||a.dataset.verdict===b.dataset.show));});
document.querySelectorAll('[data-sort]').forEach(b=>b.onclick=()=>{
  const by=b.dataset.sort;items.sort((x,y)=>by==='verdict'?
    rank[x.dataset.verdict]-rank[y.dataset.verdict]||x.dataset.path.localeCompare(y.dataset.path)
    :x.dataset.path.localeCompare(y.dataset.path)).forEach(a=>list.appendChild(a));});
"""


def _e(value) -> str:
    return escape(str(value), quote=True)


def _photo_html(r: dict, labels: dict) -> str:
    verdict = r["verdict"]
    img = (
        f'<img alt="" src="data:image/jpeg;base64,{r["thumb"]}">' if r.get("thumb") else ""
    )  # the path is not used as alt text: file names can hold children's names twice over
    if r.get("video"):
        img = _video_html(r["video"])
    items, number = [], 0
    for f in r.get("findings", []):
        label = ""
        if f.get("box"):
            number += 1
            label = f"[{number}] "
        items.append(
            f'<li class="sev-{_e(f.get("severity"))}">{_e(label)}{_e(_finding_words(f))} '
            f"<small>({_e(f.get('rule'))}, {_e(f.get('severity'))})</small></li>"
        )
    if r.get("error"):
        items.append(f'<li class="sev-block">{_e(r["error"])}</li>')
    fix = r.get("fix") or {}
    if fix.get("status") == "cleaned":
        items.append(f"<li>Cleaned copy: {_e(fix.get('to', ''))}</li>")
    elif fix.get("status") == "cannot":
        items.append(f"<li>No cleaned copy: {_e('; '.join(fix.get('why', [])))}</li>")
    found = "".join(items) or "<li>Nothing found.</li>"
    rules = " ".join(sorted({f["rule"] for f in r.get("findings", []) if f.get("rule")}))
    # data-tags (who is in it) and data-rules let erasure remove this photo and recount.
    return (
        f'<article class="{_e(verdict)}" data-verdict="{_e(verdict)}" data-path="{_e(r["path"])}"'
        f' data-tags="{_e(" ".join(r.get("tags", [])))}" data-rules="{_e(rules)}">'
        f'{img}<div><div class="path">{_e(r["path"])}</div>'
        f'<p><span class="v">{_e(labels.get(verdict, verdict))}</span></p>'
        f"<ul>{found}</ul></div></article>"
    )


def _video_html(video: dict) -> str:
    """A video's people: each face (its best frame) with the seconds it is seen."""
    faces = "".join(
        f'<figure class="person"><img alt="" src="data:image/jpeg;base64,{_e(p["thumbnail"])}">'
        f"<figcaption>person {_e(p['track'])}: {p['from']:.1f}-{p['to']:.1f} s</figcaption>"
        "</figure>"
        for p in video.get("people", [])
    )
    sound = f"<p>{_e(video['audio_note'])}</p>" if video.get("audio_note") else ""
    return (
        f'<div class="video"><p>Video, {video.get("seconds", 0):.1f} s, '
        f"{_e(video.get('samples', 0))} frames looked at, "
        f"{len(video.get('people', []))} people.</p>{faces or '<p>No face.</p>'}{sound}</div>"
    )


def html_report(results, skipped, title: str, notes=(), labels=VERDICT_WORDS, tags=()) -> str:
    """The whole report as one HTML string; `labels`: each verdict in words, in order;
    `tags`: the report tags of pupils the whole report is about (a find)."""
    s = summary(results, skipped, labels)
    counts = "".join(
        f'<tr><th>{_e(words)}</th><td data-count="{v}">{s[v]}</td></tr>'
        for v, words in labels.items()
    )
    counts += (
        "<tr><th>Other files, not photos (skipped)</th>"
        f'<td data-count="skipped">{s["skipped"]}</td></tr>'
    )
    by_rule = "".join(
        f"<tr><th>{_e(RULES[rule].finding if rule in RULES else rule)}</th>"
        f'<td data-rule="{_e(rule)}">{n}</td></tr>'
        for rule, n in s["rules"].items()
    )
    buttons = "".join(
        f'<button data-show="{_e(v)}"{" class=on" if v == "all" else ""}>{_e(label)}</button>'
        for v, label in (("all", "All"), *labels.items())
    )
    key = "".join(
        f'<span style="background:rgb{c}"></span>{_e(t)}'
        for c, t in ((RED, "pupil without consent, uncertain, or a name"), (AMBER, "unknown face"),
                     (GREEN, "consented pupil or staff"), (BLUE, "school logo or uniform"))
    )  # fmt: skip
    skipped_html = "".join(f"<li><span class=path>{_e(p)}</span>: {_e(why)}</li>"
                           for p, why in skipped)  # fmt: skip
    notes_html = "".join(f"<p>{_e(n)}</p>" for n in notes)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta name="clearpost-tags" content="{_e(" ".join(tags))}">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{_e(title)}</title><style>{CSS}</style></head><body>
<div class="warning" role="alert" id="warning">{_e(WARNING)}</div>
<h1>{_e(title)}</h1>{notes_html}
<section id="summary"><h2>Summary</h2>
<table class="summary"><tbody>{counts}</tbody></table>
<h3>What was found (photos with each)</h3>
<table class="summary" id="rules"><tbody>{by_rule or "<tr><td>Nothing.</td></tr>"}</tbody></table>
</section>
<p class="key">Boxes:{key}</p>
<div class="bar">Show: {buttons} Sort: <button data-sort="verdict">by verdict</button>
<button data-sort="path">by name</button></div>
<div id="photos">{"".join(_photo_html(r, labels) for r in results)}</div>
{f'<h2>Skipped</h2><ul id="skipped">{skipped_html}</ul>' if skipped else ""}
<script>{JS}</script></body></html>
"""


def write_html(path: Path, results, skipped, title: str, notes=(), labels=VERDICT_WORDS,
               tags=()) -> Path:  # fmt: skip
    return write_private(path, html_report(results, skipped, title, notes, labels, tags))
