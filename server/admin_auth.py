"""Admin log-in, log-out, CSRF tokens, log-in throttling and the pages' security headers."""

import hmac
import secrets
import threading
import time
from collections import deque

from flask import current_app, flash, redirect, render_template, request, session, url_for

from .admin_common import bp, services

THROTTLE_FAILURES = 5
THROTTLE_WINDOW = 15 * 60  # seconds
OPEN_ENDPOINTS = {"admin.login"}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # The pages show children's names and consent: no copy in any cache.
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


class LoginThrottle:
    """Failed log-ins per remote address; after 5 in 15 minutes, refuse until the window ends."""

    def __init__(self, failures: int = THROTTLE_FAILURES, window: float = THROTTLE_WINDOW):
        self.failures = failures
        self.window = window
        self._seen: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque:
        times = self._seen.setdefault(address, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def wait(self, address: str, now: float | None = None) -> int:
        """Seconds until this address may try again (0: it may try now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            times = self._recent(address, now)
            if len(times) < self.failures:
                return 0
            return max(1, int(times[0] + self.window - now) + 1)

    def failed(self, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._recent(address, now).append(now)
            # Forget addresses whose failures have all expired, so the dict stays small.
            for key in [k for k, v in self._seen.items() if not v or now - v[-1] > self.window]:
                del self._seen[key]

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._seen.pop(address, None)


def throttle() -> LoginThrottle:
    # One per app, so that tests (and two apps in one process) do not share counts.
    return current_app.extensions.setdefault("clearpost_login_throttle", LoginThrottle())


@bp.app_template_global("csrf_token")
def csrf_token() -> str:
    """This session's CSRF token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _csrf_ok() -> bool:
    sent = request.form.get("csrf_token", "")
    expected = session.get("csrf", "")
    return bool(expected) and hmac.compare_digest(sent.encode(), expected.encode())


@bp.app_context_processor
def admin_globals():
    school = {}
    svc = current_app.extensions.get("clearpost")
    if svc is not None:
        school = svc.settings.data.get("school", {})
    return {
        "admin_user": session.get("admin"),
        "school_name": school.get("name") or "",
    }


@bp.before_request
def guard():
    """No admin yet: the set-up page. Logged out: the log-in page. Every POST: a CSRF check."""
    if not services().register.has_admin():
        return render_template("admin/no_admin.html"), 503
    user = session.get("admin")
    if user and session.get("marker") != services().register.admin_marker(user):
        session.clear()  # the password was reset since this log-in: log in again
    if request.endpoint not in OPEN_ENDPOINTS and not session.get("admin"):
        if request.method == "GET":
            # The path only: a search (a child's name) does not belong in a cookie.
            session["next"] = request.path
        return redirect(url_for("admin.login"))
    if request.method == "POST" and not _csrf_ok():
        return render_template(
            "error.html",
            status=400,
            error="Bad Request",
            message="The form has expired or did not come from this page: reload and try again.",
        ), 400
    return None


@bp.after_app_request
def security_headers(response):
    """Strict headers on every admin response, error pages and 404s included."""
    if request.path == "/admin" or request.path.startswith("/admin/"):
        for name, value in SECURITY_HEADERS.items():
            # A page that set its own policy (a batch report with inline script) keeps it.
            response.headers.setdefault(name, value)
    return response


def _safe_next(target: str | None) -> str:
    # Only our own admin pages: never another site (an open redirect).
    if target and target.startswith("/admin/") and not target.startswith("//"):
        return target
    return url_for("admin.pupils")


@bp.route("/login", methods=("GET", "POST"))
def login():
    address = request.remote_addr or "unknown"
    if request.method == "GET":
        if session.get("admin"):
            return redirect(url_for("admin.pupils"))
        return render_template("admin/login.html")

    username = request.form.get("username", "").strip()[:60]
    password = request.form.get("password", "")
    wait = throttle().wait(address)
    if wait:
        minutes = (wait + 59) // 60
        return render_template(
            "admin/login.html",
            username=username,
            error=f"Too many failed log-ins from this computer. Try again in {minutes} minute(s).",
        ), 429

    register = services().register
    if not username or not password or not register.check_admin(username, password):
        throttle().failed(address)
        register.record(
            "web", "admin.login_failed", f"admin:{username}" if username else None,
            address=address,
        )  # fmt: skip
        return render_template(
            "admin/login.html", username=username, error="Wrong user name or password."
        ), 401

    throttle().succeeded(address)
    target = _safe_next(session.get("next"))
    # A fresh session on log-in, so a session id planted before cannot be reused (fixation).
    session.clear()
    session.permanent = True
    session["admin"] = username
    session["marker"] = register.admin_marker(username)
    csrf_token()
    register.record(f"admin:{username}", "admin.login", f"admin:{username}", address=address)
    return redirect(target)


@bp.route("/logout", methods=("POST",))
def logout():
    user = session.get("admin")
    session.clear()
    if user:
        services().register.record(f"admin:{user}", "admin.logout", f"admin:{user}")
    flash("You are logged out.", "ok")
    return redirect(url_for("admin.login"))
