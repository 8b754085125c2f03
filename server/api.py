"""The JSON API (/api/v1/…): what the browser extension and scripts call."""

import hmac
from functools import wraps
from urllib.parse import unquote

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import Unauthorized

from . import __version__

bp = Blueprint("api", __name__, url_prefix="/api/v1")

OPEN_ENDPOINTS = {"api.health"}


def services():
    return current_app.extensions["clearpost"]


@bp.before_request
def require_token():
    """Every call but /health needs `Authorization: Bearer <token>`."""
    if request.endpoint in OPEN_ENDPOINTS or request.method == "OPTIONS":
        return None
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    expected = services().api_token()
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        token.strip().encode(), expected.encode()
    ):
        raise Unauthorized(
            "Missing or wrong API token. Run `clearpost token` on the Clearpost machine and "
            "paste the token into the extension's options."
        )
    return None


def token_user() -> str:
    """Who called, for the audit log: the name the extension sends, else 'api'."""
    # HTTP headers are Latin-1: the extension percent-encodes other names ("Siân" -> "Si%C3%A2n").
    name = unquote(request.headers.get("X-Clearpost-User", "")).strip()[:60]
    return f"api:{name}" if name else "api"


def json_body() -> dict:
    """The request's JSON object, or a clear 400/415."""
    from werkzeug.exceptions import BadRequest, UnsupportedMediaType

    if not request.is_json:
        raise UnsupportedMediaType("Send JSON with the header Content-Type: application/json.")
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadRequest('The body must be a JSON object, e.g. {"text": "…"}.')
    return data


def with_services(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        return view(services(), *args, **kwargs)

    return wrapper


@bp.get("/health")
@with_services
def health(svc):
    """Liveness and readiness: no token needed, nothing about pupils is said."""
    try:
        svc.register.counts()
        register_ready = True
    except Exception:  # the database is down or locked: say so, do not crash
        register_ready = False
    return jsonify(
        {
            "status": "ok" if register_ready else "degraded",
            "version": __version__,
            "register": "ready" if register_ready else "unavailable",
            "models": {
                "text": "loaded" if svc.checker.text.ready else "loading",
                "faces": "loaded" if svc.faces.ready else "load on first use",
            },
        }
    ), (200 if register_ready else 503)


@bp.get("/school")
@with_services
def school(svc):
    """What the extension shows after "Test connection", and its fail-mode setting."""
    settings = svc.settings.data
    return jsonify(
        {
            "name": settings["school"]["name"] or "(school name not set: see the admin page)",
            "version": __version__,
            "site_channels": settings["site_channels"],
            "on_service_down": settings["on_service_down"],
        }
    )


@bp.get("/register/summary")
@with_services
def register_summary(svc):
    """How many pupils, staff and templates the register holds (no names)."""
    return jsonify(svc.register.counts())


@bp.post("/check")
@with_services
def check(svc):
    """Check a post: JSON {text, images (base64), account, site, channel, want_fixes},
    or multipart/form-data with the same fields and image files."""
    from .check import from_form, from_json

    if request.mimetype == "multipart/form-data":
        post = from_form(request.form, request.files)
    else:
        post = from_json(json_body())
    return jsonify(svc.checker.check(post, token_user()))


@bp.post("/confirmations")
@with_services
def confirm(svc):
    """The person posts despite a warning: {rules, reason, site, account} goes to the audit log;
    {unchecked: true, reason, site, account, failure, posted_at}: a post sent without a check."""
    from .feedback import record_confirmation

    record_confirmation(svc.db, token_user(), json_body())
    return jsonify({"recorded": True}), 201


@bp.post("/reports")
@with_services
def report(svc):
    """ "This is wrong" on a finding: {rule, kind, score, site, note} - never the content."""
    from .feedback import record_report

    report_id = record_report(svc.db, token_user(), json_body())
    return jsonify({"recorded": True, "id": report_id}), 201
