"""Admin pages for the school's settings, the API token and the audit log."""

import copy

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ...checks.rules import RULES
from ...config.settings import ACCOUNT_KINDS, CHANNELS, SEVERITIES
from ...errors import ConfigError
from ...records.retention import kept
from .common import actor, services
from .forms import SCHOOL_FIELDS, changed_fields, settings_changes

bp = Blueprint("settings", __name__)

AUDIT_LIMIT = 200
AUDIT_MAX = 5000
KNOWN_ACTIONS = (
    "admin.login", "admin.login_failed", "admin.logout", "admin.password_set",
    "consent.changed", "pupil.added", "pupil.updated", "pupil.erased", "pupil.exported",
    "register.import", "retention.applied",
    "staff.added", "staff.updated", "staff.removed", "staff.erased", "staff.import",
    "staff.consent_changed", "template.enrolled", "templates.deleted", "settings.changed",
    "token.rotated", "token.issued", "token.revoked", "token.code_issued", "token.enrolled",
)  # fmt: skip
BLANK_SITE_ROWS = 2


def _settings_page(values: dict, status: int = 200, **extra):
    return render_template(
        "admin/settings.html",
        values=values,
        school_fields=SCHOOL_FIELDS,
        channels=CHANNELS,
        kinds=ACCOUNT_KINDS,
        severities=SEVERITIES,
        rules=RULES,
        blank_site_rows=BLANK_SITE_ROWS,
        kept=kept(services()),
        **extra,
    ), status


@bp.route("/settings", methods=("GET", "POST"))
def settings():
    svc = services()
    current = copy.deepcopy(svc.settings.data)
    if request.method == "GET":
        return _settings_page(current)
    changes: dict = {}
    try:
        changes = settings_changes(request.form, current)
        svc.settings.update(changes)
    except ConfigError as exc:
        # Show the form as the admin filled it in, with why nothing was saved.
        return _settings_page(current | changes, exc.status, error=str(exc))
    fields = changed_fields(current, svc.settings.data)
    if fields:
        svc.register.record(actor(), "settings.changed", None, fields=fields)
        flash(f"Settings saved ({', '.join(f.replace('_', ' ') for f in fields)}).", "ok")
        if "allowed_origins" in fields:
            flash("The allowed origins take effect when the service restarts.", "warn")
    else:
        flash("Nothing changed.", "info")
    return redirect(url_for("admin.settings.settings"))


@bp.route("/settings/token", methods=("POST",))
def rotate_token():
    svc = services()
    token = svc.rotate_token()
    svc.register.record(actor(), "token.rotated")
    # Rendered, never flashed: a flash would put the token in the session cookie.
    return _settings_page(copy.deepcopy(svc.settings.data), new_token=token)


@bp.route("/audit")
def audit():
    action = request.args.get("action", "").strip()[:60]
    try:
        limit = min(max(int(request.args.get("limit", AUDIT_LIMIT)), 1), AUDIT_MAX)
    except ValueError:
        limit = AUDIT_LIMIT
    entries = services().register.audit(limit=limit, action=action or None)
    return render_template(
        "admin/audit.html",
        entries=entries,
        action=action,
        limit=limit,
        actions=KNOWN_ACTIONS,
    )
