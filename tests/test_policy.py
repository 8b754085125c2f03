"""The policy: every rule's default severity per account kind (POLICY.md), overrides, verdicts."""

import pytest

from clearpost.checks.policy import PostContext, decide
from clearpost.detect.findings import Finding, PersonRef

OLIVIA = PersonRef("pupil", "L801200015001", "Olivia B. (Year 4)")
HUGHES = PersonRef("staff", "sarah hughes", "Mrs Hughes")


def text(entity):
    return Finding("text", entity, 0.9, 0, 5, "xxxxx", people=[OLIVIA])


def face(match, person=OLIVIA):
    return Finding("face", "FACE", 0.9, image=0, box=[0, 0, 10, 10],
                   people=[person] if person else [], detail={"match": match})  # fmt: skip


def image(entity, kind="image"):
    return Finding(kind, entity, 0.9, image=0, box=[0, 0, 10, 10], people=[OLIVIA])


# (finding, has face photo, consent of Olivia, rule, official, personal) - POLICY.md's table.
TABLE = [
    (lambda: face("matched"), True, False, "face.no_consent", "block", "block"),
    (lambda: face("matched"), True, True, "face.consented", "info", "block"),
    (lambda: face("uncertain"), True, False, "face.uncertain", "block", "block"),
    (lambda: face("uncertain"), True, True, "face.uncertain", "warn", "block"),
    (lambda: face("unknown", None), True, False, "face.unknown", "warn", "block"),
    (lambda: text("PUPIL_FULL_NAME"), False, True, "text.pupil_full_name", "block", "block"),
    (lambda: text("PUPIL_FORENAME"), True, True, "text.pupil_name_with_photo", "block", "block"),
    (lambda: text("PUPIL_INITIALS"), True, True, "text.pupil_name_with_photo", "block", "block"),
    (lambda: text("PUPIL_FORENAME"), False, True, "text.pupil_forename", "info", "warn"),
    (lambda: text("PHONE"), False, True, "text.contact_details", "block", "block"),
    (lambda: text("EMAIL"), False, True, "text.contact_details", "block", "block"),
    (lambda: text("POSTCODE"), False, True, "text.contact_details", "block", "block"),
    (lambda: text("ADDRESS"), False, True, "text.contact_details", "block", "block"),
    (lambda: text("DATE_OF_BIRTH"), False, True, "text.date_of_birth", "block", "block"),
    (lambda: text("UPN"), False, True, "text.pupil_record", "block", "block"),
    (lambda: text("PUPIL_RECORD"), False, True, "text.pupil_record", "block", "block"),
    (lambda: text("OTHER_PERSON"), False, True, "text.other_person", "warn", "warn"),
    (lambda: image("PUPIL_FORENAME", "image_text"), False, True, "image.pupil_name_visible",
     "block", "block"),
    (lambda: image("METADATA", "metadata"), False, True, "image.location_metadata", "warn",
     "warn"),
    (lambda: image("LOGO", "logo"), False, True, "image.school_logo", "info", "warn"),
    (lambda: image("UNIFORM", "uniform"), False, True, "image.school_uniform", "info", "warn"),
]  # fmt: skip


@pytest.mark.parametrize("account", ["official", "personal"])
@pytest.mark.parametrize("make, photo, consent, rule, official, personal", TABLE)
def test_default_rules(make, photo, consent, rule, official, personal, account):
    post = PostContext(account, has_face_photo=photo,
                       consent={("pupil", OLIVIA.ref): consent})  # fmt: skip
    verdict = decide([make()], post)
    [finding] = verdict.findings
    assert finding.rule == rule
    assert finding.severity == (official if account == "official" else personal)
    assert finding.clause and finding.reason
    expected = {"info": "allow", "warn": "warn", "block": "block"}[finding.severity]
    assert verdict.verdict == expected


def test_staff_faces_need_their_consent():
    post = PostContext("official", consent={("staff", HUGHES.ref): True})
    assert decide([face("matched", HUGHES)], post).findings[0].rule == "face.staff_consented"
    post = PostContext("official", consent={("staff", HUGHES.ref): False})
    finding = decide([face("matched", HUGHES)], post).findings[0]
    assert finding.rule == "face.unknown" and "not agreed" in finding.reason


TOM = PersonRef("pupil", "L801200015002", "Tom H. (Year 4)")


@pytest.mark.parametrize("tom_consents, severity", [(False, "block"), (True, "warn")])
def test_an_uncertain_face_takes_the_strictest_consent_and_names_nobody(tom_consents, severity):
    # Nearest Olivia (consent), then Tom: the face may be either.
    finding = Finding("face", "FACE", 0.9, image=0, box=[0, 0, 10, 10], people=[OLIVIA, TOM],
                      detail={"match": "uncertain"})  # fmt: skip
    consent = {("pupil", OLIVIA.ref): True, ("pupil", TOM.ref): tom_consents}
    [f] = decide([finding], PostContext("official", consent=consent)).findings
    assert (f.rule, f.severity) == ("face.uncertain", severity)
    shown = f.to_dict()
    assert (
        "person" not in shown and "Olivia" not in shown["reason"] and "Tom" not in shown["reason"]
    )


def test_overrides_change_severity_per_account():
    post = PostContext("official")
    overrides = {"official": {"text.other_person": "block"}, "personal": {}}
    assert decide([text("OTHER_PERSON")], post, overrides).verdict == "block"
    assert decide([text("OTHER_PERSON")], PostContext("personal"), overrides).verdict == "warn"


def test_the_verdict_is_the_highest_severity():
    post = PostContext("official", has_face_photo=False)
    findings = [text("PUPIL_FORENAME"), text("OTHER_PERSON"), text("PHONE")]
    assert decide(findings, post).verdict == "block"
    assert decide(findings[:2], post).verdict == "warn"
    assert decide(findings[:1], post).verdict == "allow"
    assert decide([], post).verdict == "allow"


def test_a_circumstance_said_of_a_named_adult_blocks_and_says_of_whom():
    """The text detector ties a family's circumstance to the private adult a post names
    ("Gareth Hughes ... on bail"): no pupil in the finding, the adult in its reason."""
    finding = Finding("text", "PUPIL_RECORD", 0.85, 40, 47, "on bail",
                      detail={"category": "safeguarding", "about": "Gareth Hughes"})  # fmt: skip
    verdict = decide([finding], PostContext("official", has_face_photo=False, consent={}))
    assert verdict.verdict == "block"
    assert "Gareth Hughes" in verdict.findings[0].reason
    assert "safeguarding" in verdict.findings[0].reason


def test_the_reason_for_an_unnamed_child_says_which_child():
    """A circumstance about a child the post describes without a name ("a little boy in
    Year 2 has a severe peanut allergy") blocks, and the reason quotes the description."""
    finding = Finding("text", "PUPIL_RECORD", 0.7, 0, 30, "has a severe peanut allergy",
                      detail={"category": "health", "child": "a little boy in Year 2"})  # fmt: skip
    verdict = decide([finding], PostContext("official", has_face_photo=False, consent={}))
    assert verdict.verdict == "block"
    assert '"a little boy in Year 2"' in verdict.findings[0].reason


def test_a_forename_beside_a_family_members_surname_blocks_as_a_full_name():
    """ "Justyna Nowak, Zuzia's mum": the forename with the family's surname in the post is
    the pupil's full name; the reason names the adult whose surname tells it."""
    finding = Finding("text", "PUPIL_FULL_NAME", 0.85, 20, 25, "Zuzia", people=[OLIVIA],
                      detail={"surname_from": "Justyna Nowak"})  # fmt: skip
    verdict = decide([finding], PostContext("official", has_face_photo=False, consent={}))
    assert verdict.verdict == "block"
    assert "Justyna Nowak" in verdict.findings[0].reason
    assert "surname" in verdict.findings[0].reason
