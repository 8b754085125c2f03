"""Admin log-in, log-out, CSRF tokens, log-in throttling and the pages' security headers.

The session is Flask's signed cookie; it carries the admin's marker (a fingerprint of
the password hash and the session version), checked on every request, so a password
reset or a log-out ends every copy of the cookie.
"""

import hmac
import secrets
import threading
import time

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from .common import services

bp = Blueprint("auth", __name__)

# Log-in throttle: per user name AND client address, so that one person's typos (or an
# attacker) never lock out the others behind the same proxy, and the right password
# works again once the delay has passed: back off, never lock.
THROTTLE_FREE_FAILURES = 5  # failures before any delay
THROTTLE_FIRST_DELAY = 1.0  # seconds after the 5th failure, doubled after each further one
THROTTLE_MAX_DELAY = 15 * 60
THROTTLE_FORGET = 24 * 60 * 60  # a key with no failure for a day starts afresh
THROTTLE_MAX_KEYS = 10_000  # bound the memory a flood of made-up user names can take
OPEN_ENDPOINTS = {"admin.auth.login"}

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
    """Failed log-ins per (user name, client address), with a growing delay.

    After `free` failures each further attempt must wait: 1 s, 2 s, 4 s ... up to 15
    minutes. A success clears the key. Brute force stays slow (about a dozen guesses an
    hour once the delay is at its cap), and a person who mistyped can log in a few
    seconds later.
    """

    def __init__(
        self,
        free: int = THROTTLE_FREE_FAILURES,
        first_delay: float = THROTTLE_FIRST_DELAY,
        max_delay: float = THROTTLE_MAX_DELAY,
        forget: float = THROTTLE_FORGET,
        max_keys: int = THROTTLE_MAX_KEYS,
    ):
        self.free, self.first_delay, self.max_delay = free, first_delay, max_delay
        self.forget, self.max_keys = forget, max_keys
        self._seen: dict[tuple[str, str], tuple[int, float]] = {}  # key: (failures, last)
        self._lock = threading.Lock()

    @staticmethod
    def key(username: str, address: str) -> tuple[str, str]:
        return username.casefold(), address

    def delay(self, failures: int) -> float:
        """Seconds to wait after this many failures in a row."""
        if failures < self.free:
            return 0.0
        return min(self.max_delay, self.first_delay * 2 ** min(failures - self.free, 30))

    def wait(self, key: tuple[str, str], now: float | None = None) -> int:
        """Whole seconds until this user name may try again from this address (0: now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            failures, last = self._seen.get(key, (0, now))
            left = last + self.delay(failures) - now
            return 0 if left <= 0 else int(left) + 1

    def failed(self, key: tuple[str, str], now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            failures, last = self._seen.get(key, (0, now))
            if now - last > self.forget:
                failures = 0
            self._seen[key] = (failures + 1, now)
            if len(self._seen) > self.max_keys:
                # Forget the stale ones; if still too many, the longest quiet.
                for k in [k for k, (_, t) in self._seen.items() if now - t > self.forget]:
                    del self._seen[k]
                while len(self._seen) > self.max_keys:
                    del self._seen[min(self._seen, key=lambda k: self._seen[k][1])]

    def succeeded(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._seen.pop(key, None)


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


def guard():
    """Before every admin page (the parent blueprint runs it, admin/__init__.py): no admin
    yet: the set-up page. Logged out: the log-in page. Every POST: a CSRF check."""
    if not services().register.has_admin():
        return render_template("admin/no_admin.html"), 503
    user = session.get("admin")
    if user and session.get("marker") != services().register.admin_marker(user):
        session.clear()  # the password was reset since this log-in: log in again
    if request.endpoint not in OPEN_ENDPOINTS and not session.get("admin"):
        if request.method == "GET":
            # The path only: a search (a child's name) does not belong in a cookie.
            session["next"] = request.path
        return redirect(url_for("admin.auth.login"))
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
    return url_for("admin.pupils.pupils")


def _wait_words(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    return f"{(seconds + 59) // 60} minutes"


@bp.route("/login", methods=("GET", "POST"))
def login():
    # The real client's address: ProxyFix has put it here when a proxy is trusted.
    address = request.remote_addr or "unknown"
    if request.method == "GET":
        if session.get("admin"):
            return redirect(url_for("admin.pupils.pupils"))
        return render_template("admin/login.html")

    username = request.form.get("username", "").strip()[:60]
    password = request.form.get("password", "")
    key = LoginThrottle.key(username, address)
    wait = throttle().wait(key)
    if wait:
        # The password is not even checked while the delay runs.
        page = render_template(
            "admin/login.html",
            username=username,
            error=f"Too many failed log-ins for this user name from this computer. "
            f"Wait {_wait_words(wait)}, then try again.",
        )
        return page, 429, {"Retry-After": str(wait)}

    register = services().register
    if not username or not password or not register.check_admin(username, password):
        throttle().failed(key)
        register.record(
            "web", "admin.login_failed", f"admin:{username}" if username else None,
            address=address,
        )  # fmt: skip
        return render_template(
            "admin/login.html", username=username, error="Wrong user name or password."
        ), 401

    throttle().succeeded(key)
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
        # The cookie is the browser's; a copy of it would still be valid. Bumping the
        # admin's session version ends it (and this admin's sessions elsewhere).
        services().register.end_admin_sessions(user)
        services().register.record(f"admin:{user}", "admin.logout", f"admin:{user}")
    flash("You are logged out.", "ok")
    return redirect(url_for("admin.auth.login"))
