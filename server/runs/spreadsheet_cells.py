"""CSV cells that spreadsheet software shows as text, never runs as a formula.

Excel, LibreOffice and Google Sheets treat a cell that begins with = + - @ (and, after
trimming, a tab or carriage return before one) as a formula: a photo named
`=HYPERLINK(...)` or `=1+2.jpg` would be evaluated when the comms lead opens the batch
CSV. The usual neutralisation (OWASP "CSV injection") is a leading single quote, which
those programs hide and which keeps the value readable.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """The cell's text, with a leading ' when it would otherwise start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(values) -> list[str]:
    return [safe_cell(v) for v in values]
