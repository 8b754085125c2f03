"""The list of findings people reported as wrong (from the extension's "this is wrong")."""

from flask import Blueprint, render_template

from ...checks.rules import RULES
from ...records.feedback import report_counts, reports
from .common import services

bp = Blueprint("reports", __name__)


def reports_page():
    svc = services()
    return render_template(
        "admin/reports.html",
        reports=reports(svc.db),
        counts=sorted(report_counts(svc.db).items(), key=lambda kv: -kv[1]),
        rules=RULES,
    )


# The nav bar links to admin.reports.
bp.add_url_rule("/reports", endpoint="reports", view_func=reports_page)
