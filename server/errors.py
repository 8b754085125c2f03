"""Errors that Clearpost raises for people to read.

Library code raises these; the edges translate them: the API into a JSON 4xx, the
CLI into one clean line and exit 1, the admin pages into a flash message.
"""


class ClearpostError(Exception):
    """A problem the user can fix; the message says what to do."""

    status = 400


class NotFound(ClearpostError):
    status = 404


class Conflict(ClearpostError):
    status = 409


class ConfigError(ClearpostError):
    """The data folder or the settings file is not usable."""
