"""The extension in a real Chromium, against the real service and local copies of each site.

Chromium (Debian's `chromium`) runs headless with the built extension loaded. The sites'
host names (x.com, www.facebook.com, …) resolve to 127.0.0.1 inside this browser only
(--host-resolver-rules), where a small HTTPS server gives pages with each composer's
markup: the real sites are never contacted. HTTPS because those hosts are HSTS-preloaded;
the certificate is made here and Chromium is told to accept it.
"""

import base64
import datetime
import hashlib
import http.server
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import PUPILS_CSV, face, upn

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
SITES = Path(__file__).parent / "sites"
SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = os.environ.get("CLEARPOST_TEST_CHROMIUM", "/usr/bin/chromium")
CLI = Path(sys.executable).parent / "clearpost"
SCHOOL = "St Mary's C of E Primary"

HOSTS = [
    "x.com",
    "pro.x.com",
    "www.facebook.com",
    "business.facebook.com",
    "www.instagram.com",
    "www.linkedin.com",
    "studio.youtube.com",
    "school.example",
]
# Where each local page is served, as the real site's URL would look.
PAGES = {
    "/home": "x.html",
    "/i/flow/new": "unknown.html",
    "/groups/oakclass": "facebook.html",
    "/create/select": "instagram.html",
    "/feed": "linkedin.html",
    "/wp-admin/post-new.php": "wordpress.html",
    "/i/decks/1": "x-pro.html",
    "/latest/composer": "business-suite.html",
    "/company/12345/admin/page-posts/published/": "linkedin-company.html",
    "/channel/UC0school/community": "youtube-studio.html",
    "/record.js": "record.js",
}
# The real editor libraries the sites use, from npm (pinned in extension/package.json).
NODE_MODULES = EXTENSION / "node_modules"
VENDOR = {
    "/vendor/lexical.js": NODE_MODULES / "lexical" / "dist" / "Lexical.prod.js",
    "/vendor/quill.js": NODE_MODULES / "quill" / "dist" / "quill.js",
    "/vendor/react.js": NODE_MODULES / "react" / "umd" / "react.production.min.js",
    "/vendor/react-dom.js": NODE_MODULES / "react-dom" / "umd" / "react-dom.production.min.js",
    "/vendor/immutable.js": NODE_MODULES / "immutable" / "dist" / "immutable.min.js",
    "/vendor/draft.js": NODE_MODULES / "draft-js" / "dist" / "Draft.min.js",
}
SITE_URLS = {
    "x.com": "https://x.com:{port}/home",
    "facebook.com": "https://www.facebook.com:{port}/groups/oakclass",
    "instagram.com": "https://www.instagram.com:{port}/create/select",
    "linkedin.com": "https://www.linkedin.com:{port}/feed",
    "wordpress": "https://school.example:{port}/wp-admin/post-new.php",
    "business.facebook.com": "https://business.facebook.com:{port}/latest/composer",
    "studio.youtube.com": "https://studio.youtube.com:{port}/channel/UC0school/community",
}
# Other host names and pages of a site above (the site's settings apply).
MORE_URLS = {
    "pro.x.com": "https://pro.x.com:{port}/i/decks/1",
    "linkedin-company": "https://www.linkedin.com:{port}/company/12345/admin/page-posts/published/",
}

try:
    from playwright import sync_api as playwright_api
except ImportError:  # the dev extras not installed: the tests below skip, saying so
    playwright_api = None


def pytest_collection_modifyitems(config, items):
    """Skip the browser tests, saying why, when Chromium, node or Playwright is missing."""
    missing = [
        why
        for why, ok in (
            (f"{CHROMIUM} (apt install chromium)", Path(CHROMIUM).exists()),
            ("node (for the extension build)", shutil.which("node")),
            ("playwright (pip install -e '.[dev]')", playwright_api is not None),
        )
        if not ok
    ]
    if not missing:
        return
    skip = pytest.mark.skip(reason=f"browser tests need {', '.join(missing)}")
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(skip)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- the service -------------------------------------------------------------------


class Service:
    """`clearpost serve` in a subprocess on its own data folder; stop() and start() again."""

    def __init__(self, home: Path):
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "CLEARPOST_HOME": str(home)}
        self.env.pop("CLEARPOST_DATABASE_URL", None)
        self.process = None

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [str(CLI), *args], env=self.env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, f"clearpost {' '.join(args)}: {done.stdout}{done.stderr}"
        return done.stdout

    def start(self) -> None:
        with open(self.home / "serve.log", "ab") as log:  # the child keeps its own handle
            self.process = subprocess.Popen(
                [str(CLI), "serve", "--port", str(self.port)], env=self.env, stdout=log, stderr=log
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the service did not start: see {self.home / 'serve.log'}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process = None

    def api(self, path: str, body: dict | None = None) -> dict:
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            return json.loads(reply.read())

    def audit(self, action: str) -> list[dict]:
        out = self.cli("audit", "--action", action, "--json")
        return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def service(tmp_path_factory):
    """The real service: a register of three pupils, Thomas's face enrolled (he has
    biometric consent but no social-media consent), and the school's name set."""
    home = tmp_path_factory.mktemp("clearpost-home")
    (home / "settings.json").write_text(json.dumps({"school": {"name": SCHOOL}}))
    svc = Service(home)
    csv = home / "pupils.csv"
    csv.write_text(PUPILS_CSV, encoding="utf-8")
    svc.cli("register", "import", str(csv))
    svc.enrolled = face("fr/examples/obama.jpg")  # skips when ../shared is not there
    svc.cli("register", "enrol", upn(2), str(svc.enrolled))
    svc.token = svc.cli("token").strip().splitlines()[-1].strip()
    svc.start()
    yield svc
    svc.stop()


# ---- the local sites ---------------------------------------------------------------


def _certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Clearpost test sites")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(h) for h in HOSTS]), False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(SITES), **kwargs)

    def translate_path(self, path):
        path = path.split("?", 1)[0]
        if path in VENDOR:
            return str(VENDOR[path])
        page = PAGES.get(path)
        return str(SITES / page) if page else str(SITES / "missing")

    def log_message(self, format, *args):  # quiet
        pass


class TLSServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext):
        self.context = context
        super().__init__(("127.0.0.1", 0), SiteHandler)

    def handle_error(self, request, client_address):
        pass  # Chromium drops connections (and reports our test certificate): not news

    def get_request(self):
        sock, address = super().get_request()
        tls = self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return tls, address


@pytest.fixture(scope="session")
def sites(tmp_path_factory):
    """{site id: URL of its local composer page}, served over HTTPS on 127.0.0.1."""
    if not all(path.exists() for path in VENDOR.values()):  # the editor libraries
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=EXTENSION, check=True)
    cert, key = _certificate(tmp_path_factory.mktemp("tls"))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = TLSServer(context)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = {site: url.format(port=port) for site, url in {**SITE_URLS, **MORE_URLS}.items()}
    urls["unknown"] = f"https://x.com:{port}/i/flow/new"
    yield urls
    server.shutdown()
    server.server_close()


# ---- the browser -------------------------------------------------------------------


@pytest.fixture(scope="session")
def extension_dir() -> Path:
    build = [shutil.which("node"), str(EXTENSION / "build.mjs"), "chrome", "--no-zip"]
    subprocess.run(build, check=True, capture_output=True)
    return EXTENSION / "dist" / "chrome"


class Browser:
    """The Chromium context with the extension, and an extension page to reach its storage."""

    def __init__(self, context, extension_id: str):
        self.context = context
        self.id = extension_id
        # On first install the extension opens its options (no token yet): use that tab.
        options = self.url("options/options.html")
        deadline = time.monotonic() + 5
        self.page = None
        while self.page is None and time.monotonic() < deadline:
            self.page = next((p for p in context.pages if p.url == options), None)
            time.sleep(0.1)
        if self.page is None:
            self.page = context.new_page()
            self.page.goto(options)
        self.page.wait_for_load_state()

    def url(self, path: str) -> str:
        return f"chrome-extension://{self.id}/{path}"

    def configure(self, service, **changes) -> None:
        """Set the extension's settings as the options page would (defaults, then changes)."""
        sites = {s: {"enabled": True, "account": "official"} for s in SITE_URLS}
        for site, account in changes.pop("accounts", {}).items():
            sites[site]["account"] = account
        synced = {"serviceUrl": service.url, "userName": "Mrs Test", "sites": sites}
        local = {"token": service.token}
        for key, value in changes.items():
            (local if key in ("token", "school") else synced)[key] = value
        self.page.evaluate(
            """async ([synced, local]) => {
                await chrome.storage.sync.clear();
                await chrome.storage.local.clear();
                await chrome.storage.sync.set(synced);
                await chrome.storage.local.set(local);
            }""",
            [synced, local],
        )

    def tab_statuses(self) -> dict[int, dict]:
        """What each tab's content script told the background (tab id → status)."""
        stored = self.page.evaluate("chrome.storage.session.get(null)")
        return {int(k.split(":")[1]): v for k, v in stored.items() if k.startswith("tab:")}


def launch(p, extension_dir: Path, profile: Path) -> Browser:
    """Chromium with the extension loaded from `extension_dir`, the sites' host names on
    127.0.0.1; a Browser once the extension's worker runs."""
    rules = ", ".join(f"MAP {host} 127.0.0.1" for host in HOSTS)
    context = p.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=False,  # extensions need the new headless mode, asked for in args
        ignore_https_errors=True,
        viewport={"width": 1100, "height": 900},
        args=[
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--disable-extensions-except={extension_dir}",
            f"--load-extension={extension_dir}",
            f"--host-resolver-rules={rules}, EXCLUDE 127.0.0.1",
        ],
    )
    worker = context.service_workers[0] if context.service_workers else None
    if worker is None:
        worker = context.wait_for_event("serviceworker", timeout=15000)
    return Browser(context, worker.url.split("/")[2])


@pytest.fixture(scope="session")
def playwright():
    """One Playwright driver for every browser the tests launch (it cannot be started twice)."""
    with playwright_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright, extension_dir, tmp_path_factory):
    browser = launch(playwright, extension_dir, tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.context.close()


@pytest.fixture
def ext(browser, service):
    """The browser with the extension set up for the test service (fresh settings)."""
    browser.configure(service)
    return browser


@pytest.fixture
def page(ext):
    tab = ext.context.new_page()
    yield tab
    tab.close()


@pytest.fixture(scope="session")
def screenshot():
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path))
        return path

    return take


def _photo_hash(data_url: str) -> str:
    return hashlib.sha256(base64.b64decode(data_url.split(",", 1)[1])).hexdigest()


def _form_check(data: bytes, content_type: str) -> dict:
    """{text, images: [sha256 of each file]} of a check sent as multipart/form-data (a post
    with a video, to POST /api/v1/checks), read with the service's own strict reader."""
    from clearpost.checks.request import multipart_parts

    boundary = content_type.partition("boundary=")[2].strip('"')
    parts = multipart_parts(data, boundary)
    text = next((p.data.decode() for p in parts if p.name == "text"), "")
    images = [hashlib.sha256(p.data).hexdigest() for p in parts if p.name == "images"]
    return {"text": text, "images": images}


def _fixes(answer: dict) -> dict:
    """{attachment index: sha256} of the corrected photos and videos an answer offered."""
    fixes = answer.get("fixes") or {}
    return {
        f["image"]: hashlib.sha256(base64.b64decode(f["data"])).hexdigest()
        for f in (fixes.get("images") or []) + (fixes.get("videos") or [])
    }


class SlowProxy(http.server.ThreadingHTTPServer):
    """Forwards to the real service (after a pause, so the "Checking…" state can be seen),
    and keeps what each check asked: `checks` is [{text, images: [sha256 of each photo]}],
    and `fixes` the corrected photos each answer offered: [{photo index: sha256}]. A post
    with a video is checked as a job (POST /api/v1/checks, followed by GET): `jobs` holds
    every state the extension was told ({id, state, percent}), `cancelled` the job ids
    it stopped (DELETE)."""

    daemon_threads = True

    def __init__(self, target: str, delay: float):
        self.target, self.delay = target, delay
        self.checks = []
        self.fixes = []
        self.jobs = []
        self.cancelled = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else None
                if self.path == "/api/v1/check" and data:
                    body = json.loads(data)
                    images = [_photo_hash(i) for i in body.get("images", [])]
                    self.server.checks.append({"text": body.get("text"), "images": images})
                if self.path == "/api/v1/checks" and data:
                    self.server.checks.append(_form_check(data, self.headers["Content-Type"]))
                if self.command == "DELETE" and self.path.startswith("/api/v1/checks/"):
                    self.server.cancelled.append(self.path.rsplit("/", 1)[1])
                time.sleep(self.server.delay)
                request = urllib.request.Request(
                    self.server.target + self.path,
                    data=data,
                    headers={k: v for k, v in self.headers.items() if k.lower() != "host"},
                    method=self.command,
                )
                try:
                    with urllib.request.urlopen(request, timeout=60) as reply:
                        status, body = reply.status, reply.read()
                except urllib.error.HTTPError as error:
                    status, body = error.code, error.read()
                    error.close()
                if self.path == "/api/v1/check" and status == 200:
                    self.server.fixes.append(_fixes(json.loads(body)))
                if self.path.startswith("/api/v1/checks") and status in (200, 202):
                    job = json.loads(body)
                    self.server.jobs.append({k: job.get(k) for k in ("id", "state", "percent")})
                    if job.get("state") == "done":
                        self.server.fixes.append(_fixes(job["result"]))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = forward

            def log_message(self, format, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request, client_address):
        pass  # the browser dropped the connection (a page closed mid-check): not news


def _proxy(service, delay):
    proxy = SlowProxy(service.url, delay)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    proxy.token = service.token
    return proxy


@pytest.fixture
def slow_service(service):
    """The service behind a 1.5 s pause: {url, token, checks} like the service."""
    proxy = _proxy(service, 1.5)
    yield proxy
    proxy.shutdown()
    proxy.server_close()


@pytest.fixture
def recorder(ext, service):
    """The extension set up to reach the service through a proxy that keeps what each
    check asked (`checks`: text, photo hashes)."""
    proxy = _proxy(service, 0)
    ext.configure(proxy)
    yield proxy
    proxy.shutdown()
    proxy.server_close()


@pytest.fixture
def checks(recorder):
    return recorder.checks
