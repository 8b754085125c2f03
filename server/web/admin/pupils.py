"""Admin pages for pupils: the list, one pupil's consent, enrolment and erasure."""

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from werkzeug.exceptions import BadRequest

from ...detect.text.upn import normalise as normalise_upn
from ...errors import ClearpostError
from ...register.enrol import enrol_photos
from ...vocab import YES_NO, Channel, YesNo
from .common import CHANNEL_LABELS, actor, services, uploads

bp = Blueprint("pupils", __name__)


@bp.route("/")
def pupils():
    register = services().register
    query = request.args.get("q", "").strip()[:100]
    return render_template(
        "admin/pupils.html",
        pupils=register.pupils(query),
        query=query,
        counts=register.counts(),
        channels=CHANNEL_LABELS,
    )


def _pupil_page(upn: str, status: int = 200, **extra):
    register = services().register
    pupil = register.pupil(upn)
    return render_template(
        "admin/pupil.html",
        pupil=pupil,
        channels=CHANNEL_LABELS,
        refuse_reason=register.refuse_templates_reason(pupil.upn),
        **extra,
    ), status


@bp.route("/pupils/<upn>")
def pupil(upn: str):
    return _pupil_page(upn)


def _yes_no(value: str | None, what: str) -> bool:
    if value not in YES_NO:
        raise BadRequest(f"{what}: choose yes or no.")
    return value == YesNo.YES


@bp.route("/pupils/<upn>/consent", methods=("POST",))
def consent(upn: str):
    """Apply only the channels that changed, so the log says exactly what the admin did."""
    register = services().register
    before = register.pupil(upn)
    wanted = {
        ch: _yes_no(request.form.get(ch), CHANNEL_LABELS[ch])
        for ch in CHANNEL_LABELS
        if request.form.get(ch) is not None
    }
    changed = [ch for ch, value in wanted.items() if value != before.consents[ch]]
    for channel in changed:
        register.set_consent(before.upn, channel, wanted[channel], actor())
    if not changed:
        flash("Nothing changed.", "info")
    else:
        flash(
            "Consent changed: "
            + ", ".join(
                f"{CHANNEL_LABELS[ch].lower()} {'yes' if wanted[ch] else 'no'}" for ch in changed
            )
            + ".",
            "ok",
        )
    after = register.pupil(before.upn)
    if Channel.SOCIAL_MEDIA in changed and not wanted[Channel.SOCIAL_MEDIA]:
        if after.templates and services().settings.data["photo_archive"]:
            flash(
                'Consent for social media withdrawn: use "Search the photo archive" below to '
                "find photos of this pupil the school already holds or has published.",
                "info",
            )
        elif not after.templates:
            flash(
                "Consent for social media withdrawn. This pupil has no face templates, so their "
                "photos cannot be searched for automatically.",
                "info",
            )
    if before.templates and not after.templates:
        flash(
            f"Biometric consent withdrawn: {before.templates} face template(s) were deleted.",
            "warn",
        )
    return redirect(url_for("admin.pupils.pupil", upn=before.upn))


@bp.route("/pupils/<upn>/objection", methods=("POST",))
def objection(upn: str):
    register = services().register
    before = register.pupil(upn)
    objects = _yes_no(request.form.get("objects"), "Pupil objects")
    after = register.set_objection(before.upn, objects, actor())
    if objects:
        flash("Recorded: the pupil objects to biometric processing.", "ok")
    else:
        flash("Recorded: the pupil no longer objects to biometric processing.", "ok")
    if before.templates and not after.templates:
        flash(f"{before.templates} face template(s) were deleted.", "warn")
    return redirect(url_for("admin.pupils.pupil", upn=before.upn))


@bp.route("/pupils/<upn>/enrol", methods=("POST",))
def enrol(upn: str):
    svc = services()
    pupil = svc.register.pupil(upn)
    photos = uploads(request.files, "photos")
    if not photos:
        return _pupil_page(pupil.upn, 400, enrol_error="Choose one or more photos first.")
    try:
        results = enrol_photos(svc.register, svc.faces, pupil.upn, photos, actor())
    except ClearpostError as exc:
        return _pupil_page(pupil.upn, exc.status, enrol_error=str(exc))
    # Shown on this page, not flashed: a long list would overflow the session cookie.
    return _pupil_page(pupil.upn, results=results)


@bp.route("/pupils/<upn>/templates/delete", methods=("POST",))
def delete_templates(upn: str):
    register = services().register
    pupil = register.pupil(upn)
    count = register.delete_templates(pupil.upn, actor())
    flash(f"Deleted {count} face template(s).", "ok")
    return redirect(url_for("admin.pupils.pupil", upn=pupil.upn))


@bp.route("/pupils/<upn>/export", methods=("POST",))
def export(upn: str):
    """The subject access export, as a JSON download (a POST: it is recorded in the log,
    and behind the CSRF check like every other action)."""
    from ...records.subject_access import export_json, export_pupil

    answer = export_pupil(services(), upn, actor())
    name = f"subject-access-{answer['pupil']['upn']}.json"
    return Response(
        export_json(answer),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"',
                 "Cache-Control": "no-store"},
    )  # fmt: skip


@bp.route("/pupils/<upn>/forget", methods=("GET", "POST"))
def forget(upn: str):
    register = services().register
    pupil = register.pupil(upn)
    if request.method == "GET":
        return render_template("admin/forget.html", pupil=pupil)
    typed = normalise_upn(request.form.get("confirm_upn", ""))
    if typed != pupil.upn:
        return render_template(
            "admin/forget.html",
            pupil=pupil,
            error="The UPN you typed does not match this pupil's: nothing was erased.",
        ), 400
    from ...records.erasure import erase_pupil
    from .batch import forget_jobs

    erasure = erase_pupil(services(), pupil.upn, actor())
    forget_jobs(services().subject_tag(pupil.upn))
    flash(f"The pupil was erased from the register. Erasure reference: {erasure.ref}. "
          + " ".join(erasure.lines()), "warn" if erasure.reports.failed else "ok")  # fmt: skip
    return redirect(url_for("admin.pupils.pupils"))
