"""Running the app under waitress, with waitress's own refusals in JSON too.

Waitress answers some requests itself, before the app sees them: a body over its
`max_request_body_size` (413), headers over its limit (431), a malformed request (400),
a transfer encoding it does not know (501). Its answer is text/plain; every other
refusal of Clearpost's is JSON with a message that says what to do, and the extension
reads that message. So the channel's error task is replaced by one that writes JSON.

The app refuses bodies over MAX_REQUEST_BYTES itself (Content-Length checked before any
work); waitress's limit sits a little above, so it only cuts in for bodies that are far
too big or chunked without a length, and then says the same thing.
"""

import errno
import json
import logging

from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

from ..errors import ClearpostError
from .body_limits import MAX_REQUEST_BYTES, check_body_limit
from .port_owner import port_owner

WAITRESS_BODY_LIMIT = MAX_REQUEST_BYTES + 1024 * 1024
LIMIT_MB = MAX_REQUEST_BYTES // (1024 * 1024)

MESSAGES = {
    413: f"The request is larger than the {LIMIT_MB} MB limit. Send fewer or smaller images.",
    431: "The request's headers are too large. Send it again without the extra headers "
    "(or clear this site's cookies in the browser).",
    400: "The HTTP request is malformed ({detail}). Send a well-formed request, as the "
    "extension and curl do.",
    501: "The request uses something this service does not support ({detail}). Send it without it.",
    500: "Clearpost hit an unexpected error. The details are in the service's log; tell the admin.",
}


def error_body(code: int, reason: str, detail: str) -> bytes:
    """The JSON the app would send for this refusal."""
    template = MESSAGES.get(code, "{detail}")
    message = template.format(detail=str(detail).strip()[:200] or reason)
    return json.dumps({"error": reason, "message": message}).encode()


class JsonErrorTask(ErrorTask):
    """Waitress's error response, as {"error", "message"} JSON."""

    def execute(self):
        error = self.request.error
        body = error_body(error.code, error.reason, error.body)
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


def _video_body_limit(app) -> int:
    """Room for a post with a video (the setting video.max_mb), a little above the app's."""
    services = app.extensions.get("clearpost") if hasattr(app, "extensions") else None
    if services is None:
        return 0
    return check_body_limit(services.settings.data) + 1024 * 1024


class JsonErrorChannel(HTTPChannel):
    error_task_class = JsonErrorTask


def listen(app, host: str, port: int, threads: int):
    """Bind host:port (the server is not answering yet). A port already taken is a
    ClearpostError that says by what, and how to choose another."""
    listeners = {}
    video_limit = _video_body_limit(app)
    body_limit = max(WAITRESS_BODY_LIMIT, video_limit)
    if video_limit:
        # Waitress's own 413 (a body past even a video's room) names both limits.
        MESSAGES[413] = (
            f"The request is larger than the limit: {LIMIT_MB} MB, or "
            f"{video_limit // (1024 * 1024) - 1} MB for a post with a video (the setting "
            "video.max_mb). Send fewer or smaller images, or trim the video."
        )
    try:
        server = create_server(
            app, map=listeners, host=host, port=port, threads=threads, ident="clearpost",
            max_request_body_size=body_limit,
        )  # fmt: skip
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            owner = port_owner(port)
            by = f" by {owner}" if owner else " by another program"
            raise ClearpostError(
                f"Port {port} on {host} is already in use{by}. Is Clearpost already running? "
                f"Stop that program, or choose another port: clearpost serve --port "
                f"{port + 1 if port < 65535 else 5321} (and set the same address in the "
                "extension's options)."
            ) from None
        if exc.errno == errno.EACCES:
            raise ClearpostError(
                f"Not allowed to listen on port {port} on {host} (ports below 1024 need "
                "administrator rights). Choose a port above 1024 with --port."
            ) from None
        raise ClearpostError(f"Cannot listen on {host}:{port}: {exc.strerror}. "
                             "Check --host and --port.") from None  # fmt: skip
    # One listening server per address (localhost may be two); each makes our channels.
    for listener in list(listeners.values()):
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = JsonErrorChannel
    return server


def configure_logging(debug: bool = False) -> None:
    """Warnings and errors to the console (--debug: everything). `clearpost serve` calls it
    before its own threads start (warm-up, retention, backup), so their first lines are
    not lost."""
    # Waitress logs through logging, as waitress.serve sets up; --debug shows everything.
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)
    if debug:  # Pillow's debug lines are one per image chunk read: noise, not news
        logging.getLogger("PIL").setLevel(logging.INFO)


def run(server) -> None:
    """Answer requests until stopped (Ctrl-C or SIGTERM); logging is configured first
    (configure_logging)."""
    server.print_listen("Serving on http://{}:{}")
    server.run()


def serve(app, host: str, port: int, threads: int, debug: bool = False) -> None:
    """Listen on host:port until stopped (Ctrl-C or SIGTERM)."""
    configure_logging(debug)
    run(listen(app, host, port, threads))
