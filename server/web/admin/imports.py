"""Admin pages for importing the MIS exports of pupils and staff: upload, preview, apply.

Nothing about pupils is kept on the server between the preview and the apply:
the preview page carries the file's text back in its form, and the apply parses
it again and plans again against the register as it is then.
"""

from dataclasses import dataclass

from flask import Blueprint, render_template, request

from ...errors import ClearpostError, ImportRefused
from ...records.erasure import erase_leavers_from_reports
from ...register.csv_columns import decode
from ...register.mis_import import parse_pupils, parse_staff
from .common import actor, checked, one_upload, services

bp = Blueprint("imports", __name__)


@dataclass
class ImportOptions:
    full: bool = True
    skip_bad_rows: bool = False
    remove_leavers: bool = False
    # Conflicts ("UPN:channel") the admin confirmed, one tick each on the preview.
    accept: tuple = ()

    @classmethod
    def of(cls, form, kind: str) -> "ImportOptions":
        # Staff lists are always the full list: the register has no partial staff import.
        full = kind == "staff" or checked(form, "full")
        return cls(full, checked(form, "skip_bad_rows"), checked(form, "remove_leavers"),
                   tuple(form.getlist("accept")))  # fmt: skip

    def check(self) -> None:
        if self.remove_leavers and not self.full:
            raise ClearpostError(
                "“Remove leavers” needs the full list of pupils: tick “this file is the full "
                "list”, or untick “remove leavers”."
            )


KINDS = {
    "pupils": {
        "parse": parse_pupils,
        "plan": lambda reg, parsed, opts: reg.plan_import(
            parsed, full=opts.full, accept=opts.accept
        ),
        "apply": lambda reg, parsed, opts: reg.apply_import(
            parsed,
            actor(),
            skip_bad_rows=opts.skip_bad_rows,
            remove_leavers=opts.remove_leavers,
            full=opts.full,
            accept=opts.accept,
        ),  # fmt: skip
        "endpoint": "admin.imports.import_pupils",
        "apply_endpoint": "admin.imports.import_pupils_apply",
    },
    "staff": {
        "parse": parse_staff,
        "plan": lambda reg, parsed, opts: reg.plan_staff_import(parsed),
        "apply": lambda reg, parsed, opts: reg.apply_staff_import(
            parsed,
            actor(),
            skip_bad_rows=opts.skip_bad_rows,
            remove_leavers=opts.remove_leavers,
        ),  # fmt: skip
        "endpoint": "admin.imports.import_staff",
        "apply_endpoint": "admin.imports.import_staff_apply",
    },
}


def _form_page(kind: str, options: ImportOptions, error: str = "", status: int = 200):
    return render_template(
        "admin/import.html", kind=kind, spec=KINDS[kind], options=options, error=error
    ), status


def _upload(kind: str):
    spec = KINDS[kind]
    if request.method == "GET":
        return _form_page(kind, ImportOptions())
    options = ImportOptions.of(request.form, kind)
    try:
        options.check()
        text = decode(one_upload(request.files, "file", "CSV file"))
        parsed = spec["parse"](text.encode("utf-8"))
        plan = spec["plan"](services().register, parsed, options)
    except ClearpostError as exc:
        return _form_page(kind, options, str(exc), exc.status)
    return render_template(
        "admin/import_preview.html",
        kind=kind, spec=spec, options=options, plan=plan, csv_text=text,
    )  # fmt: skip


def _apply(kind: str):
    spec = KINDS[kind]
    options = ImportOptions.of(request.form, kind)
    text = request.form.get("csv", "")
    try:
        options.check()
        if not text.strip():
            raise ClearpostError("The form held no CSV text: upload the file again.")
        plan = spec["apply"](services().register, spec["parse"](text.encode("utf-8")), options)
        if kind == "pupils":
            erase_leavers_from_reports(services(), plan)  # leavers removed: from reports too
    except ImportRefused as exc:
        return render_template(
            "admin/import_result.html", kind=kind, spec=spec, refused=exc.problems
        ), 400
    except ClearpostError as exc:
        return _form_page(kind, options, str(exc), exc.status)
    return render_template("admin/import_result.html", kind=kind, spec=spec, plan=plan)


@bp.route("/import", methods=("GET", "POST"))
def import_pupils():
    return _upload("pupils")


@bp.route("/import/apply", methods=("POST",))
def import_pupils_apply():
    return _apply("pupils")


@bp.route("/staff/import", methods=("GET", "POST"))
def import_staff():
    return _upload("staff")


@bp.route("/staff/import/apply", methods=("POST",))
def import_staff_apply():
    return _apply("staff")
