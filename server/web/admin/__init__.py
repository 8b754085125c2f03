"""The admin pages (/admin): a blueprint per page, under one parent that guards them all.

auth      log-in, log-out, CSRF, throttling, security headers
pupils    pupil list, consent, enrolment, erasure
imports   MIS CSV import with a preview (pupils and staff)
staff     staff consent, enrolment, erasure
settings  school settings, API token, audit log
tokens    one API token per member of staff, and the shared one
reports   "this is wrong" reports from the extension
school    the school's logo and uniform for the photo check
batch     batch checks and pupil searches run in the background (runs/)
common    what they share (services, the actor, uploads, template filters)
forms     reading the settings form

The app factory registers `blueprint()`; nothing is attached by importing a module.
"""

from flask import Blueprint

from . import auth, batch, common, imports, pupils, reports, school, settings, staff, tokens

PAGES = (
    auth.bp,
    pupils.bp,
    imports.bp,
    staff.bp,
    settings.bp,
    tokens.bp,
    reports.bp,
    school.bp,
    batch.bp,
)


def blueprint() -> Blueprint:
    """/admin: every page's blueprint inside one parent, whose guard runs before each of
    them (log-in, CSRF); endpoints are named admin.<page>.<view>."""
    admin = Blueprint("admin", __name__, url_prefix="/admin")
    admin.before_request(auth.guard)
    admin.app_context_processor(common.time_zone)
    for name, template_filter in common.TEMPLATE_FILTERS.items():
        admin.add_app_template_filter(template_filter, name)
    for page in PAGES:
        admin.register_blueprint(page)
    return admin
