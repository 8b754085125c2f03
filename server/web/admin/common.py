"""What every admin page shares: the services, the actor, uploads, the templates' filters."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app, session

from ...errors import ClearpostError
from ...vocab import Channel, YesNo

CHANNEL_LABELS = {
    Channel.SOCIAL_MEDIA: "Social media",
    Channel.WEBSITE: "Website",
    Channel.PRESS: "Press",
    Channel.NAME_WITH_PHOTO: "Name with photo",
    Channel.BIOMETRIC: "Biometric",
}

try:
    # A UK school reads times in UK time; without tz data (some Windows installs) we say UTC.
    LOCAL_TZ, TZ_LABEL = ZoneInfo("Europe/London"), "UK time"
except ZoneInfoNotFoundError:  # pragma: no cover - depends on the machine
    LOCAL_TZ, TZ_LABEL = UTC, "UTC"


def services():
    return current_app.extensions["clearpost"]


def actor() -> str:
    """Who is acting, for the audit log."""
    return f"admin:{session['admin']}"


def uploads(files, field: str) -> list[tuple[str, bytes]]:
    """The (file name, bytes) of the files sent in `field`, without empty file inputs."""
    out = []
    for upload in files.getlist(field):
        if not upload or not upload.filename:
            continue
        out.append((upload.filename[-200:], upload.read()))
    return out


def one_upload(files, field: str, what: str) -> bytes:
    """The bytes of the single file in `field`; ClearpostError when none was chosen."""
    found = uploads(files, field)
    if not found:
        raise ClearpostError(f"Choose the {what} to upload first.")
    name, data = found[0]
    if not data:
        raise ClearpostError(f"{name} is empty (0 bytes): export the {what} again.")
    return data


def checked(form, name: str) -> bool:
    """A checkbox's state: browsers send it only when ticked."""
    return form.get(name) in ("on", "yes", "1", "true")


def time_zone():
    return {"tz_label": TZ_LABEL}


def when(moment: datetime | date | None) -> str:
    if moment is None:
        return ""
    if not isinstance(moment, datetime):
        return moment.strftime("%d %b %Y")
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL_TZ).strftime("%d %b %Y %H:%M")


def plain(value) -> str:
    """A register value as a person reads it: yes/no for booleans, blank for none."""
    if isinstance(value, bool):
        return YesNo.of(value)
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return when(value)
    return str(value)


def field_label(name: str) -> str:
    """'consent_social_media' -> 'Consent: social media'; 'class_name' -> 'Class'."""
    if name == "class_name":
        return "Class"
    if name.startswith("consent_") and name != "consent_date":
        return "Consent: " + CHANNEL_LABELS.get(name[8:], name[8:]).lower()
    return name.replace("_", " ").capitalize()


# Filters every admin template uses (admin/__init__.py registers them with the app).
TEMPLATE_FILTERS = {"when": when, "plain": plain, "field_label": field_label}
