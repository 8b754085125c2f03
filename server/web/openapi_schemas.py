"""The schemas of the JSON API's OpenAPI document (openapi.py): requests, answers and
errors, with the code's own enumerations (account kinds, channels, rules, verdicts)."""

from ..checks.request import MAX_IMAGES
from ..checks.rules import RULES
from ..config.settings import ACCOUNT_KINDS, CHANNELS
from ..detect.text.text_pii import MAX_TEXT
from ..records.feedback import KINDS, MAX_SCORE, UNCHECKED_FAILURES
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
                "items": {
                    "type": "string",
                    "description": "base64, or a data: URL: a photo, "
                    "or an MP4/MOV/M4V/WebM video (told apart by content)",
                },
            }
        ),
        "want_fixes": {"type": "boolean", "default": False},
        "drop_audio": {"type": "boolean", "default": False,
                       "description": "A video's clean copy without its sound."},
    },
}  # fmt: skip


CHECK_FORM = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **CHECK_FIELDS,
        "images": {
            "type": "array",
            "maxItems": MAX_IMAGES,
            "items": {"type": "string", "format": "binary"},
            "description": "One file part per photo or video (MP4, MOV, M4V, WebM: told "
            "apart by content, not by name or type), named `images` (or `image`).",
        },
        "want_fixes": {"type": "string", "enum": ["true", "false"]},
        "drop_audio": {"type": "string", "enum": ["true", "false"]},
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
        "seconds": {
            "type": "array",
            "items": {"type": "number"},
            "minItems": 2,
            "maxItems": 2,
            "description": "In a video: first and last second it is seen (`image` is the "
            "video's index, `box` in the frame at `videos[].people[].at`).",
        },
        "track": {"type": "integer", "description": "In a video: the person (a face track)."},
    },
}
VIDEO = {
    "type": "object",
    "required": ["image", "kind", "seconds", "samples", "seconds_looked_at", "people",
                 "audio_checked"],
    "properties": {
        "image": {"type": "integer"},
        "kind": {"type": "string", "enum": ["video"]},
        "container": {"type": "string"},
        "codec": {"type": "string"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "rotation": {"type": "integer"},
        "fps": {"type": "number"},
        "seconds": {"type": "number"},
        "audio": {"type": "boolean"},
        "frames_decoded": {"type": "integer"},
        "seconds_decoded": {"type": "number"},
        "samples": {"type": "integer"},
        "seconds_looked_at": {"type": "array", "items": {"type": "number"}},
        "why": {"type": "object", "additionalProperties": {"type": "integer"}},
        "face_passes": {
            "type": "object",
            "description": "How the face detector looked at the samples: over the whole "
            "frame (`full`), over changed areas only (`regions`, passes), or not at all "
            "where nothing changed (`unchanged`, samples); `moved`: samples compared after "
            "taking out the camera's move (a handheld clip).",
            "properties": {
                k: {"type": "integer"} for k in ("full", "regions", "unchanged", "moved")
            },
        },
        "people": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "track": {"type": "integer"},
                    "from": {"type": "number"},
                    "to": {"type": "number"},
                    "at": {"type": "number"},
                    "thumbnail": {"type": "string", "description": "base64 JPEG of the face"},
                },
            },
        },
        "audio_checked": {"type": "boolean", "enum": [False]},
        "audio_note": _or_null({"type": "string"}),
        "recorded": {"type": "object"},
    },
}  # fmt: skip
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
                "videos": {"type": "array", "items": {"type": "object"}},
            },
        },
        "videos": {
            "type": "array",
            "items": VIDEO,
            "description": "Each video of the post: what was looked at, its people (time "
            "spans, thumbnails); the sound is not checked.",
        },
        "account": {"type": "string", "enum": list(ACCOUNT_KINDS)},
        "channel": {"type": "string", "enum": list(CHANNELS)},
        "elapsed_ms": {"type": "integer"},
    },
}


CHECK_JOB = {
    "type": "object",
    "required": ["id", "state", "done_seconds", "total_seconds", "percent", "frames"],
    "properties": {
        "id": {"type": "string", "description": "GET /api/v1/checks/{id} follows it."},
        "state": {"type": "string", "enum": ["queued", "running", "done", "failed"],
                  "description": "queued: waiting for another check to finish."},
        "done_seconds": {"type": "number", "description": "Seconds of video decoded so far."},
        "total_seconds": _or_null({"type": "number", "description": "The videos' length "
                                   "(null until each video's is known)."}),
        "percent": {"type": "integer", "minimum": 0, "maximum": 100,
                    "description": "100 only once the answer is there."},
        "frames": {"type": "integer", "description": "Frames decoded so far."},
        "result": {**CHECK_RESULT, "description": "When `state` is done: the answer /check "
                   "gives (the job is then forgotten)."},
    },
}  # fmt: skip
CANCELLED = {
    "type": "object",
    "required": ["cancelled"],
    "properties": {"cancelled": {"const": True}},
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
