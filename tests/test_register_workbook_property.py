"""Property-based tests (hypothesis) of the register import given a workbook (issue 17).

Clearpost imports the MIS export as CSV; it has no reader of XLSX. The usual slip is the
export saved as, or re-saved in, Excel (.xlsx), or an old .xls or an OpenDocument .ods.
Whatever such a file holds, well-formed or damaged:
- parse_pupils / parse_staff refuse it with a ClearpostError that says to save it as CSV
  (never another exception, never rows read out of the ZIP's bytes);
- through the register (what the CLI and the admin page run), any bytes at all give either
  a whole import or a refusal with the register exactly as it was: never half an import.

The workbooks are real ones, made here with zipfile the way Excel lays them out
([Content_Types].xml, xl/workbook.xml, a sheet with shared strings), with cells drawn from
real register values, then sometimes damaged.
"""

import zipfile
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_parsers_property import CELLS, SPELLINGS, damaged

from clearpost.errors import ClearpostError
from clearpost.register.mis_import import ParsedFile, parse_pupils, parse_staff
from clearpost.services import Services

from conftest import PUPILS_CSV

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # how every .xls file begins


def _cell_ref(row: int, col: int) -> str:
    return f"{chr(ord('A') + col)}{row + 1}"


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def xlsx_workbooks(draw) -> bytes:
    """An .xlsx as Excel writes one: the header row and a few pupil rows, strings shared."""
    header = draw(st.lists(st.sampled_from(SPELLINGS), min_size=1, max_size=6))
    rows = [header] + draw(st.lists(st.lists(CELLS, max_size=len(header)), max_size=5))
    strings: list[str] = []
    sheet_rows = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row[:20]):
            if value not in strings:
                strings.append(value)
            cells.append(f'<c r="{_cell_ref(r, c)}" t="s"><v>{strings.index(value)}</v></c>')
        sheet_rows.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": '<workbook><sheets><sheet name="Pupils" sheetId="1"/></sheets>'
        "</workbook>",
        "xl/worksheets/sheet1.xml": f"<worksheet><sheetData>{''.join(sheet_rows)}</sheetData>"
        "</worksheet>",
        "xl/sharedStrings.xml": "<sst>"
        + "".join(f"<si><t>{_xml_text(s)}</t></si>" for s in strings)
        + "</sst>",
    }
    out = BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
    with zipfile.ZipFile(out, "w", method) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8", "surrogatepass"))
    return out.getvalue()


# An old .xls or anything else in an OLE2 container: the signature, then any bytes.
XLS_FILES = st.binary(max_size=600).map(lambda rest: OLE2 + rest)
# An .ods is a ZIP too (its first part is the uncompressed `mimetype`).
ODS_FILES = st.binary(max_size=300).map(
    lambda rest: b"PK\x03\x04" + rest + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
)
WORKBOOKS = st.one_of(xlsx_workbooks(), XLS_FILES, ODS_FILES)


@BOUNDED
@given(data=WORKBOOKS)
@pytest.mark.parametrize("parse", [parse_pupils, parse_staff])
def test_a_workbook_is_refused_saying_to_save_it_as_csv(parse, data):
    with pytest.raises(ClearpostError) as refused:
        parse(data)
    message = str(refused.value)
    assert "workbook" in message and "CSV UTF-8" in message and "Nothing was imported" in message


def test_an_excel_workbook_is_named_as_such_not_as_binary_data():
    """Without the workbook check the refusal said only "binary data": the person has to
    guess that Excel is the reason and what to do."""
    with pytest.raises(ClearpostError, match=r"Excel \.xlsx.*Save As"):
        parse_pupils(_one_workbook())


def _one_workbook() -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")
    return out.getvalue()


# -- through the register: all or nothing ---------------------------------------------------


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    """A real SQLite register holding the three test pupils (one data folder for every
    example: each starts from whatever the one before left, as imports do)."""
    svc = Services(tmp_path_factory.mktemp("workbook-import"))
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    yield svc.register
    svc.close()


def snapshot(register) -> tuple:
    pupils = sorted((p.upn, p.display, tuple(sorted(p.consents.items())))
                    for p in register.pupils())  # fmt: skip
    return register.version(), pupils


ANY_FILE = st.one_of(
    WORKBOOKS,
    xlsx_workbooks().flatmap(damaged),
    st.just(PUPILS_CSV.encode()).flatmap(damaged),
    st.binary(max_size=400),
)


@BOUNDED
@given(data=ANY_FILE)
def test_any_file_is_imported_whole_or_not_at_all(register, data):
    before = snapshot(register)
    try:
        parsed = parse_pupils(data)
        assert isinstance(parsed, ParsedFile)
        register.apply_import(parsed, "test")  # the default, as the CLI and admin page run it
    except ClearpostError as exc:
        assert str(exc)
        assert snapshot(register) == before, "a refused import changed the register"
        return
    # Imported: every row of the file is in the register.
    upns = {p.upn for p in register.pupils()}
    assert all(row.upn in upns for row in parsed.rows)
