"""Turning the settings form into the settings file's fields, and back.

Validation stays in settings.py (one place for the rules, whoever edits the
file); this module only reads the form's shape and reports what it cannot read.
"""

from ...checks.rules import RULES
from ...config.settings import ACCOUNT_KINDS, DEFAULTS
from ...errors import ConfigError

SCHOOL_FIELDS = {
    "name": "School name",
    "address": "Address",
    "postcode": "Postcode",
    "phone": "Phone",
    "email": "E-mail",
    "website": "Website",
}
MAX_FIELD = 500


def _text(form, name: str) -> str:
    value = form.get(name, "").strip()
    if len(value) > MAX_FIELD:
        raise ConfigError(f"{name} is longer than {MAX_FIELD} characters.")
    return value


def site_channels(form) -> dict:
    """Rows of (site, channel); a row whose site is blank is dropped (that removes a site)."""
    out = {}
    for site, channel in zip(form.getlist("site"), form.getlist("site_channel"), strict=False):
        site = site.strip().lower()
        if not site:
            continue
        if site in out:
            raise ConfigError(f"The site {site} is listed twice: keep one row for it.")
        out[site] = channel
    return out


def policy_overrides(form, current: dict) -> dict:
    """Per account kind, the rules whose severity differs from the default."""
    out = {}
    for kind in ACCOUNT_KINDS:
        # Overrides of rules this version does not know (a hand edit) are kept as they are.
        kept = {r: s for r, s in current.get(kind, {}).items() if r not in RULES}
        for rule_id, rule in RULES.items():
            severity = form.get(f"override.{kind}.{rule_id}", "")
            if severity and severity != getattr(rule, kind):
                kept[rule_id] = severity
        out[kind] = kept
    return out


def settings_changes(form, current: dict) -> dict:
    """The settings the form asks for, as top-level fields for Settings.update.

    A field whose inputs are absent from the form is left as it is, so that a
    truncated or hand-made request cannot blank a section by omission.
    """
    changes: dict = {}
    if any(f"school.{key}" in form for key in DEFAULTS["school"]):
        changes["school"] = {key: _text(form, f"school.{key}") for key in DEFAULTS["school"]}
    if "site" in form:
        changes["site_channels"] = site_channels(form)
    if any(key.startswith("override.") for key in form):
        changes["policy_overrides"] = policy_overrides(form, current.get("policy_overrides", {}))
    if "allowed_origins" in form:
        origins = [line.strip() for line in form["allowed_origins"].splitlines()]
        changes["allowed_origins"] = [o for o in origins if o]
    if "on_service_down" in form:
        changes["on_service_down"] = form["on_service_down"]
    if "photo_archive" in form:
        changes["photo_archive"] = _text(form, "photo_archive")
    if "batch_roots" in form:
        roots = [line.strip() for line in form["batch_roots"].splitlines()]
        changes["batch_roots"] = [r for r in roots if r]
    if any(f"retention.{kind}" in form for kind in DEFAULTS["retention_days"]):
        changes["retention_days"] = retention_days(form, current.get("retention_days", {}))
    return changes


def retention_days(form, current: dict) -> dict:
    """Days per kind of record; a field left out keeps its value (settings.py checks them)."""
    out = dict(current)
    for kind in DEFAULTS["retention_days"]:
        value = form.get(f"retention.{kind}", "").strip()
        if not value:
            continue
        if not value.isdigit():
            raise ConfigError(
                f"Keep {kind.replace('_', ' ')} for: {value[:20]!r} is not a whole number of days."
            )
        out[kind] = int(value)
    return out


def changed_fields(before: dict, after: dict) -> list[str]:
    return [key for key in after if before.get(key) != after.get(key)]
