"""The text check measured on labelled school posts, with the real models.

Two sets: tests/data (296 posts, the development set) and tests/data/holdout (176
posts of another school, written without seeing the detector or the first set).
Each fails below: recall 0.95 on block-level labels, any clean post blocked,
verdict accuracy 0.9. The numbers are printed (pytest -s, or the failure message).
"""

import json

import pytest
from text_eval import DATA, load_posts, score

from clearpost.register.mis_import import parse_pupils, parse_staff
from clearpost.services import Services


@pytest.fixture(scope="module", params=["development", "holdout"])
def measured(request, tmp_path_factory):
    folder = DATA if request.param == "development" else DATA / "holdout"
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


def test_the_set_is_big_enough_and_has_traps_and_evasions():
    posts = load_posts()
    tags = {t for p in posts for t in p["tags"]}
    assert len(posts) >= 150 and {"clean", "trap", "evasion"} <= tags
    assert len(load_posts(DATA / "holdout")) >= 120


def test_recall_on_block_level_data(measured):
    assert measured.block_recall >= 0.95, details(measured)


def test_no_clean_post_is_blocked(measured):
    assert measured.clean_blocked == [], details(measured)


def test_verdict_accuracy(measured):
    assert measured.verdict_accuracy >= 0.9, details(measured)
