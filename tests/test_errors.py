"""One error tree (server/errors.py): every class a user can cause, through HTTP and the CLI.

Over HTTP the API answers with the class's own status and name (mapped by class, never by
the message's words); the admin pages show the message. On the command line the message is
one line and exit 1, with no traceback; `clearpost --debug` shows the traceback. Missing
model files are made the way the code finds them: an empty package folder first on the
path, in a real `clearpost` process (the models load once per process).
"""

import base64
import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from clearpost import errors
from clearpost.cli import main
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, upn

CLI = [str(Path(sys.executable).with_name("clearpost"))]
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "correct horse battery"
MOV = b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + b"\x00" * 64
AVI = b"RIFF\x00\x00\x00\x00AVI LIST" + b"\x00" * 64


def jpeg(size=(64, 64)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(buf, "JPEG")
    return buf.getvalue()


def bomb() -> bytes:
    buf = io.BytesIO()
    Image.new("1", (10000, 7000)).save(buf, "PNG")  # 70 MP in a few KB
    return buf.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# -- through HTTP: the API answers with the class's status and name ------------------------

# class -> (JSON body of POST /api/v1/check, words of the message)
CHECKS = {
    errors.BadCheckRequest: ({"text": 5}, "'text' must be a string"),
    errors.ImageRejected: ({"images": [b64(b"not an image")]}, "not an image Clearpost"),
    errors.ImageTooLarge: ({"images": [b64(bomb())]}, "60 MP"),
    errors.VideoNotSupported: ({"images": [b64(AVI)]}, "an AVI video"),
    errors.VideoRejected: ({"images": [b64(MOV)]}, "truncated or corrupt"),
}


@pytest.mark.parametrize("error", list(CHECKS), ids=lambda c: c.__name__)
def test_a_check_refusal_is_answered_by_its_class(client, token, error):
    body, words = CHECKS[error]
    reply = client.post("/api/v1/check", json=body, headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code == error.status, reply.get_data(as_text=True)
    answer = reply.get_json()
    assert answer["error"] == error.__name__ and words in answer["message"]


def test_the_base_class_is_a_400_naming_what_to_send(client, token):
    reply = client.post("/api/v1/check", json={"text": "hi"},
                        headers={"Authorization": f"Bearer {token}",
                                 "X-Clearpost-User": "%C3"})  # fmt: skip
    assert reply.status_code == 400
    assert reply.get_json()["error"] == "ClearpostError"
    assert "encodeURIComponent" in reply.get_json()["message"]


def test_a_revoked_token_is_a_401_that_says_so(client, sqlite_services):
    value, view = sqlite_services.tokens.issue("Mrs Green", "test")
    sqlite_services.tokens.revoke(view.id, "test")
    reply = client.get("/api/v1/school", headers={"Authorization": f"Bearer {value}"})
    assert reply.status_code == 401 and reply.get_json()["error"] == "RevokedToken"


@pytest.fixture
def admin_client(client, sqlite_services, tmp_path):
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    svc.register.set_admin_password("admin", PASSWORD, "t")
    token = CSRF_RE.search(client.get("/admin/login").get_data(as_text=True)).group(1)
    client.post("/admin/login", data={"csrf_token": token, "username": "admin",
                                      "password": PASSWORD})  # fmt: skip
    return client, svc


def csrf(client, url="/admin/") -> str:
    return CSRF_RE.search(client.get(url).get_data(as_text=True)).group(1)


def test_not_found_is_a_404_page_with_the_message(admin_client):
    client, _ = admin_client
    reply = client.get(f"/admin/pupils/{upn(9)}")
    assert reply.status_code == errors.NotFound.status == 404
    assert upn(9) in reply.get_data(as_text=True)


def test_folder_refused_and_not_searchable_are_shown_on_the_admin_page(admin_client, tmp_path):
    client, svc = admin_client
    svc.settings.update({"batch_roots": [str(tmp_path / "photos")]})
    reply = client.post("/admin/batch/start", follow_redirects=True,
                        data={"csrf_token": csrf(client, "/admin/batch"),
                              "folder": str(tmp_path), "account": "official"})  # fmt: skip
    assert "is not inside the folders the admin page may check" in reply.get_data(as_text=True)
    (tmp_path / "photos").mkdir()
    svc.settings.update({"photo_archive": str(tmp_path / "photos")})
    page = f"/admin/pupils/{upn(3)}"
    reply = client.post(f"{page}/find", data={"csrf_token": csrf(client, page)},
                        follow_redirects=True)  # fmt: skip
    assert "cannot be searched for by face" in reply.get_data(as_text=True)


def test_an_import_refused_is_shown_on_the_admin_page(admin_client):
    client, _ = admin_client
    bad = PUPILS_CSV + "not-a-upn,Ann,Lee,,4,Oak,yes,yes,yes,yes,no\n"
    reply = client.post("/admin/import/apply", data={
        "csrf_token": csrf(client, "/admin/import"), "csv": bad})  # fmt: skip
    assert reply.status_code == errors.ImportRefused.status
    assert "Nothing was imported" in reply.get_data(as_text=True)


def test_a_config_error_is_shown_on_the_settings_page(admin_client):
    client, _ = admin_client
    reply = client.post("/admin/settings", data={
        "csrf_token": csrf(client, "/admin/settings"),
        "site": ["x.com", "x.com"], "site_channel": ["social_media", "social_media"],
    })  # fmt: skip
    assert reply.status_code == errors.ConfigError.status
    assert "is listed twice" in reply.get_data(as_text=True)


# -- through the CLI: one line, exit 1, no traceback; --debug shows it ---------------------


@pytest.fixture
def cli(home, tmp_path):
    runner = CliRunner()
    (tmp_path / "pupils.csv").write_text(PUPILS_CSV, encoding="utf-8")
    runner.invoke(main, ["register", "import", str(tmp_path / "pupils.csv")])

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args])

    return invoke


def files(tmp_path, **named: bytes):
    for name, data in named.items():
        (tmp_path / name.replace("_", ".")).write_bytes(data)
    return tmp_path


def cli_case(tmp_path, home):
    """class -> (arguments, words of the message)."""
    bad_row = "not-a-upn,Ann,Lee,,4,Oak,yes,yes,yes,yes,no\n"
    files(tmp_path, empty_jpg=b"", bomb_png=bomb(), clip_mov=MOV, clip_avi=AVI,
          latin_txt="Zoë".encode("cp1252"), notabackup_zip=b"PK junk",
          bad_csv=(PUPILS_CSV + bad_row).encode())  # fmt: skip
    (tmp_path / "photos").mkdir(exist_ok=True)
    return {
        errors.ClearpostError: (("check", "--text-file", tmp_path / "latin.txt"), "not UTF-8"),
        errors.BadCheckRequest: (("check", "--text", "Ivy \udcff"), "lone surrogate"),
        errors.ImageRejected: (("check", tmp_path / "empty.jpg"), "is empty (0 bytes)"),
        errors.ImageTooLarge: (("check", tmp_path / "bomb.png"), "60 MP"),
        errors.VideoNotSupported: (("check", tmp_path / "clip.avi"), "an AVI video"),
        errors.VideoRejected: (("check", tmp_path / "clip.mov"), "truncated or corrupt"),
        errors.NotFound: (("register", "forget", upn(9), "--yes"), upn(9)),
        errors.FolderRefused: (("batch", home), "data folder"),
        errors.NotSearchable: (("find", upn(3), tmp_path / "photos"), "cannot be searched"),
        errors.ImportRefused: (("register", "import", tmp_path / "bad.csv"), "nothing was"),
        errors.BackupError: (("restore", tmp_path / "notabackup.zip"), "not a Clearpost"),
    }


@pytest.mark.parametrize(
    "error",
    [errors.ClearpostError, errors.BadCheckRequest, errors.ImageRejected, errors.ImageTooLarge,
     errors.VideoNotSupported, errors.NotFound, errors.FolderRefused, errors.NotSearchable,
     errors.ImportRefused, errors.BackupError],
    ids=lambda c: c.__name__,
)  # fmt: skip
def test_the_cli_prints_the_message_and_exits_1_without_a_traceback(cli, tmp_path, home, error):
    args, words = cli_case(tmp_path, home)[error]
    result = cli(*args)
    assert result.exit_code == 1, result.output
    assert words in result.output and "Traceback" not in result.output
    assert result.output.startswith("Error: ")
    # --debug: the same error, raised with its traceback.
    result = cli("--debug", *args)
    assert result.exit_code == 1 and type(result.exception) is error


def test_a_config_error_on_the_cli(home):
    home.mkdir(parents=True)
    (home / "settings.json").write_text(json.dumps({"on_service_down": "maybe"}))
    result = CliRunner().invoke(main, ["info"])
    assert result.exit_code == 1 and "'on_service_down' must be" in result.output
    assert type(CliRunner().invoke(main, ["--debug", "info"]).exception) is errors.ConfigError


# -- missing model files: a real process, the model package an empty folder ----------------


def empty_model_package(root, package: str):
    """A package of that name with an empty models/ folder, found first on the path."""
    (root / package / "models").mkdir(parents=True)
    (root / package / "__init__.py").write_text("")
    return root


def env_with(tmp_path, package: str) -> dict:
    fake = empty_model_package(tmp_path / "fake", package)
    env = dict(os.environ, CLEARPOST_HOME=str(tmp_path / "data"), PYTHONPATH=str(fake))
    env.pop("CLEARPOST_DATABASE_URL", None)
    return env


MODELS = {
    errors.ModelFilesMissing: "face_recognition_models",
    errors.OcrModelsMissing: "rapidocr_onnxruntime",
}


@pytest.mark.parametrize("error", list(MODELS), ids=lambda c: c.__name__)
def test_a_missing_model_on_the_cli_says_run_make_install(tmp_path, error):
    env = env_with(tmp_path, MODELS[error])
    photo = files(tmp_path, photo_jpg=jpeg()) / "photo.jpg"
    done = subprocess.run([*CLI, "check", photo], env=env, capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "make install" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1  # one line
    done = subprocess.run([*CLI, "--debug", "check", photo], env=env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 1 and "Traceback" in done.stderr
    assert f"clearpost.errors.{error.__name__}" in done.stderr


@pytest.mark.parametrize("error", list(MODELS), ids=lambda c: c.__name__)
def test_a_missing_model_over_http_is_a_503_saying_run_make_install(tmp_path, error):
    from test_serve import free_port

    env = env_with(tmp_path, MODELS[error])
    port = free_port()
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(base + "/health", timeout=5)
                break
            except OSError:
                time.sleep(0.2)
        token = (tmp_path / "data" / "api.token").read_text().strip()
        request = urllib.request.Request(
            base + "/check", data=json.dumps({"images": [b64(jpeg())]}).encode(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )  # fmt: skip
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=120)
        assert refused.value.code == 503
        answer = json.loads(refused.value.read())
        assert answer["error"] == error.__name__ and "make install" in answer["message"]
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0]
    # The warm-up's failure is one line in the log, not a thread's traceback.
    assert "The models could not be loaded" in output and "Traceback" not in output


# -- every class is covered ----------------------------------------------------------------


def test_every_error_class_has_a_test_here():
    classes = {c for c in vars(errors).values()
               if isinstance(c, type) and issubclass(c, errors.ClearpostError)}  # fmt: skip
    tested = {*CHECKS, *MODELS, errors.ClearpostError, errors.RevokedToken, errors.NotFound,
              errors.FolderRefused, errors.NotSearchable, errors.ImportRefused,
              errors.ConfigError, errors.BackupError, errors.ModelsMissing,
              # real clips, made in tests/video/test_video_refusals.py
              errors.VideoCodecUnsupported, errors.VideoTooLarge,
              # check jobs held at once: tests/video/test_check_jobs.py
              errors.TooManyChecks}  # fmt: skip
    assert classes - tested == set(), "add a test for each new error class"


def test_a_model_error_is_a_503_and_an_image_too_large_an_image_rejected():
    assert errors.ModelFilesMissing.status == errors.OcrModelsMissing.status == 503
    assert issubclass(errors.ImageTooLarge, errors.ImageRejected)
    assert "make install" in str(errors.ModelFilesMissing("The face model file x is missing."))
