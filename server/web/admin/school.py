"""The school's logo and uniform on the admin page: list, add, remove."""

import base64

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ...errors import ClearpostError
from ...register.school_marks import add_logo, add_uniform
from ...vocab import MARK_KINDS, MarkKind
from .common import actor, services

bp = Blueprint("school", __name__)


@bp.route("/school")
def school_marks():
    marks = services().marks
    return render_template(
        "admin/school.html",
        logos=marks.views(MarkKind.LOGO),
        uniforms=marks.views(MarkKind.UNIFORM),
        preview=lambda m: "data:image/png;base64," + base64.b64encode(m.preview).decode(),
    )


@bp.route("/school/<kind>/add", methods=("POST",))
def add_school_mark(kind):
    files = [f for f in request.files.getlist("images") if f and f.filename]
    if kind not in MARK_KINDS or not files:
        flash("Choose one or more images first.", "error")
        return redirect(url_for("admin.school.school_marks"))
    marks = services().marks
    try:
        if kind == MarkKind.LOGO:
            for f in files:
                add_logo(marks, f.read(), f.filename[:120], actor())
            flash(f"Added {len(files)} logo image(s).", "ok")
        else:
            name = request.form.get("name", "").strip()[:120] or "uniform"
            add_uniform(marks, [(f.filename, f.read()) for f in files], name, actor())
            flash(f"Added the uniform '{name}' (its colours only; the photos are not kept).", "ok")
    except ClearpostError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.school.school_marks"))


@bp.route("/school/<kind>/<int:mark_id>/remove", methods=("POST",))
def remove_school_mark(kind, mark_id):
    try:
        services().marks.remove(kind, mark_id, actor())
        flash(f"Removed the {kind}.", "ok")
    except ClearpostError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.school.school_marks"))
