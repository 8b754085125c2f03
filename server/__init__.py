"""Clearpost: checks a school's social-media post for children's personal data first."""

__version__ = "0.1.0"


def create_app(config: dict | None = None):
    """The Flask app. `config` may set CLEARPOST_HOME and DATABASE_URL (tests do)."""
    from .app import build_app

    return build_app(config or {})
