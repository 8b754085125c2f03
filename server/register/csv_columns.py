"""Reading a school's CSV export: decoding, header spellings, yes/no values.

MIS exports (SIMS, Arbor, Bromcom, ScholarPack …) name the same column many
ways ("Legal Forename", "First Name", "Reg Group"…); we fold case and
punctuation and look the header up among the spellings we know.
"""

import csv
import io
import re
from datetime import date, datetime

from ..errors import ClearpostError

MAX_CSV_BYTES = 20 * 1024 * 1024
# How a workbook begins: a ZIP archive (.xlsx, .ods) or an OLE2 compound file (.xls).
WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

YES = {"yes", "y", "true", "1", "granted", "given", "agreed", "consented", "consent given", "x"}
NO = {
    "no", "n", "false", "0", "refused", "withdrawn", "declined", "denied",
    "not given", "consent refused", "consent withdrawn", "",
}  # fmt: skip


def fold(header: str) -> str:
    """'Legal_Forename ' -> 'legal forename'."""
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


def decode(data: bytes) -> str:
    """CSV bytes to text: UTF-8 (with or without BOM), else strictly Windows-1252 as Excel
    saves it; a file that is neither is refused, naming the line and column."""
    if len(data) > MAX_CSV_BYTES:
        raise ClearpostError(
            f"The CSV file is {len(data) // 1048576} MB; the limit is "
            f"{MAX_CSV_BYTES // 1048576} MB. Export one year group at a time."
        )
    if data.startswith(WORKBOOK_SIGNATURES):
        # The usual slip: the MIS export saved as, or opened and re-saved in, Excel.
        raise ClearpostError(
            "This is a spreadsheet workbook (Excel .xlsx or .xls, or OpenDocument .ods), not "
            'a CSV file. Open it in Excel and use File → Save As → "CSV UTF-8 (Comma '
            'delimited)", then import that file. Nothing was imported.'
        )
    if b"\x00" in data[:4096]:
        raise ClearpostError(
            "This is not a CSV text file (it holds binary data). "
            "Export the list from your MIS as CSV (comma separated values)."
        )
    if b"\x00" in data:  # further in: a damaged row, which would put a NUL into a name
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ClearpostError(
            f"Line {line} of the CSV file holds a NUL byte (damaged data). "
            "Export the list from your MIS again, or remove that line."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Windows-1252, as Excel saves "CSV (Comma delimited)". Five bytes have no
    # letter there; never turn them into "?" (a name spelt wrong is a pupil not found).
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        raise ClearpostError(
            f"The CSV file is neither UTF-8 nor Windows-1252: {_where_undecodable(data, text)} "
            "holds a byte that is no letter in either. Save the file as "
            '"CSV UTF-8" (Excel: Save As → CSV UTF-8) and import it again.'
        )
    return text


def _where_undecodable(data: bytes, text: str) -> str:
    """'line 3, column Surname (byte 0x81)': where the first undecodable byte sits."""
    byte = next(b for b in data if b in UNDEFINED_CP1252)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, [])
    if any("\ufffd" in cell for cell in header):
        return f"the header row (byte 0x{byte:02x})"
    for row in reader:
        for index, cell in enumerate(row):
            if "\ufffd" in cell:
                column = header[index].strip() if index < len(header) else f"{index + 1}"
                return f"line {reader.line_num}, column {column!r} (byte 0x{byte:02x})"
    return f"byte 0x{byte:02x}"


# The bytes Windows-1252 leaves undefined.
UNDEFINED_CP1252 = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def read_rows(text: str, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...]):
    """Map the header to canonical names; yield (line number, {canonical: value}).

    Returns (mapping, ignored headers, row iterator). Raises ClearpostError when a
    required column is missing, naming the spellings we accept.
    """
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ClearpostError(
            "The CSV file is empty: it needs a header row and a row per person."
        ) from None
    except csv.Error as exc:
        raise ClearpostError(f"The CSV header cannot be read ({exc}).") from exc
    lookup = {
        fold(spelling): canon for canon, spellings in aliases.items() for spelling in spellings
    }
    for canon in aliases:
        lookup.setdefault(fold(canon), canon)
    mapping: dict[int, str] = {}
    ignored = []
    for index, name in enumerate(header):
        canon = lookup.get(fold(name))
        if canon is None or canon in mapping.values():
            if name.strip():
                ignored.append(name.strip())
            continue
        mapping[index] = canon
    missing = [c for c in required if c not in mapping.values()]
    if missing:
        wanted = "; ".join(
            f"{c} (e.g. {', '.join(repr(s) for s in aliases[c][:3])})" for c in missing
        )
        raise ClearpostError(
            f"The CSV has no column for {wanted}. The header row found was: "
            f"{', '.join(h.strip() for h in header) or '(empty)'}."
        )

    def rows():
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield reader.line_num, None, f"unreadable CSV row ({exc})"
                continue
            if not any(cell.strip() for cell in row):
                continue
            values = {
                canon: (row[i].strip() if i < len(row) else "") for i, canon in mapping.items()
            }
            yield reader.line_num, values, None

    return list(mapping.values()), ignored, rows()


def parse_yes_no(value: str, column: str) -> bool:
    folded = fold(value)
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise ValueError(f"unknown consent value {value!r} in {column}: use yes or no")


def parse_date(value: str, column: str) -> date | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {value!r} in {column}: use YYYY-MM-DD or DD/MM/YYYY")
