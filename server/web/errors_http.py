"""Errors at the HTTP edge: JSON for the API, a plain page for the admin pages."""

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..errors import ClearpostError
from .api import CHECK_ENDPOINTS


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _reply(status: int, error: str, message: str):
    if _wants_json():
        return jsonify({"error": error, "message": message}), status
    return render_template("error.html", status=status, error=error, message=message), status


def register_error_handlers(app) -> None:
    @app.errorhandler(ClearpostError)
    def clearpost_error(exc: ClearpostError):
        return _reply(exc.status, type(exc).__name__, str(exc))

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc):
        limit = (request.max_content_length or app.config["MAX_CONTENT_LENGTH"]) // (1024 * 1024)
        if (
            request.endpoint in CHECK_ENDPOINTS
            and limit * 1024 * 1024 > app.config["MAX_CONTENT_LENGTH"]
        ):
            return _reply(
                413, "Request Entity Too Large",
                f"The request is larger than the {limit} MB limit (a video may be up to the "
                "setting video.max_mb). Trim the video or export it at a lower quality, or "
                "send fewer or smaller images.",
            )  # fmt: skip
        return _reply(
            413, "Request Entity Too Large",
            f"The request is larger than the {limit} MB limit. Send fewer or smaller images.",
        )  # fmt: skip

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        body, status = _reply(exc.code or 500, exc.name, exc.description or exc.name)
        # Keep the exception's own headers: a 405 must say which methods are allowed
        # (`Allow`, RFC 9110 §15.5.6), a 401 may carry WWW-Authenticate.
        headers = [(k, v) for k, v in exc.get_headers() if k.lower() != "content-type"]
        return body, status, headers

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        # A bug of ours, not the client's: log it with the traceback, say plainly that
        # nothing was checked (the extension holds the post, or in "warn" mode says it went
        # unchecked), keep serving. Client mistakes never get here: they are 4xx above.
        app.logger.exception("Unexpected error on %s %s", request.method, request.path)
        checked = " This post was NOT checked." if request.endpoint in CHECK_ENDPOINTS else ""
        return _reply(
            500, "Internal Server Error",
            f"Clearpost hit an unexpected error.{checked} The details are in the service's "
            "log; tell the admin.",
        )  # fmt: skip
