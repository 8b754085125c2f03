"""The default policy's rules (../shared/POLICY.md): severity per account kind, and the clause.

A school overrides a severity per account kind in its settings; the policy
module applies these. Clauses cite the five school policies POLICY.md draws on.
"""

from dataclasses import dataclass

from ..vocab import Severity

INFO, WARN, BLOCK = Severity.INFO, Severity.WARN, Severity.BLOCK


@dataclass(frozen=True)
class Rule:
    id: str
    finding: str
    official: Severity  # the severity on the school's account (Account.OFFICIAL)
    personal: Severity  # on a member of staff's own
    clause: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("face.no_consent", "Face of a pupil without consent for this channel",
             BLOCK, BLOCK, '001 App.1 (c); 001 §9 "appropriate consent before sharing images"'),
        Rule("face.consented", "Face of a pupil with consent for this channel",
             INFO, BLOCK, "004 App. A (no pupils on personal accounts)"),
        Rule("face.uncertain", "Face close to a pupil but not surely them",
             WARN, BLOCK, "as face.no_consent"),
        Rule("face.unknown", "Face that matches nobody in the register",
             WARN, BLOCK, "001 App.1 (c): staff must be sure consent exists"),
        Rule("face.staff_consented", "Face of a staff member who agreed to appear",
             INFO, INFO, "—"),
        Rule("text.pupil_full_name", "A pupil's full name",
             BLOCK, BLOCK, "001 App.1 (d)"),
        Rule("text.pupil_name_with_photo", "A pupil's name or initials with a photo of a face",
             BLOCK, BLOCK, "001 App.1 (c)"),
        Rule("text.pupil_forename", "A pupil's forename or initials alone, text-only post",
             INFO, WARN, "001 App.1 (d) allows forenames"),
        Rule("text.contact_details", "Phone number, e-mail, home address or postcode",
             BLOCK, BLOCK, "002 (home address, phone); 003 §3.2; 000 §11"),
        Rule("text.date_of_birth", "A date of birth or birthday",
             BLOCK, BLOCK, "003 §3.2 person-identifiable"),
        Rule("text.pupil_record", "UPN, health, allergy, SEN/EHCP, medication or safeguarding",
             BLOCK, BLOCK, "004 §8.6; 003 §3.2, §5.4"),
        Rule("text.other_person", "Full name of a private individual not in the register",
             WARN, WARN, "000 §11 (personal information)"),
        Rule("image.pupil_name_visible", "A pupil's name readable inside an image",
             BLOCK, BLOCK, "001 App.1 (c), (d)"),
        Rule("image.location_metadata", "GPS position or identifying metadata in an image",
             WARN, WARN, '001 §7 "being aware of location sharing"'),
        Rule("image.school_logo", "The school's logo or badge",
             INFO, WARN, "002 (logo/badge without permission); 003 A.3.5"),
        Rule("image.school_uniform", "Pupils or adults in the school's uniform",
             INFO, WARN, "002 (photos of clothing with the school badge)"),
    )
}  # fmt: skip


def default_severity(rule_id: str, account: str) -> str:
    return getattr(RULES[rule_id], account)
