"""The JSON API as OpenAPI 3.1, served at /api/v1/openapi.json.

Built from a dict so the enumerations (account kinds, channels, rules, feedback kinds) are
the code's own and cannot drift. tests/test_openapi.py fails when a route of the API
blueprint is not documented here (or documented but gone), and tests/test_api_fuzz.py
runs schemathesis from this document against a real `clearpost serve`.
"""

from .. import __version__
from .openapi_schemas import (
    AUTH_ERRORS,
    BODY_ERRORS,
    CANCELLED,
    CHECK_FORM,
    CHECK_JOB,
    CHECK_JSON,
    CHECK_RESULT,
    COMMON_ERRORS,
    CONFIRMATION,
    COUNTS,
    HEALTH,
    RECORDED,
    REPORT,
    REPORTED,
    SCHOOL,
    _error,
    _json,
    _ok,
)


def _op(summary: str, responses: dict, *, public=False, body=None, errors=()) -> dict:
    op = {
        "summary": summary,
        "operationId": summary.split(":")[0].strip().lower().replace(" ", "_"),
        "responses": {**responses, **COMMON_ERRORS, **({} if public else AUTH_ERRORS)},
    }
    for extra in errors:
        op["responses"].update(extra)
    if public:
        op["security"] = []  # no token needed
    else:
        op["parameters"] = [{"$ref": "#/components/parameters/ClearpostUser"}]
    if body is not None:
        op["requestBody"] = {"required": True, "content": body}
    return op


def _with_job_id(op: dict) -> dict:
    op["parameters"] = [
        *op.get("parameters", []),
        {
            "name": "job_id",
            "in": "path",
            "required": True,
            "description": "The `id` that POST /api/v1/checks answered.",
            "schema": {"type": "string", "maxLength": 100},
        },
    ]
    return op


# What a check refuses that the body's shape does not show: a video of a kind not read
# (415), past the size or length limits (413).
CHECK_REFUSALS = {
    "415": _error(
        "Not JSON or a form; a video of a kind not read (AVI, MPEG…) or coded in a way not "
        "read; or an animated image."
    ),
    "413": _error("Past a size limit: the body, a photo's pixels, or a video's size or length."),
}
BUSY = {"429": _error("Too many checks running or waiting to be collected: try again soon.")}
NO_JOB = {
    "404": _error("No such check for this token: collected, cancelled, forgotten, or never was.")
}


# (path, method) → operation: one entry per route of the `api` blueprint.
PATHS = {
    "/api/v1/health": {
        "get": _op(
            "Health: liveness and readiness (no token, nothing about pupils)",
            {
                "200": _ok("Ready.", HEALTH),
                "503": _ok("The register's database cannot be read.", HEALTH),
            },
            public=True,
        )
    },
    "/api/v1/openapi.json": {
        "get": _op(
            "OpenAPI: this document", {"200": _ok("OpenAPI 3.1", {"type": "object"})}, public=True
        )
    },
    "/api/v1/school": {
        "get": _op("School: name and the extension's settings", {"200": _ok("", SCHOOL)})
    },
    "/api/v1/register/summary": {
        "get": _op("Register summary: counts, no names", {"200": _ok("", COUNTS)})
    },
    "/api/v1/enrol": {
        "post": _op(
            "Enrol: exchange a one-time code for the holder's own token",
            {
                "201": _ok(
                    "The token, shown once.",
                    {
                        "type": "object",
                        "required": ["token", "name"],
                        "properties": {"token": {"type": "string"}, "name": {"type": "string"}},
                    },
                )
            },
            public=True,
            body=_json(
                {
                    "type": "object",
                    "required": ["code"],
                    "properties": {"code": {"type": "string", "example": "ABCDE-FGHJK"}},
                }
            ),
            errors=[BODY_ERRORS],
        )
    },
    "/api/v1/check": {
        "post": _op(
            "Check: a post's text, photos and videos against the register and the policy",
            {"200": _ok("The verdict, its findings and the fixes.", CHECK_RESULT)},
            body={**_json(CHECK_JSON), "multipart/form-data": {"schema": CHECK_FORM}},
            errors=[
                BODY_ERRORS,
                {
                    "415": _error(
                        "Not JSON or a form; a video of a kind not read (AVI, MPEG…) "
                        "or coded in a way not read; or an animated image."
                    )
                },
            ],
        )
    },
    "/api/v1/checks": {
        "post": _op(
            "Start check: the same post as /check, checked in the background",
            {
                "202": _ok(
                    "Accepted: follow it at GET /api/v1/checks/{id} (also in `Location`).",
                    CHECK_JOB,
                )
            },
            body={**_json(CHECK_JSON), "multipart/form-data": {"schema": CHECK_FORM}},
            errors=[BODY_ERRORS, CHECK_REFUSALS, BUSY],
        )
    },
    "/api/v1/checks/{job_id}": {
        "get": _with_job_id(
            _op(
                "Follow check: how far it is; once done, its answer (then forgotten)",
                {"200": _ok("Queued, running, or done with `result`.", CHECK_JOB)},
                errors=[
                    NO_JOB,
                    CHECK_REFUSALS,
                    {
                        "503": _error(
                            "The check could not run (models missing): `message` says what to do."
                        )
                    },
                ],
            )
        ),
        "delete": _with_job_id(
            _op(
                "Cancel check: stop it and forget it (the post changed)",
                {"200": _ok("Stopped.", CANCELLED)},
                errors=[NO_JOB],
            )
        ),
    },
    "/api/v1/confirmations": {
        "post": _op(
            "Confirm: a warned post published anyway, or a post sent without a check",
            {"201": _ok("Audited.", RECORDED)},
            body=_json(CONFIRMATION),
            errors=[BODY_ERRORS],
        )
    },
    "/api/v1/reports": {
        "post": _op(
            "Report: this finding is wrong (never the content)",
            {"201": _ok("Recorded.", REPORTED)},
            body=_json(REPORT),
            errors=[BODY_ERRORS],
        )
    },
}


def document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Clearpost",
            "version": __version__,
            "description": (
                "Checks a school's social-media post for children's personal data. Every "
                "refusal is JSON `{error, message}`; `message` says what to do."
            ),
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": PATHS,
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": (
                        "A member of staff's own token (admin page → Tokens, or `clearpost "
                        "tokens issue NAME`), or the shared one `clearpost token` prints."
                    ),
                }
            },
            "parameters": {
                "ClearpostUser": {
                    "name": "X-Clearpost-User",
                    "in": "header",
                    "required": False,
                    "description": (
                        "With the shared token: who is posting, percent-encoded UTF-8, "
                        "printable, at most 60 characters (ignored with a staff token)."
                    ),
                    # Printable ASCII: other characters go percent-encoded.
                    "schema": {"type": "string", "pattern": "^[ -~]*$"},
                }
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error", "message"],
                    "properties": {
                        "error": {"type": "string", "description": "e.g. Bad Request"},
                        "message": {"type": "string", "description": "What to do."},
                    },
                }
            },
        },
    }
