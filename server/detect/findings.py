"""What detectors return: findings (what, where, how sure, about whom). Never a decision."""

from dataclasses import dataclass, field

from ..vocab import FindingKind


@dataclass
class PersonRef:
    kind: str  # a PersonKind
    ref: str | None  # UPN or staff ref; never sent to the client
    display: str


@dataclass
class Finding:
    kind: str  # a FindingKind
    entity: str  # the detector's label, e.g. PUPIL_FULL_NAME, PHONE, FACE
    score: float
    start: int | None = None  # text findings: offsets into the original text
    end: int | None = None
    text: str | None = None
    image: int | None = None  # image findings: index in the request, box in pixels
    box: list[int] | None = None
    people: list[PersonRef] = field(default_factory=list)  # candidates, best first
    detail: dict = field(default_factory=dict)
    # Set by the policy:
    rule: str | None = None
    severity: str | None = None
    reason: str | None = None
    clause: str | None = None

    @property
    def person(self) -> PersonRef | None:
        return self.people[0] if len(self.people) == 1 else None

    @property
    def named(self) -> bool:
        """Whether the person posting may be told who this is. A face is named only on a
        confident match: an uncertain one may be a stranger, and naming a pupil beside a
        stranger's face discloses the pupil (issue 16). The admin finds the candidates in
        the audit log."""
        return self.kind != FindingKind.FACE or self.detail.get("match") == "matched"

    def to_dict(self) -> dict:
        out = {"kind": self.kind, "rule": self.rule, "severity": self.severity}
        if self.start is not None:
            out.update(start=self.start, end=self.end, text=self.text)
        if self.image is not None:
            out.update(image=self.image, box=self.box)
        if "seconds" in self.detail:  # a video's finding: when it is seen, its person's track
            out["seconds"] = self.detail["seconds"]
            if "track" in self.detail:
                out["track"] = self.detail["track"]
        out.update(reason=self.reason, clause=self.clause, score=round(self.score, 2))
        if not self.named:
            return out
        if self.person is not None:
            out["person"] = {"kind": self.person.kind, "display": self.person.display}
        elif self.people:
            out["person"] = {
                "kind": self.people[0].kind,
                "display": " or ".join(p.display for p in self.people[:3])
                + (" or others" if len(self.people) > 3 else ""),
            }
        return out
