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

import json
import logging

from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

from .app import MAX_REQUEST_BYTES

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


class JsonErrorChannel(HTTPChannel):
    error_task_class = JsonErrorTask


def serve(app, host: str, port: int, threads: int) -> None:
    """Listen on host:port until stopped (Ctrl-C or SIGTERM)."""
    listeners = {}
    server = create_server(
        app, map=listeners, host=host, port=port, threads=threads, ident="clearpost",
        max_request_body_size=WAITRESS_BODY_LIMIT,
    )  # fmt: skip
    # One listening server per address (localhost may be two); each makes our channels.
    for listener in list(listeners.values()):
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = JsonErrorChannel
    logging.basicConfig()  # waitress logs through logging, as waitress.serve sets up
    server.print_listen("Serving on http://{}:{}")
    server.run()
