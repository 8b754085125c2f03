"""Check one part of set 2 (dev or test) against CONVENTIONS.md and tests/data/README.md.

Usage (PYTHONPATH unset, with the project's venv so `clearpost` imports):

    env -u PYTHONPATH /work/main/.venv/bin/python tests/data/set2/validate.py tests/data/set2/dev
    ... validate.py tests/data/set2/dev --counts     # also print the README count tables

Errors (exit status 1):
- a post line is not valid JSON or lacks a field; duplicate ids; unknown account;
- a label with an unknown rule or kind, or a kind that does not go with its rule
  (a `forename` is `text.pupil_name_with_photo` in a photo post, else `text.pupil_forename`);
- a label text occurring in its post fewer times than it is labelled;
- a verdict that is not the highest default severity for the account
  (official: forename info, other_person warn, rest block; personal: forename warn,
  other_person warn, rest block; info or nothing -> allow);
- a UPN (register or `upn` label, spaces/dashes/dots removed, upper-cased) with a bad check letter;
- a CSV that `clearpost.register.mis_import.parse_pupils` / `parse_staff` reports problems in.
Warnings (printed, exit status unaffected): overlapping label spans (nth label = nth occurrence),
`clean` tag not matching "no labels", contact labels equal to the school's own details, and the
spec's minimum counts (posts, clean posts, labels per kind).
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

try:
    from clearpost.register import mis_import
    from clearpost.register import upn as upn_rules
except ImportError:  # pragma: no cover
    sys.exit("cannot import clearpost: run with /work/main/.venv/bin/python and PYTHONPATH unset")

KIND_RULES = {
    "full_name": {"text.pupil_full_name"},
    "forename": {"text.pupil_name_with_photo", "text.pupil_forename"},
    "other_person": {"text.other_person"},
    "email": {"text.contact_details"},
    "phone": {"text.contact_details"},
    "address": {"text.contact_details"},
    "dob": {"text.date_of_birth"},
    "upn": {"text.pupil_record"},
    "health": {"text.pupil_record"},
    "circumstance": {"text.pupil_record"},
}
RULES = set().union(*KIND_RULES.values())
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
FIELDS = ("id", "category", "account", "photo", "text", "expected", "verdict", "tags")
MIN_POSTS, MIN_CLEAN, MIN_KIND, MIN_NAMES = 160, 45, 12, 40


def expected_verdict(account: str, labels: list) -> str:
    worst = None
    for label in labels:
        sev = SEVERITY[account].get(label["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def load_posts(folder: Path, errors: list) -> list:
    posts = []
    for n, line in enumerate((folder / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            post = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"posts.jsonl line {n}: not JSON ({exc})")
            continue
        missing = [f for f in FIELDS if f not in post]
        if missing:
            errors.append(f"posts.jsonl line {n}: missing {missing}")
            continue
        posts.append(post)
    return posts


def check_posts(posts: list, school: dict, errors: list, warnings: list) -> None:
    ids = Counter(p["id"] for p in posts)
    errors += [f"{i}: duplicate id" for i, c in ids.items() if c > 1]
    own = {
        re.sub(r"\W", "", str(school.get(k, ""))).casefold()
        for k in ("phone", "email", "postcode", "address")
    }
    own.discard("")
    for post in posts:
        pid, text, labels = post["id"], post["text"], post["expected"]
        if post["account"] not in SEVERITY:
            errors.append(f"{pid}: unknown account {post['account']!r}")
            continue
        if not isinstance(post["photo"], bool):
            errors.append(f"{pid}: photo must be true/false")
        wanted, spans = Counter(), []
        for label in labels:
            rule, kind, t = label.get("rule"), label.get("kind"), label.get("text", "")
            if rule not in RULES:
                errors.append(f"{pid}: unknown rule {rule!r}")
            if kind not in KIND_RULES:
                errors.append(f"{pid}: unknown kind {kind!r}")
            elif rule not in KIND_RULES[kind]:
                errors.append(f"{pid}: kind {kind} does not go with rule {rule}")
            elif kind == "forename":
                right = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
                if rule != right:
                    errors.append(
                        f"{pid}: forename {t!r} in a {'photo' if post['photo'] else 'text-only'} "
                        f"post should be {right}"
                    )
            if not t:
                errors.append(f"{pid}: empty label text")
                continue
            wanted[t] += 1
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(starts) >= wanted[t]:
                s = starts[wanted[t] - 1]
                for a, b, other in spans:
                    if s < b and a < s + len(t):
                        warnings.append(f"{pid}: label {t!r} overlaps label {other!r}")
                spans.append((s, s + len(t), t))
            if kind == "upn":
                value = re.sub(r"[\s\-.]", "", t).upper()
                reason = upn_rules.problem(value)
                if reason:
                    errors.append(f"{pid}: upn label {t!r}: {reason}")
            if rule == "text.contact_details" and re.sub(r"\W", "", t).casefold() in own:
                warnings.append(f"{pid}: {t!r} is the school's own detail")
        for t, n in wanted.items():
            have = text.count(t) if t else 0
            if have < n:
                errors.append(f"{pid}: {t!r} labelled {n}x but occurs {have}x in the text")
        verdict = expected_verdict(post["account"], [l for l in labels if l.get("rule") in RULES])
        if post["verdict"] != verdict:
            errors.append(f"{pid}: verdict {post['verdict']!r}, expected {verdict!r}")
        if ("clean" in post["tags"]) != (not labels):
            warnings.append(f"{pid}: 'clean' tag {'present' if labels else 'missing'}")


def check_csvs(folder: Path, errors: list) -> tuple:
    pupils = mis_import.parse_pupils((folder / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((folder / "register_staff.csv").read_bytes())
    for name, parsed in (("register_pupils.csv", pupils), ("register_staff.csv", staff)):
        errors += [f"{name}: {p}" for p in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name}: columns not used: {parsed.ignored_columns}")
    return pupils, staff


def table(title: str, head: list, rows: list) -> str:
    out = [f"### {title}", "| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def counts(posts: list) -> str:
    label_rows = lambda key: sorted(
        (
            (
                k,
                sum(1 for p in posts for l in p["expected"] if l.get(key) == k),
                sum(1 for p in posts if any(l.get(key) == k for l in p["expected"])),
            )
            for k in {l.get(key) for p in posts for l in p["expected"]}
        ),
        key=lambda r: r[0],
    )
    verdicts = []
    for acct in ("official", "personal", "all"):
        sel = [p for p in posts if acct == "all" or p["account"] == acct]
        c = Counter(p["verdict"] for p in sel)
        verdicts.append((acct, c["allow"], c["warn"], c["block"], len(sel)))
    tags = Counter(t for p in posts for t in p["tags"])
    cats = Counter(p["category"] for p in posts)
    photo = sum(1 for p in posts if p["photo"])
    clean = sum(1 for p in posts if not p["expected"])
    parts = [
        f"Posts: {len(posts)} ({photo} with photo, {len(posts) - photo} without; "
        f"{sum(1 for p in posts if p['account'] == 'personal')} on a personal account; {clean} clean).",
        table("Rules", ["rule", "labels", "posts"], label_rows("rule")),
        table("Kinds", ["kind", "labels", "posts"], label_rows("kind")),
        table("Verdicts", ["account", "allow", "warn", "block", "total"], verdicts),
        table("Tags", ["tag", "posts"], sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
        table(
            "Categories",
            ["category", "posts"],
            sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])),
        ),
    ]
    return "\n\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--counts", action="store_true", help="print the README count tables")
    args = ap.parse_args()
    folder = args.folder
    errors, warnings = [], []
    school = json.loads((folder / "school.json").read_text(encoding="utf-8"))
    posts = load_posts(folder, errors)
    check_posts(posts, school, errors, warnings)
    pupils, staff = check_csvs(folder, errors)

    kinds = Counter(l.get("kind") for p in posts for l in p["expected"])
    clean = sum(1 for p in posts if not p["expected"])
    if len(posts) < MIN_POSTS:
        warnings.append(f"only {len(posts)} posts (spec: at least {MIN_POSTS})")
    if clean < MIN_CLEAN:
        warnings.append(f"only {clean} clean posts (spec: at least {MIN_CLEAN})")
    for kind in KIND_RULES:
        need = MIN_NAMES if kind in ("full_name", "forename") else MIN_KIND
        if kinds[kind] < need:
            warnings.append(f"only {kinds[kind]} {kind} labels (spec: at least {need})")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(
        f"{folder}: {len(posts)} posts, {clean} clean, "
        f"{sum(len(p['expected']) for p in posts)} labels; {len(pupils.rows)} pupils, "
        f"{len(staff.rows)} staff; {len(errors)} error(s), {len(warnings)} warning(s)"
    )
    if args.counts:
        print()
        print(counts(posts))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
