"""Admin pages for staff: the list, photo and biometric consent, enrolment and erasure.

Staff are addressed by their register ref, which may hold spaces or slashes
(a folded "forename surname" when the MIS export has no staff id): hence `path:`.
"""

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ...errors import ClearpostError, NotFound
from ...register.enrol import enrol_staff_photos
from ...register.views import StaffView
from ...vocab import YES_NO, StaffConsent, YesNo
from .common import actor, checked, services, uploads

bp = Blueprint("staff", __name__)

STAFF_CHANNELS = {StaffConsent.PHOTO: "Photo", StaffConsent.BIOMETRIC: "Biometric"}


def find_staff(ref: str) -> StaffView:
    # The register reads staff as a list only; a school has tens of staff, not thousands.
    for member in services().register.staff():
        if member.ref == ref:
            return member
    raise NotFound(f"No staff member {ref!r} in the register: see the staff list.")


def _staff_page(status: int = 200, **extra):
    return render_template(
        "admin/staff.html", staff=services().register.staff(), channels=STAFF_CHANNELS, **extra
    ), status


@bp.route("/staff")
def staff():
    return _staff_page()


@bp.route("/staff/<path:ref>/consent", methods=("POST",))
def staff_consent(ref: str):
    member = find_staff(ref)
    channel = request.form.get("channel", "")
    value = request.form.get("value", "")
    if channel not in STAFF_CHANNELS or value not in YES_NO:
        raise ClearpostError("Choose photo or biometric consent, and yes or no.")
    after = services().register.set_staff_consent(member.ref, channel, value == YesNo.YES, actor())
    flash(f"{member.display}: {channel} consent is now {value}.", "ok")
    if member.templates and not after.templates:
        flash(f"{member.templates} face template(s) of {member.display} were deleted.", "warn")
    return redirect(url_for("admin.staff.staff"))


@bp.route("/staff/<path:ref>/enrol", methods=("POST",))
def staff_enrol(ref: str):
    svc = services()
    member = find_staff(ref)
    photos = uploads(request.files, "photos")
    if not photos:
        return _staff_page(400, enrol_for=member, enrol_error="Choose one or more photos first.")
    if not member.consent_biometric:
        # Checked before any face is computed: the register would refuse at the first photo.
        return _staff_page(
            403,
            enrol_for=member,
            enrol_error=f"{member.display} has not agreed to biometric processing: "
            "record their biometric consent first.",
        )
    try:
        results = enrol_staff_photos(svc.register, svc.faces, member.ref, photos, actor())
    except ClearpostError as exc:
        return _staff_page(exc.status, enrol_for=member, enrol_error=str(exc))
    return _staff_page(enrol_for=member, results=results)


@bp.route("/staff/<path:ref>/forget", methods=("GET", "POST"))
def staff_forget(ref: str):
    member = find_staff(ref)
    if request.method == "GET":
        return render_template("admin/staff_forget.html", member=member)
    if not checked(request.form, "confirm"):
        return render_template(
            "admin/staff_forget.html",
            member=member,
            error="Tick the box to confirm: nothing was erased.",
        ), 400
    from ...records.erasure import erase_staff

    scrubbed = erase_staff(services(), member.ref, actor())
    flash(f"The staff member was erased from the register and from "
          f"{len(scrubbed.rewritten) + len(scrubbed.deleted)} report(s).", "ok")  # fmt: skip
    return redirect(url_for("admin.staff.staff"))
