"""The text check measured on labelled school posts, with the real models.

Four sets (tests/data/README.md, tests/data/set2/CONVENTIONS.md):
- tests/data (296 posts) and tests/data/holdout (176 posts of another school): the first
  sets; each fails below recall 0.95 on block-level labels, any clean post blocked, or
  verdict accuracy 0.9.
- set 2, dev (289 posts) and test (239 posts): two more schools written by two writers who
  never saw the detector. The detector was tuned on dev; test was scored once, at the end of
  that work. Each fails below issue 11's bar: recall on all labels 0.97, every kind 0.9, any
  critical miss (a block due, allow or warn given), more than one clean post in 60 flagged.
The numbers are printed (pytest -s, or the failure message).
"""

import json

import pytest
from text_eval import DATA, load_posts, score

from clearpost.register.mis_import import parse_pupils, parse_staff
from clearpost.services import Services

SETS = {
    "development": DATA,
    "holdout": DATA / "holdout",
    "set2-dev": DATA / "set2" / "dev",
    "set2-test": DATA / "set2" / "test",
}
SET2 = {"set2-dev", "set2-test"}


@pytest.fixture(scope="module", params=list(SETS))
def measured(request, tmp_path_factory):
    folder = SETS[request.param]
    svc = Services(tmp_path_factory.mktemp("data"))
    svc.register.apply_import(parse_pupils((folder / "register_pupils.csv").read_bytes()), "t")
    svc.register.apply_staff_import(parse_staff((folder / "register_staff.csv").read_bytes()), "t")
    svc.settings.update({"school": json.loads((folder / "school.json").read_text())})
    posts = load_posts(folder)
    results = []
    for post in posts:
        # "photo": the post carries a photo with a face (the photo check is tested elsewhere).
        answer = svc.checker.text_verdict(post["text"], post["account"], post["photo"])
        results.append((answer["verdict"], answer["findings"]))
    svc.close()
    result = score(posts, results)
    result.name = request.param
    print("\n" + result.report(f"Clearpost text check, {request.param} set"))
    return result


def details(result) -> str:
    missed = "\n".join(f"    missed {i}: {r} {t!r}" for i, r, t in result.missed)
    wrong = "\n".join(f"    {i}: expected {e}, got {g}" for i, e, g in result.wrong_verdicts)
    flagged = ", ".join(result.clean_flagged)
    return (
        f"{result.report('text check')}\n{missed}\n  wrong verdicts:\n{wrong}\n"
        f"  clean flagged: {flagged}"
    )


def test_the_sets_are_big_enough_and_have_traps_and_evasions():
    posts = load_posts()
    tags = {t for p in posts for t in p["tags"]}
    assert len(posts) >= 150 and {"clean", "trap", "evasion"} <= tags
    assert len(load_posts(DATA / "holdout")) >= 120
    set2 = load_posts(SETS["set2-dev"]) + load_posts(SETS["set2-test"])
    assert len(set2) >= 300 and sum(not p["expected"] for p in set2) >= 80


def test_recall_on_block_level_data(measured):
    assert measured.block_recall >= 0.95, details(measured)


def test_verdict_accuracy(measured):
    assert measured.verdict_accuracy >= 0.9, details(measured)


def test_clean_posts(measured):
    if measured.name in SET2:
        assert len(measured.clean_flagged) <= measured.clean_posts / 60, details(measured)
    else:
        assert measured.clean_blocked == [], details(measured)


def test_set2_recall_on_every_kind_and_no_critical_miss(measured):
    if measured.name not in SET2:
        pytest.skip("the first sets have no kinds; their bar is above")
    assert measured.recall() >= 0.97, details(measured)
    assert all(measured.kind_recall(k) >= 0.9 for k in measured.kinds), details(measured)
    assert measured.critical_misses == [], details(measured)
