"""The JSON API as OpenAPI 3.1, served at /api/v1/openapi.json.

Built from a dict so the enumerations (account kinds, channels, rules, feedback kinds) are
the code's own and cannot drift. tests/test_openapi.py fails when a route of the API
blueprint is not documented here (or documented but gone), and tests/test_api_fuzz.py
runs schemathesis from this document against a real `clearpost serve`.
"""

from .. import __version__
from ..checks.request import MAX_IMAGES
from ..checks.rules import RULES
from ..detect.text.text_pii import MAX_TEXT
from ..feedback import KINDS, MAX_SCORE, UNCHECKED_FAILURES
from ..settings import ACCOUNT_KINDS, CHANNELS
from ..vocab import SEVERITIES, Account, Verdict

ERROR = {"$ref": "#/components/schemas/Error"}


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR}}}


def _ok(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


# Every call can be refused by the Host check (400), the body limit (413) or waitress (431);
# a 500 is a bug of ours, still JSON, saying nothing was checked.
COMMON_ERRORS = {
    "400": _error("The request is wrong; `message` says what to change."),
    "413": _error("The request is over the size limit (40 MB)."),
    "431": _error("The request's headers are too large."),
    "500": _error("A bug of Clearpost's: logged; a check was NOT made."),
}
AUTH_ERRORS = {
    "401": _error("Missing, wrong or revoked token; `message` says where to get one."),
}
BODY_ERRORS = {
    "415": _error("The body is not JSON (or, for /check, not multipart/form-data either)."),
}


def _or_null(schema: dict) -> dict:
    """`schema`, or null: the readers take a JSON null in an optional field as absent."""
    out = {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        out["enum"] = [*schema["enum"], None]
    return out


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


CHECK_FIELDS = {
    "text": {"type": "string", "maxLength": MAX_TEXT, "description": "The post's text."},
    # "" is taken as not given (a form's empty field), as null is in JSON.
    "account": {"type": "string", "enum": [*ACCOUNT_KINDS, ""], "default": Account.OFFICIAL},
    "site": {"type": "string", "maxLength": 255, "description": 'e.g. "x.com"'},
    "channel": {"type": "string", "enum": [*CHANNELS, ""]},
}
CHECK_JSON = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **{name: _or_null(schema) for name, schema in CHECK_FIELDS.items()},
        "images": _or_null(
            {
                "type": "array",
                "maxItems": MAX_IMAGES,
                "items": {"type": "string", "description": "base64, or a data: URL"},
            }
        ),
        "want_fixes": {"type": "boolean", "default": False},
    },
}
CHECK_FORM = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **CHECK_FIELDS,
        "images": {
            "type": "array",
            "maxItems": MAX_IMAGES,
            "items": {"type": "string", "format": "binary"},
            "description": "One file part per photo, named `images` (or `image`).",
        },
        "want_fixes": {"type": "string", "enum": ["true", "false"]},
    },
}

FINDING = {
    "type": "object",
    "required": ["kind", "rule", "severity", "reason", "clause", "score"],
    "properties": {
        "kind": {"type": "string"},
        "rule": {"type": "string", "enum": sorted(RULES)},
        "severity": {"type": "string", "enum": list(SEVERITIES)},
        "start": {"type": "integer"},
        "end": {"type": "integer"},
        "text": {"type": "string"},
        "image": {"type": "integer"},
        "box": {"type": "array", "items": {"type": "integer"}},
        "reason": {"type": "string"},
        "clause": {"type": "string"},
        "score": {"type": "number"},
        "person": {
            "type": "object",
            "properties": {"kind": {"type": "string"}, "display": {"type": "string"}},
        },
    },
}
CHECK_RESULT = {
    "type": "object",
    "required": ["verdict", "findings", "fixes", "account", "channel", "elapsed_ms"],
    "properties": {
        "verdict": {"type": "string", "enum": list(Verdict)},
        "findings": {"type": "array", "items": FINDING},
        "fixes": {
            "type": "object",
            "required": ["redacted_text"],
            "properties": {
                "redacted_text": {"type": "string"},
                "images": {"type": "array", "items": {"type": "object"}},
            },
        },
        "account": {"type": "string", "enum": list(ACCOUNT_KINDS)},
        "channel": {"type": "string", "enum": list(CHANNELS)},
        "elapsed_ms": {"type": "integer"},
    },
}

CONFIRMATION = {
    "oneOf": [
        {
            "title": "A warned post published anyway",
            "type": "object",
            "required": ["rules", "reason"],
            "properties": {
                "rules": {"type": "array", "items": {"type": "string", "enum": sorted(RULES)}},
                "reason": {"type": "string", "minLength": 3, "maxLength": 500},
                "site": _or_null({"type": "string", "maxLength": 120}),
                "account": {"type": "string", "enum": list(ACCOUNT_KINDS)},
            },
        },
        {
            "title": "A post sent without a check",
            "type": "object",
            "required": ["unchecked", "reason"],
            "properties": {
                "unchecked": {"const": True},
                "reason": {"type": "string", "minLength": 3, "maxLength": 500},
                "site": _or_null({"type": "string", "maxLength": 120}),
                "account": {"type": "string", "enum": list(ACCOUNT_KINDS)},
                "failure": _or_null({"type": "string", "enum": [*UNCHECKED_FAILURES, ""]}),
                "posted_at": _or_null({"type": "string", "format": "date-time"}),
            },
        },
    ]
}
REPORT = {
    "type": "object",
    "required": ["rule"],
    "properties": {
        "rule": {"type": "string", "enum": sorted(RULES)},
        "kind": _or_null({"type": "string", "enum": [*KINDS, ""]}),
        "score": _or_null({"type": "number", "minimum": -MAX_SCORE, "maximum": MAX_SCORE}),
        "site": _or_null({"type": "string", "maxLength": 120}),
        "note": _or_null({"type": "string", "maxLength": 300}),
    },
}
COUNTS = {
    "type": "object",
    "required": ["pupils", "staff", "templates"],
    "properties": {k: {"type": "integer"} for k in ("pupils", "staff", "templates")},
}
HEALTH = {
    "type": "object",
    "required": ["status", "version", "register", "models"],
    "properties": {
        "status": {"type": "string", "enum": ["ok", "degraded"]},
        "version": {"type": "string"},
        "register": {"type": "string", "enum": ["ready", "unavailable"]},
        "models": {"type": "object"},
    },
}
SCHOOL = {
    "type": "object",
    "required": ["name", "version", "site_channels", "on_service_down"],
    "properties": {
        "name": {"type": "string"},
        "version": {"type": "string"},
        "site_channels": {"type": "object", "additionalProperties": {"type": "string"}},
        "on_service_down": {"type": "string"},
    },
}
RECORDED = {"type": "object", "required": ["recorded"], "properties": {"recorded": {"const": True}}}
REPORTED = {**RECORDED, "properties": {**RECORDED["properties"], "id": {"type": "integer"}}}


def _json(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


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
            "Check: a post's text and photos against the register and the policy",
            {"200": _ok("The verdict, its findings and the fixes.", CHECK_RESULT)},
            body={**_json(CHECK_JSON), "multipart/form-data": {"schema": CHECK_FORM}},
            errors=[
                BODY_ERRORS,
                {"415": _error("Not JSON or a form; or a video or animated image.")},
            ],
        )
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
