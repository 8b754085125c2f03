"""Who may talk to the service: the Host header, the trusted proxy, the session cookie.

- Host: a web page on any site can make a staff member's browser talk to the service by
  pointing its own name at 127.0.0.1 (DNS rebinding); the request then carries that
  site's name in Host. Only the service's own names are answered: 127.0.0.1, localhost,
  [::1], the address `clearpost serve --host` listens on, and the names in the
  settings' `allowed_hosts` (the name staff use behind the TLS proxy).
- Proxy: X-Forwarded-For/-Proto/-Host are believed only from as many proxies as the
  settings' `trusted_proxies` says (default 0: none), so a client cannot forge its
  address (the log-in throttle's key) or claim HTTPS.
- Cookie: the admin session cookie is `Secure` whenever the request came over HTTPS,
  directly or through a trusted proxy.
"""

from flask import Flask, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.exceptions import BadRequest
from werkzeug.middleware.proxy_fix import ProxyFix

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::", "")


def host_name(host: str) -> str:
    """The name part of a Host header: no port, no IPv6 brackets, lower case, no final dot."""
    host = host.strip().lower()
    if host.startswith("["):
        name = host[1 : host.find("]")] if "]" in host else host[1:]
    elif host.count(":") == 1:
        name = host.split(":", 1)[0]
    else:
        name = host  # a bare name, or a bare IPv6 address
    return name.rstrip(".")


def allowed_hosts(configured: list[str], listen_host: str | None) -> frozenset[str]:
    names = {*LOCAL_HOSTS, *(host_name(h) for h in configured)}
    if listen_host and listen_host not in WILDCARD_ADDRESSES:
        names.add(host_name(listen_host))
    return frozenset(names)


class SessionCookie(SecureCookieSessionInterface):
    """Flask's signed-cookie session, marked Secure when the request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def install(app: Flask, settings: dict, listen_host: str | None) -> None:
    """Trust the configured proxies, check Host on every request, secure the cookie."""
    proxies = settings.get("trusted_proxies", 0)
    if proxies:
        app.wsgi_app = ProxyFix(
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies, x_port=proxies
        )
    app.session_interface = SessionCookie()
    names = allowed_hosts(settings.get("allowed_hosts", []), listen_host)
    app.extensions["clearpost_allowed_hosts"] = names

    @app.before_request
    def refuse_other_hosts():
        # First of all the checks: a page elsewhere gets nothing, not even a CSRF token.
        if host_name(request.host) not in names:
            shown = request.host[:100]
            raise BadRequest(
                f"This service does not answer to the host name {shown!r}: open it by the "
                "address the admin gave you (e.g. http://127.0.0.1:5321). A name used to "
                "reach it on the school network must be listed in allowed_hosts in the "
                "settings file (then restart the service)."
            )
