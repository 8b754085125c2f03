"""Building the Flask app: services, blueprints, CORS, limits and error pages."""

from datetime import timedelta

from flask import Flask, request
from flask_cors import CORS
from werkzeug.exceptions import RequestEntityTooLarge

from .services import Services
from .serving.body_limits import MAX_REQUEST_BYTES, check_body_limit
from .web import access_log, admin, api, request_guard
from .web.api import CHECK_ENDPOINTS
from .web.errors_http import register_error_handlers


def build_app(config: dict) -> Flask:
    app = Flask(__name__)
    services = config.get("SERVICES") or Services(
        config.get("CLEARPOST_HOME"), config.get("DATABASE_URL")
    )
    app.extensions["clearpost"] = services
    app.config.update(
        SECRET_KEY=services.session_secret(),
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_NAME="clearpost_admin",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        # The form that carries a whole MIS export in one field needs room.
        MAX_FORM_MEMORY_SIZE=MAX_REQUEST_BYTES,
    )
    app.config.update({k: v for k, v in config.items() if k.isupper() and k != "SERVICES"})

    # Only our own extension's pages may read API answers from a browser; never "*".
    # The list is read at start: a change in the settings applies after a restart.
    CORS(
        app,
        resources={r"/api/v1/*": {"origins": services.settings.data["allowed_origins"]}},
        allow_headers=["Authorization", "Content-Type"],
        methods=["GET", "POST", "DELETE", "OPTIONS"],  # DELETE: a check job cancelled
        max_age=600,
    )

    # Host check (first of the checks), trusted proxies, the Secure session cookie.
    request_guard.install(app, services.settings.data, config.get("LISTEN_HOST"))

    @app.before_request
    def refuse_oversized_bodies():
        # A post to check may carry a video: its body may be as large as the video limit
        # (the setting video.max_mb, read at start like the other limits).
        if request.endpoint in CHECK_ENDPOINTS:
            request.max_content_length = check_body_limit(services.settings.data)
        # Flask only checks the limit when a view reads the body; refuse before any work.
        length = request.content_length
        if length is not None and length > request.max_content_length:
            raise RequestEntityTooLarge()

    # One line per request (never its content) once `clearpost serve` opens the log file.
    access_log.install(app)

    app.register_blueprint(api.bp)
    app.register_blueprint(admin.blueprint())
    register_error_handlers(app)
    return app
