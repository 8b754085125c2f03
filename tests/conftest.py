"""Shared fixtures: a fresh data folder, real SQLite (and PostgreSQL when available)."""

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from clearpost import create_app
from clearpost.services import Services

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FACES = SHARED / "fixtures" / "faces"
POSTGRES_URL = os.environ.get("CLEARPOST_TEST_POSTGRES_URL")


def face(relative: str) -> Path:
    """A photo from ../shared/fixtures/faces; skip (loudly) when shared/ is not beside us."""
    path = FACES / relative
    if not path.exists():
        pytest.skip(f"face fixture {path} not found: tests need ../shared beside the checkout")
    return path


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("CLEARPOST_DATABASE_URL", raising=False)
    monkeypatch.delenv("CLEARPOST_TEMPLATE_KEY", raising=False)
    monkeypatch.setenv("CLEARPOST_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _postgres_schema_url():
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in POSTGRES_URL else "?"
    url = f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return url, drop


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, home):
    """Run the test on SQLite, and again on PostgreSQL when CI provides one."""
    if request.param == "sqlite":
        yield None  # the embedded default in the data folder
        return
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not available: set CLEARPOST_TEST_POSTGRES_URL to run these")
    url, drop = _postgres_schema_url()
    yield url
    drop()


@pytest.fixture
def services(home, database_url):
    svc = Services(home, database_url)
    yield svc
    svc.close()


@pytest.fixture
def sqlite_services(home):
    svc = Services(home)
    yield svc
    svc.close()


@pytest.fixture
def app(sqlite_services):
    return create_app({"SERVICES": sqlite_services, "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def token(sqlite_services):
    return sqlite_services.api_token()


def upn(serial: int, la: int = 801, estab: int = 2000, year: int = 15) -> str:
    """A valid permanent UPN (with its check letter) for test pupils."""
    from clearpost.detect.text.upn import check_letter

    body = f"{la:03d}{estab:04d}{year:02d}{serial:03d}"
    return check_letter(body) + body


PUPILS_CSV = (
    "upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
    "consent_website,consent_press,consent_name_with_photo,biometric_consent\n"
    f"{upn(1)},Olivia,Barker,,4,Oak,yes,yes,no,no,yes\n"
    f"{upn(2)},Thomas,Hughes,Tom,Year 4,Oak,no,no,no,no,yes\n"
    f"{upn(3)},Amira,Khan,,R,Acorn,yes,yes,yes,yes,no\n"
)


@pytest.fixture
def pupils_csv(tmp_path) -> Path:
    path = tmp_path / "pupils.csv"
    path.write_text(PUPILS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def imported(services):
    """A register with three pupils: Olivia (no press), Thomas (no social media), Amira."""
    from clearpost.register.mis_import import parse_pupils

    services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    return services


@pytest.fixture
def enrolled(sqlite_services):
    """The three pupils on SQLite (the `app` fixture's register), with Olivia (may appear
    on social media) enrolled from a photo of one person and Tom (may not) of another."""
    from clearpost.register.enrol import enrol_photos
    from clearpost.register.mis_import import parse_pupils

    reg = sqlite_services.register
    reg.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    for who, photo in ((upn(1), "fr/examples/obama.jpg"), (upn(2), "fr/examples/biden.jpg")):
        path = face(photo)
        assert enrol_photos(reg, sqlite_services.faces, who, [(path.name, path.read_bytes())], "t")
    return sqlite_services
