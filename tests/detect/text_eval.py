"""Scoring a text checker against the labelled posts in tests/data (used by tests and bench).

A label is found when a finding of the same rule overlaps one of the label's
occurrences in the post, or one of a stricter rule about the same name (STRICTER: a
pupil's forename, alone or with a photo, found as their full name, as when the post also
names a family member by the pupil's surname). Recall is per rule; precision is judged on
clean posts (no finding of warn or block severity there) and by the verdict.
"""

import json
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from clearpost.checks.rules import RULES

DATA = Path(__file__).resolve().parents[1] / "data"
# A finding of these rules finds a label of the key's rule: the same words, judged stricter.
STRICTER = {"text.pupil_forename": {"text.pupil_full_name"},
            "text.pupil_name_with_photo": {"text.pupil_full_name"}}  # fmt: skip


def load_posts(folder: Path = DATA) -> list[dict]:
    lines = (folder / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def services_for(folder: Path, home: Path):
    """Clearpost on the data folder `home`, set up as the labelled set's school would be: its
    register of pupils and staff imported and its school details set (the benches, the
    dataset tests and the model builders check a set's posts through it)."""
    from clearpost.register.mis_import import parse_pupils, parse_staff
    from clearpost.services import Services

    svc = Services(home)
    pupils, staff = (folder / "register_pupils.csv", folder / "register_staff.csv")
    svc.register.apply_import(parse_pupils(pupils.read_bytes()), "labelled set")
    svc.register.apply_staff_import(parse_staff(staff.read_bytes()), "labelled set")
    svc.settings.update({"school": json.loads((folder / "school.json").read_text())})
    return svc


def check_set(folder: Path) -> list[tuple[str, list[dict]]]:
    """Every post of a labelled set checked by Clearpost set up as its school, on a data
    folder of its own: (verdict, findings) per post, in order. A plain function of the set,
    so that the dataset tests can run sets in worker processes side by side."""
    with tempfile.TemporaryDirectory(prefix="clearpost-set-") as home:
        svc = services_for(folder, Path(home))
        try:
            out = []
            for post in load_posts(folder):
                # "photo": the post carries a photo with a face (photos are tested elsewhere).
                answer = svc.checker.text_verdict(post["text"], post["account"], post["photo"])
                out.append((answer["verdict"], answer["findings"]))
            return out
        finally:
            svc.close()


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (i := text.find(needle, start)) != -1:
        out.append((i, i + len(needle)))
        start = i + 1
    return out


def label_spans(text: str, needle: str, labels: list[dict]) -> list[tuple[int, int]]:
    """Where a label's text may be: its occurrences as a whole word, not inside a longer
    label's ("Alf" after "Alfred Mawer ... good luck, Alf!" is the last word, not the start of
    "Alfred"; "Isaac" after a labelled "Isaac Hellier" is the second "Isaac"); every
    occurrence when none is left."""
    spans = occurrences(text, needle)
    whole = [(a, b) for a, b in spans
             if not (a > 0 and text[a - 1].isalnum() and needle[:1].isalnum())
             and not (b < len(text) and text[b].isalnum() and needle[-1:].isalnum())]  # fmt: skip
    longer = [o for other in labels if len(other["text"]) > len(needle) and needle in other["text"]
              for o in occurrences(text, other["text"])]  # fmt: skip
    free = [(a, b) for a, b in whole if not any(x <= a and b <= y for x, y in longer)]
    return free or whole or spans


@dataclass
class Score:
    name: str = ""
    labels: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)  # labels by kind (set 2 labels have one)
    kinds_found: Counter = field(default_factory=Counter)
    block_labels: int = 0
    block_found: int = 0
    verdict_right: int = 0
    posts: int = 0
    clean_posts: int = 0
    clean_blocked: list = field(default_factory=list)
    clean_flagged: list = field(default_factory=list)  # clean posts with a warn/block finding
    missed: list = field(default_factory=list)
    wrong_verdicts: list = field(default_factory=list)

    def recall(self, rule: str | None = None) -> float:
        if rule is None:
            total = sum(self.labels.values())
            return sum(self.found.values()) / total if total else 1.0
        return self.found[rule] / self.labels[rule] if self.labels[rule] else 1.0

    @property
    def block_recall(self) -> float:
        return self.block_found / self.block_labels if self.block_labels else 1.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_right / self.posts

    @property
    def critical_misses(self) -> list:
        """Posts that should be blocked and were allowed or only warned about."""
        return [w for w in self.wrong_verdicts if w[1] == "block"]

    def kind_recall(self, kind: str) -> float:
        return self.kinds_found[kind] / self.kinds[kind] if self.kinds[kind] else 1.0

    def report(self, title: str) -> str:
        lines = [f"{title}: {self.posts} posts"]
        for rule in sorted(self.labels):
            counts = f"({self.found[rule]}/{self.labels[rule]})"
            lines.append(f"  recall {rule:28} {self.recall(rule):6.3f}  {counts}")
        for kind in sorted(self.kinds):
            counts = f"({self.kinds_found[kind]}/{self.kinds[kind]})"
            lines.append(f"  recall, kind {kind:22} {self.kind_recall(kind):6.3f}  {counts}")
        lines.append(f"  recall on all labels               {self.recall():6.3f}")
        lines.append(f"  recall on block-level labels       {self.block_recall:6.3f}")
        lines.append(
            f"  clean posts with a warn/block finding {len(self.clean_flagged)}/{self.clean_posts}"
            f", blocked {len(self.clean_blocked)}"
        )
        lines.append(f"  verdict accuracy                   {self.verdict_accuracy:6.3f}")
        lines.append(f"  critical misses (block due, allow/warn given) {len(self.critical_misses)}")
        return "\n".join(lines)


def score(posts: list[dict], results: list[tuple[str, list[dict]]]) -> Score:
    """`results[i]` = (verdict, findings as dicts with rule, start, end, severity)."""
    s = Score()
    for post, (verdict, findings) in zip(posts, results, strict=True):
        s.posts += 1
        text = post["text"]
        used = set()
        seen_per_text: dict[str, int] = defaultdict(int)
        for label in post["expected"]:
            rule = label["rule"]
            s.labels[rule] += 1
            if label.get("kind"):
                s.kinds[label["kind"]] += 1
            severity = getattr(RULES[rule], post["account"])
            if severity == "block":
                s.block_labels += 1
            spans = label_spans(text, label["text"], post["expected"])
            nth = seen_per_text[label["text"]]
            seen_per_text[label["text"]] += 1
            # The nth label with this text is the nth occurrence (labels list them in order).
            candidates = spans[nth : nth + 1] or spans
            hit = None
            for i, f in enumerate(findings):
                if i in used or f["rule"] != rule and f["rule"] not in STRICTER.get(rule, ()):
                    continue
                if any(f["start"] < b and a < f["end"] for a, b in candidates):
                    hit = i
                    break
            if hit is not None:
                used.add(hit)
                s.found[rule] += 1
                if label.get("kind"):
                    s.kinds_found[label["kind"]] += 1
                if severity == "block":
                    s.block_found += 1
            else:
                s.missed.append((post["id"], rule, label["text"]))
        if verdict == post["verdict"]:
            s.verdict_right += 1
        else:
            s.wrong_verdicts.append((post["id"], post["verdict"], verdict))
        if not post["expected"]:
            s.clean_posts += 1
            if verdict == "block":
                s.clean_blocked.append(post["id"])
            if any(f["severity"] in ("warn", "block") for f in findings):
                s.clean_flagged.append(post["id"])
    return s
