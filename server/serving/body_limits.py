"""How large a request's body may be: the app refuses bodies over these itself (before any
work), and waitress's own limit sits a little above them (waitress_server.py). Both read
them here, so that the server does not import the app it serves."""

MAX_REQUEST_BYTES = 40 * 1024 * 1024
FORM_OVERHEAD = 1024 * 1024  # a check's text and fields beside its video


def check_body_limit(settings: dict) -> int:
    """The largest body POST /api/v1/check takes: the photos' limit, or a video's."""
    return max(MAX_REQUEST_BYTES, settings["video"]["max_mb"] * 1024 * 1024 + FORM_OVERHEAD)
