"""Admin page for API tokens: one per member of staff (issue, last used, revoke), and the
shared token that scripts use."""

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ...errors import ClearpostError
from .common import actor, services

bp = Blueprint("tokens", __name__)


def _tokens_page(status: int = 200, **extra):
    return render_template("admin/tokens.html", tokens=services().tokens.views(), **extra), status


@bp.route("/tokens")
def tokens():
    return _tokens_page()


@bp.route("/tokens", methods=("POST",))
def issue_token():
    name = request.form.get("name", "")
    as_code = request.form.get("as") == "code"
    issue = services().tokens.issue_enrolment if as_code else services().tokens.issue
    try:
        secret, view = issue(name, actor())
    except ClearpostError as exc:
        return _tokens_page(exc.status, error=str(exc), name=name[:200])
    # Rendered, never flashed: a flash would put the secret in the session cookie.
    if as_code:
        return _tokens_page(new_code=secret, new_view=view)
    return _tokens_page(new_token=secret, new_view=view)


@bp.route("/tokens/<int:token_id>/revoke", methods=("POST",))
def revoke_token_of(token_id: int):
    view = services().tokens.revoke(token_id, actor())
    flash(f"The token of {view.name} ({view.hint}…) is revoked: it no longer works.", "ok")
    return redirect(url_for("admin.tokens.tokens"))
