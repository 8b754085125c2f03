"""Errors that Clearpost raises for people to read: one tree, one class per mistake.

Library code raises these; the edges translate them by class, never by message text:
the API into JSON with the class's `status` (errors_http.py), the CLI into one clean
line and exit 1 (`clearpost --debug` shows the traceback), the admin pages into a flash
message or an error page. Each message says what is wrong and what to do; a class whose
remedy is always the same (`what_to_do`) adds it when the message does not already say it.
"""


class ClearpostError(Exception):
    """A problem the user can fix; the message says what to do."""

    status = 400
    what_to_do = ""

    def __str__(self) -> str:
        message = super().__str__()
        if self.what_to_do and self.what_to_do not in message:
            return f"{message} {self.what_to_do}".strip()
        return message


class NotFound(ClearpostError):
    status = 404


class ConfigError(ClearpostError):
    """The data folder or the settings file is not usable."""


class RevokedToken(ClearpostError):
    """A member of staff's token that the admin revoked."""

    status = 401


# -- a post to check --------------------------------------------------------------------


class BadCheckRequest(ClearpostError):
    """A check request with a part that cannot be checked (the message names the part)."""


class TooManyChecks(ClearpostError):
    """More checks running or waiting to be collected than the service holds at once."""

    status = 429


class ImageRejected(ClearpostError):
    """This file cannot be used as an image; the message says why and what to do."""


class ImageTooLarge(ImageRejected):
    """An image (or a post's images together) past a size limit; the message names it."""

    status = 413


class VideoNotSupported(ClearpostError):
    """A video of a kind Clearpost does not read (AVI, MPEG, Flash…) or an animated image:
    it is refused, never passed."""

    status = 415


class VideoRejected(ClearpostError):
    """An MP4/MOV/M4V/WebM file that cannot be checked whole (empty, truncated, corrupt,
    no picture); the message says why and what to do."""


class VideoCodecUnsupported(VideoRejected):
    """A video whose picture is coded in a way Clearpost does not decode."""

    status = 415
    what_to_do = "Export it as an MP4 (H.264) and check it again."


class VideoTooLarge(VideoRejected):
    """A video past the size or length limit (settings: video.max_mb, video.max_seconds)."""

    status = 413


# -- the models ----------------------------------------------------------------------------


class ModelsMissing(ClearpostError):
    """A model file is missing or not the one Clearpost was tested with: the service
    cannot check anything that needs it until the models are installed again."""

    status = 503
    what_to_do = "Run `make install` in the Clearpost folder, then try again."


class ModelFilesMissing(ModelsMissing):
    """The face models (or the sentence model) are missing or damaged."""


class OcrModelsMissing(ModelsMissing):
    """The OCR models (reading text in pictures) are missing or damaged."""


# -- folders of photos (batch, find) ---------------------------------------------------


class FolderRefused(ClearpostError):
    """A folder that may not be read; the message says which may."""


class NotSearchable(ClearpostError):
    """A pupil who cannot be searched for by face (no templates); the message says why."""


# -- the register, backups -----------------------------------------------------------------


class ImportRefused(ClearpostError):
    """A file with bad rows, imported all-or-nothing: nothing was written."""

    def __init__(self, problems: list):
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"{len(problems)} bad row(s); nothing was imported:\n{shown}{more}\n"
            "Fix these rows in the file and import again, or use --skip-bad-rows "
            "to import the other rows."
        )
        self.problems = problems


class BackupError(ClearpostError):
    """A backup that cannot be written or restored; nothing in the data folder changed."""
