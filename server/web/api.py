"""The JSON API (/api/v1/…): what the browser extension and scripts call."""

import hmac
import json
from functools import wraps
from urllib.parse import unquote

from flask import Blueprint, current_app, g, jsonify, request
from werkzeug.exceptions import BadRequest, Unauthorized, UnsupportedMediaType

from .. import __version__
from ..errors import ClearpostError
from ..serving.memory import photo_check_turn
from ..serving.people_names import person_name

bp = Blueprint("api", __name__, url_prefix="/api/v1")

# The two that take a post to check, which may carry a video (a larger body limit).
CHECK_ENDPOINTS = ("api.check", "api.start_check")
# /enrol is how an extension without a token gets one: the one-time code is its credential.
OPEN_ENDPOINTS = {"api.health", "api.enrol", "api.openapi"}


def services():
    return current_app.extensions["clearpost"]


@bp.before_request
def require_token():
    """Every call but /health needs `Authorization: Bearer <token>`: a member of staff's own
    token (`g.staff` is then their name) or the shared one that scripts use."""
    if request.endpoint in OPEN_ENDPOINTS or request.method == "OPTIONS":
        return None
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() == "bearer" and token:
        staff = services().tokens.holder(token)  # RevokedToken: a 401 saying so
        if staff is not None:
            g.actor = f"staff:{staff}"
            return None
        if hmac.compare_digest(token.encode(), services().api_token().encode()):
            g.actor = _named_caller()  # checked before any work: a bad name is a 400
            return None
    raise Unauthorized(
        "Missing or wrong API token. Ask the Clearpost admin for your own token (admin page → "
        "Tokens, or `clearpost tokens issue NAME`) and paste it into the extension's options; "
        "scripts use the shared token that `clearpost token` prints."
    )


def token_user() -> str:
    """Who called, for the audit log: the staff member whose token it is; with the shared
    token, the name the extension sends (X-Clearpost-User), else 'api'. The token's holder
    wins over the header: a header is anyone's to write."""
    return g.actor


def _named_caller() -> str:
    """'api:<the X-Clearpost-User name>' (printable, at most 60 characters), or 'api'."""
    raw = request.headers.get("X-Clearpost-User", "")
    try:
        # HTTP headers are Latin-1: the extension percent-encodes other names
        # ("Siân" -> "Si%C3%A2n").
        name = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise ClearpostError(
            "The X-Clearpost-User header is not percent-encoded UTF-8: send the name as "
            "the extension does (encodeURIComponent)."
        ) from None
    name = person_name(name, "The X-Clearpost-User header (the name in the extension's options)")
    return f"api:{name}" if name else "api"


MAX_JSON_DEPTH = 16  # a check is two levels deep (the object, its list of images)


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list) -> dict:
    # A key sent twice would leave one of its values unchecked: refuse it.
    data = dict(pairs)
    if len(data) != len(pairs):
        seen = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise _DuplicateKey(f"the key {twice!r} appears more than once")
    return data


def _no_constant(name: str):
    # NaN and Infinity are not JSON (RFC 8259), though Python's parser takes them.
    raise ValueError(f"{name} is not a JSON value")


def _check_tree(data) -> None:
    """Bound the nesting and refuse invalid Unicode anywhere, keys included (iteratively:
    the body is outside input and may be as deep as the parser allows)."""
    from ..checks.request import valid_unicode

    stack = [(data, 1, "the body")]
    while stack:
        value, depth, where = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise BadRequest(
                f"The JSON is nested more than {MAX_JSON_DEPTH} levels deep; a Clearpost "
                'request is a flat object, e.g. {"text": "…"}.'
            )
        if isinstance(value, str):
            valid_unicode(value, where)
        elif isinstance(value, dict):
            for key, item in value.items():
                valid_unicode(key, f"a key in {where}")
                stack.append((item, depth + 1, repr(key) if depth == 1 else f"{where}[{key!r}]"))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, f"{where}[{i}]") for i, item in enumerate(value))


def json_body() -> dict:
    """The request's JSON object, or a clear 400/415: never a 500, whatever the bytes."""
    if not request.is_json:
        raise UnsupportedMediaType(
            "Send JSON with the header Content-Type: application/json"
            + (" (or a multipart/form-data form)." if request.endpoint in CHECK_ENDPOINTS else ".")
        )
    try:
        data = json.loads(
            request.get_data(cache=True),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constant,
        )
    except RecursionError:
        raise BadRequest(
            f"The JSON is nested too deeply (the limit is {MAX_JSON_DEPTH} levels); a "
            'Clearpost request is a flat object, e.g. {"text": "…"}.'
        ) from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, _DuplicateKey, huge ints
        raise BadRequest(f"The body is not valid JSON ({exc}).") from None
    _check_tree(data)
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
                "text": "loaded" if svc.checker.text_ready else "loading",
                "faces": "loaded" if svc.faces.ready else "load on first use",
            },
        }
    ), (200 if register_ready else 503)


@bp.get("/openapi.json")
def openapi():
    """This API as OpenAPI 3.1 (server/openapi.py): no token needed, it says nothing about
    the school."""
    from .openapi import document

    return jsonify(document())


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


@bp.post("/enrol")
@with_services
def enrol(svc):
    """{code}: a one-time enrolment code from the admin, exchanged for its holder's own
    token (once). 400 when the code is unknown, used or expired."""
    token, view = svc.tokens.enrol(json_body().get("code"))
    return jsonify({"token": token, "name": view.name}), 201


def _post_to_check():
    """The post in the request body, JSON or multipart/form-data, read or refused whole."""
    from ..checks.request import from_json, from_multipart, multipart_parts

    if request.mimetype == "multipart/form-data":
        # Read the parts ourselves, strictly: Werkzeug's form parser decodes bad UTF-8 with
        # replacement characters and, on a malformed body, returns an empty form.
        parts = multipart_parts(request.get_data(), request.mimetype_params.get("boundary"))
        return from_multipart(parts)
    return from_json(json_body())


@bp.post("/check")
@with_services
def check(svc):
    """Check a post: JSON {text, images (base64), account, site, channel, want_fixes},
    or multipart/form-data with the same fields and image files. Every part is checked,
    or the request is refused naming it."""
    post = _post_to_check()
    with photo_check_turn(bool(post.images)):  # memory.py: ~500 MB each, one at a time
        answer = svc.checker.check(post, token_user())
    return jsonify(answer)


def check_jobs():
    """This process's check jobs (checks/check_jobs.py), made on first use."""
    from ..checks.check_jobs import CheckJobs

    jobs = current_app.extensions.get("clearpost_check_jobs")
    if jobs is None:
        nice = services().photo_nice
        jobs = current_app.extensions.setdefault("clearpost_check_jobs", CheckJobs(nice))
    return jobs


@bp.post("/checks")
@with_services
def start_check(svc):
    """The same post as /check, checked in the background: 202 with the job's id, which
    GET /checks/<id> follows ("Checking video … 40%") until it gives the answer."""
    from ..checks.check_jobs import PROGRESS_EVERY
    from ..detect.images import load_image, pixel_count

    post = _post_to_check()
    videos = svc.checker.validate(post)  # a request that cannot be checked: refused now
    for index, (data, video) in enumerate(zip(post.images, videos, strict=True)):
        if not video and not pixel_count(data):  # not an image (from its header): say why now
            load_image(data, f"images[{index}]")
    actor = token_user()

    def run(progress):
        return svc.checker.check(post, actor, progress=progress, progress_every=PROGRESS_EVERY)

    job = check_jobs().start(
        actor, [i for i, video in enumerate(videos) if video], run,
        turn=lambda: photo_check_turn(bool(post.images)),
    )  # fmt: skip
    return jsonify(job.view()), 202, {"Location": f"{bp.url_prefix}/checks/{job.id}"}


@bp.get("/checks/<job_id>")
def follow_check(job_id):
    """How far a check is {state, done_seconds, total_seconds, percent, frames}; once done,
    its answer in `result` (then the job is forgotten), or the refusal /check would have
    given, with the same status."""
    job = check_jobs().follow(job_id, token_user())
    if job.state == "failed":
        status, error, message = job.error
        return jsonify({**job.view(), "error": error, "message": message}), status
    view = job.view()
    if job.state == "done":
        view["result"] = job.answer
    return jsonify(view)


@bp.delete("/checks/<job_id>")
def cancel_check(job_id):
    """Stop a check (the post changed, its video was removed) and forget it."""
    check_jobs().cancel(job_id, token_user())
    return jsonify({"cancelled": True})


@bp.post("/confirmations")
@with_services
def confirm(svc):
    """The person posts despite a warning: {rules, reason, site, account} goes to the audit log;
    {unchecked: true, reason, site, account, failure, posted_at}: a post sent without a check."""
    from ..records.feedback import record_confirmation

    record_confirmation(svc.db, token_user(), json_body())
    return jsonify({"recorded": True}), 201


@bp.post("/reports")
@with_services
def report(svc):
    """ "This is wrong" on a finding: {rule, kind, score, site, note} - never the content."""
    from ..records.feedback import record_report

    report_id = record_report(svc.db, token_user(), json_body())
    return jsonify({"recorded": True, "id": report_id}), 201
