"""The domain's words, defined once: account kinds, consent channels, verdicts, severities,
yes/no, the kinds of finding and of person.

Each is a StrEnum: a member is the plain string it stands for ("official" == Account.OFFICIAL),
so it goes into JSON, SQL, templates and settings.json unchanged. A value read from
outside is checked against the tuple of members (`value in ACCOUNTS`): Python 3.11's
`value in Account` raises for a plain string. Error messages list the valid choices from
here, so they never drift from what is accepted.
"""

from enum import StrEnum


class Account(StrEnum):
    """Whose account a post goes out on: the policy's rules differ (rules.py)."""

    OFFICIAL = "official"  # the school's own
    PERSONAL = "personal"  # a member of staff's


ACCOUNTS = tuple(Account)


class Channel(StrEnum):
    """What a parent consents to, per pupil (the register's consent columns)."""

    SOCIAL_MEDIA = "social_media"
    WEBSITE = "website"
    PRESS = "press"
    NAME_WITH_PHOTO = "name_with_photo"
    BIOMETRIC = "biometric"


# Where a post can go out: the channels a site posts to (settings' site_channels).
POST_CHANNELS = (Channel.SOCIAL_MEDIA, Channel.WEBSITE, Channel.PRESS)
CONSENT_CHANNELS = tuple(Channel)


class StaffConsent(StrEnum):
    """What a member of staff consents to."""

    PHOTO = "photo"
    BIOMETRIC = "biometric"


STAFF_CONSENTS = tuple(StaffConsent)


class Verdict(StrEnum):
    """The policy's answer for a whole post (the strictest of its findings' severities)."""

    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"


class Severity(StrEnum):
    """What one finding weighs: info is shown, warn asks to check, block stops the post."""

    INFO = "info"
    WARN = "warn"
    BLOCK = "block"


SEVERITIES = tuple(Severity)
# Severities a person must act on (a fix covers them; the cleaned copy blurs them).
ACTED_ON = (Severity.WARN, Severity.BLOCK)


# A photo in a batch that could not be checked: a row's verdict besides the policy's.
UNCHECKED = "error"


class YesNo(StrEnum):
    """How a yes/no answer is written on the command line, in forms and in CSV exports."""

    YES = "yes"
    NO = "no"

    @classmethod
    def of(cls, value: bool) -> "YesNo":
        return cls.YES if value else cls.NO


YES_NO = tuple(YesNo)


class FindingKind(StrEnum):
    """What a detector found (findings.Finding.kind)."""

    TEXT = "text"
    FACE = "face"
    LOGO = "logo"
    UNIFORM = "uniform"
    IMAGE_TEXT = "image_text"  # writing read in a picture
    METADATA = "metadata"  # the photo file's GPS, names, captions


FINDING_KINDS = tuple(FindingKind)


class MarkKind(StrEnum):
    """What the school registers for the photo check to recognise (register/marks.py)."""

    LOGO = "logo"  # the badge
    UNIFORM = "uniform"  # a garment's colours


MARK_KINDS = tuple(MarkKind)


class PersonKind(StrEnum):
    """Who a finding is about (findings.PersonRef.kind)."""

    PUPIL = "pupil"
    STAFF = "staff"
    OTHER = "other"
