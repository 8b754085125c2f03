"""The admin pages (/admin): one blueprint; its routes live in the admin_* modules.

admin_auth     log-in, CSRF, throttling, security headers
admin_pupils   pupil list, consent, enrolment, erasure
admin_import   MIS CSV import with a preview (pupils and staff)
admin_staff    staff consent, enrolment, erasure
admin_settings school settings, API token, audit log
admin_tokens   one API token per member of staff, and the shared one
admin_reports  "this is wrong" reports from the extension
admin_school   the school's logo and uniform for the photo check
admin_batch    batch checks and pupil searches run in the background
"""

# Importing the modules attaches their routes and hooks to `bp`.
from . import (  # noqa: F401
    admin_auth,
    admin_batch,
    admin_import,
    admin_pupils,
    admin_reports,
    admin_school,
    admin_settings,
    admin_staff,
    admin_tokens,
)
from .admin_common import bp

__all__ = ["bp"]
