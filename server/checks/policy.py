"""The one place that decides: findings + account kind + the school's policy -> verdict.

Detectors say what is in a post; this module says what that means, with the
severities of ../shared/POLICY.md (rules.py) as defaults and the school's
overrides per account kind from its settings file. Pure functions, no I/O.
"""

from dataclasses import dataclass, field

from .. import vocab
from ..detect.findings import Finding
from ..vocab import Account, Channel, FindingKind, PersonKind, Severity
from .rules import RULES

ORDER = {Severity.INFO: 0, Severity.WARN: 1, Severity.BLOCK: 2}

# Detector entity -> rule, for text findings. Forenames and initials depend on whether
# the post carries a photo with a face (POLICY.md text.pupil_name_with_photo).
TEXT_RULES = {
    "PUPIL_FULL_NAME": "text.pupil_full_name",
    "PHONE": "text.contact_details",
    "EMAIL": "text.contact_details",
    "POSTCODE": "text.contact_details",
    "ADDRESS": "text.contact_details",
    "DATE_OF_BIRTH": "text.date_of_birth",
    "UPN": "text.pupil_record",
    "PUPIL_RECORD": "text.pupil_record",
    "OTHER_PERSON": "text.other_person",
}
NAME_ONLY = {"PUPIL_FORENAME", "PUPIL_INITIALS"}

WHAT = {
    "PHONE": "a phone number",
    "EMAIL": "an e-mail address",
    "POSTCODE": "a postcode",
    "ADDRESS": "a home address",
}
# What a pupil-record finding is, by the circumstance detector's category.
CIRCUMSTANCE = {
    "health": "a health, medical, SEN or dietary detail",
    "care": "a detail of care status (fostering, adoption, kinship care, young carer)",
    "family": "a family circumstance (court, contact, who may collect, prison, loss, separation)",
    "safeguarding": "a safeguarding detail (social care, police, child protection)",
    "behaviour": "a behaviour, sanction or exclusion detail",
    "immigration": "an immigration or asylum detail",
    "welfare": "a welfare detail (free school meals, pupil premium, hardship)",
    "religion": "a statement of religion or ethnicity",
}

IMAGE_RULES = {
    "LOGO": "image.school_logo",
    "UNIFORM": "image.school_uniform",
    "METADATA": "image.location_metadata",
}
PUPIL_NAME_ENTITIES = {"PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS"}


@dataclass
class PostContext:
    account: str  # an Account
    channel: str = Channel.SOCIAL_MEDIA  # which consent the post needs
    has_face_photo: bool = False  # a photo in the post shows a face
    # Consent of the people the faces matched, for this channel: (kind, ref) -> bool.
    # For staff: whether they agreed to appear in photos.
    consent: dict = field(default_factory=dict)


@dataclass
class Verdict:
    verdict: str  # allow | warn | block
    findings: list[Finding]


def severity(rule: str, account: str, overrides: dict, consented: bool | None = None) -> str:
    chosen = overrides.get(account, {}).get(rule)
    if chosen:
        return chosen
    if rule == "face.uncertain" and account == Account.OFFICIAL:
        # POLICY.md: treated as that pupil - block without consent, else ask to check.
        return Severity.WARN if consented else Severity.BLOCK
    return getattr(RULES[rule], account)


def rule_for(finding: Finding, post: PostContext) -> str | None:
    if finding.kind == FindingKind.TEXT:
        if finding.entity in NAME_ONLY:
            return "text.pupil_name_with_photo" if post.has_face_photo else "text.pupil_forename"
        return TEXT_RULES.get(finding.entity)
    if finding.kind == FindingKind.IMAGE_TEXT:
        # Words read inside a picture: a pupil's name there is always a finding.
        if finding.entity in PUPIL_NAME_ENTITIES:
            return "image.pupil_name_visible"
        return TEXT_RULES.get(finding.entity)
    if finding.kind == FindingKind.FACE:
        outcome = finding.detail.get("match", "unknown")
        if outcome == "uncertain":
            # Maybe a pupil, maybe a stranger: treated as the pupils it may be. Near staff
            # only, it is a face nobody is sure of, as any unknown face.
            pupils = [p for p in finding.people if p.kind == PersonKind.PUPIL]
            return "face.uncertain" if pupils else "face.unknown"
        person = finding.people[0] if finding.people else None
        if outcome != "matched" or person is None:
            return "face.unknown"
        consented = post.consent.get((person.kind, person.ref), False)
        if person.kind == PersonKind.STAFF:
            return "face.staff_consented" if consented else "face.unknown"
        return "face.consented" if consented else "face.no_consent"
    if finding.kind == FindingKind.METADATA:
        return "image.location_metadata"  # GPS, places, people's names or captions in the file
    return IMAGE_RULES.get(finding.entity)


def reason(finding: Finding, rule: str, post: PostContext) -> str:
    who = finding.person.display if finding.person else None
    if finding.people and not who:
        who = "a pupil named " + (finding.text or "").strip("#")
    match rule:
        case "text.pupil_full_name":
            if finding.detail.get("surname_from"):
                # The forename beside a family member's full name with the same surname.
                return (
                    f"This names {who} beside {finding.detail['surname_from']}, who has the "
                    "pupil's surname: together they give the pupil's full name. Leave out "
                    "the adult's surname or the pupil's name."
                )
            return f"This is the full name of {who}: use the forename only."
        case "text.pupil_name_with_photo":
            return (
                f"This names {who} in a post with a photo: pupils' names or initials must "
                "not go with a photo."
            )
        case "text.pupil_forename":
            if post.account == Account.PERSONAL:
                return f"This names {who}: pupils must not be named on a personal account."
            return f"Forename of {who}: forenames alone are allowed."
        case "text.contact_details":
            what = WHAT.get(finding.entity, "contact details")
            return f"This is {what}: contact details must not be published."
        case "text.date_of_birth":
            return "This is a date of birth: it identifies a child and must not be published."
        case "text.pupil_record":
            if finding.entity == "UPN":
                return "This is a Unique Pupil Number: pupil records must never be published."
            what = CIRCUMSTANCE.get(finding.detail.get("category"), CIRCUMSTANCE["health"])
            if not who and finding.detail.get("child"):
                # A child the post describes without naming: those who know the class or
                # the family know the child.
                return (
                    f"This is {what} about a child the post describes "
                    f'("{finding.detail["child"]}"): without a name, those who know the '
                    "class or the family still know who it is. Never publish it."
                )
            if not who and finding.detail.get("about"):
                # Said of a private adult the post names: a pupil's parent or carer, or
                # someone kept away from a pupil.
                return (
                    f"This is {what} about {finding.detail['about']}, who is named in this "
                    "post: what is said of a pupil's family is said of the pupil. Never "
                    "publish it."
                )
            return f"This is {what} about {who}: never publish it."
        case "text.other_person":
            return (
                "This looks like the full name of someone outside the school: check they "
                "agreed, or use the first name only."
            )
        case "face.no_consent":
            return f"This is {who}, whose parents have not agreed to photos on {_channel(post)}."
        case "face.consented":
            if post.account == Account.PERSONAL:
                return f"This is {who}: pupils must not appear on a personal account."
            return f"This is {who}, who has consent for {_channel(post)}."
        case "face.uncertain":
            # Never a name: the nearest pupil is not surely the one, and a stranger must not
            # be shown as a pupil (the candidates are in the audit log for the admin).
            why = finding.detail.get("unidentifiable")
            maybe = "This may be a registered pupil — check" + (
                f" (the face is {why})" if why else ""
            )
            if post.account == Account.PERSONAL:
                return f"{maybe}: pupils must not appear on a personal account."
            if not _all_consented(finding, post):
                return (
                    f"{maybe}: it may be a pupil without consent for {_channel(post)}. Blur the "
                    "face, or ask the admin who it is."
                )
            return (
                f"{maybe}: make sure who it is and that they have consent for {_channel(post)} "
                "before posting."
            )
        case "face.unknown":
            if finding.detail.get("match") == "matched" and finding.people:
                return f"This looks like {who}, who has not agreed to appear in photos."
            if why := finding.detail.get("unidentifiable"):
                return (
                    f"A face Clearpost cannot identify (it is {why}): make sure this person "
                    "has consent, or blur the face."
                )
            return "This face matches nobody in the register: make sure consent exists, or blur it."
        case "face.staff_consented":
            return f"This is {who}, who agreed to appear."
        case "image.pupil_name_visible":
            return f"The name of {who} can be read in the picture: cover it or crop it out."
        case "image.location_metadata":
            what = finding.detail.get("description") or "identifying metadata"
            return f"The file carries {what}: strip the metadata before posting."
        case "image.school_logo":
            return "The school's logo or badge is in the picture."
        case "image.school_uniform":
            return "Someone in the picture wears the school's uniform."
    return RULES[rule].finding


def _channel(post: PostContext) -> str:
    return post.channel.replace("_", " ")


def _all_consented(finding: Finding, post: PostContext) -> bool:
    """Whether every pupil the face may be has consent: the strictest of the candidates."""
    return all(
        post.consent.get((p.kind, p.ref), False)
        for p in finding.people
        if p.kind == PersonKind.PUPIL
    )


def decide(findings: list[Finding], post: PostContext, overrides: dict | None = None) -> Verdict:
    """Give each finding its rule, severity, reason and clause; the verdict is the highest."""
    overrides = overrides or {}
    decided = []
    for finding in findings:
        rule = rule_for(finding, post)
        if rule is None:
            continue
        finding.rule = rule
        person = finding.people[0] if finding.people else None
        consented = post.consent.get((person.kind, person.ref)) if person else None
        if rule == "face.uncertain":
            consented = _all_consented(finding, post)
        finding.severity = severity(rule, post.account, overrides, consented)
        finding.reason = reason(finding, rule, post)
        finding.clause = RULES[rule].clause
        decided.append(finding)
    top = max((ORDER[f.severity] for f in decided), default=0)
    verdict = {0: vocab.Verdict.ALLOW, 1: vocab.Verdict.WARN, 2: vocab.Verdict.BLOCK}[top]
    return Verdict(verdict, decided)
