"""The access log: one line per request, for the school's IT person, in logs/access.log.

    2026-12-03T14:30:01Z 127.0.0.1 POST /api/v1/check 200 412ms staff:Jane Smith

What a line never holds: the post's text, an image, a query string, a header's value, or
a pupil's UPN or name from the URL. The path logged is the route's pattern
(`/admin/pupils/<upn>`, not the UPN itself), so an erased pupil leaves nothing here.
Who called is the audit log's name for them: `staff:NAME` (their own token), `api:NAME`
or `api` (the shared token), `admin:NAME` (the admin page), `-` (nobody signed in).

The file is 0600 in a 0700 folder, rotated at 5 MB with 5 old files kept (30 MB at most:
about 300,000 requests, months of a school's posting).
"""

import logging
import os
import time
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from flask import Flask, g, request, session

LOGGER = "clearpost.access"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files (the first and each after a rotation) are 0600."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # one made before, under a looser umask
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def open_access_log(home: Path, console: bool = False) -> Path:
    """Send access lines to <home>/logs/access.log (and to the console with --debug)."""
    folder = home / "logs"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    path = folder / "access.log"
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # not also to the console, unless asked
    for old in list(logger.handlers):  # serve once per process, but be safe
        logger.removeHandler(old)
        old.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    if console:
        logger.addHandler(logging.StreamHandler())
    return path


def _caller() -> str:
    if "actor" in g:
        return g.actor
    # Only the admin pages have a session; reading it elsewhere would add "Vary: Cookie".
    admin = session.get("admin") if request.blueprint == "admin" else None
    return f"admin:{admin}" if admin else "-"


def _path() -> str:
    # The route's pattern, never the values in it (a UPN, a report's name, a token id).
    if request.url_rule is not None:
        return request.url_rule.rule
    # No route matched: the client typed the path. Cut, and no query string.
    return request.path[:80]


def install(app: Flask) -> None:
    """Time every request from its first hook, and log it once its answer is ready."""

    def start_clock():
        g.access_start = time.perf_counter()

    # First of the before-request hooks: the host check and the rest are timed too.
    app.before_request_funcs.setdefault(None, []).insert(0, start_clock)

    @app.after_request
    def log_request(response):
        logger = logging.getLogger(LOGGER)
        if not logger.isEnabledFor(logging.INFO):
            return response
        started = g.get("access_start")
        took = f"{(time.perf_counter() - started) * 1000:.0f}ms" if started else "-"
        when = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        logger.info(
            "%s %s %s %s %s %s %s",
            when, request.remote_addr or "-", request.method, _path(),
            response.status_code, took, _caller(),
        )  # fmt: skip
        return response
