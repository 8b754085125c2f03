"""The extension's own pages: the options (save, test the connection) and the popup."""

import http.server
import json
import threading
import urllib.error
import urllib.request

from .conftest import SCHOOL
from conftest import face


def open_page(ext, path):
    page = ext.context.new_page()
    page.goto(ext.url(path))
    page.wait_for_load_state()
    return page


def test_the_options_page_saves_and_tests_the_connection(ext, service, screenshot):
    ext.page.evaluate("Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()])")
    page = open_page(ext, "options/options.html")
    try:
        assert page.input_value("#serviceUrl") == "http://127.0.0.1:5321"  # the default
        page.fill("#serviceUrl", service.url + "/")
        page.fill("#token", "wrong-token")
        page.click("#test")
        page.wait_for_selector("#testResult.bad")
        assert "did not accept" in page.inner_text("#testResult")

        page.fill("#token", service.token)
        page.fill("#userName", "Mr Jones")
        page.click("#test")
        page.wait_for_selector("#testResult.ok:has-text('Connected')")
        assert SCHOOL in page.inner_text("#testResult")
        assert "posts are held" in page.inner_text("#failMode")  # the admin's setting
        page.select_option('select[data-site="facebook.com"]', "personal")
        page.uncheck('input[data-site="linkedin.com"]')
        page.click("#save")
        page.wait_for_selector("#saveResult.ok")
        screenshot(page, "options-saved")

        page.reload()
        page.wait_for_function("document.getElementById('token').value.length > 0")
        assert page.input_value("#serviceUrl") == service.url  # the trailing slash dropped
        assert page.input_value("#token") == service.token
        assert page.input_value("#userName") == "Mr Jones"
        assert page.input_value('select[data-site="facebook.com"]') == "personal"
        assert not page.is_checked('input[data-site="linkedin.com"]')
        synced = page.evaluate("chrome.storage.sync.get(null)")
        local = page.evaluate("chrome.storage.local.get(null)")
        assert synced["serviceUrl"] == service.url and "token" not in synced  # never synced
        assert local["token"] == service.token
        assert local["school"]["name"] == SCHOOL
    finally:
        page.close()


def test_the_options_page_refuses_a_bad_address(ext):
    page = open_page(ext, "options/options.html")
    try:
        page.fill("#serviceUrl", "http://clearpost.school.lan")
        page.click("#save")
        page.wait_for_selector("#saveResult.bad")
        assert "https://" in page.inner_text("#saveResult")
    finally:
        page.close()


def test_the_popup_checks_a_post_by_hand(ext, screenshot):
    page = open_page(ext, "popup/popup.html")
    try:
        page.fill("#text", "Well done Olivia Barker!")
        page.click("#check")
        page.wait_for_selector('[data-cp="verdict"][data-verdict="block"]')
        assert page.locator('[data-cp="finding"][data-rule="text.pupil_full_name"]').count() == 1
        assert "Olivia B. (Year 4)" in page.inner_text("#result")

        page.fill("#text", "Well done Olivia!")
        page.set_input_files("#files", str(face("fr/examples/biden.jpg")))
        assert "biden.jpg" in page.inner_text("#fileList")
        page.click("#check")
        page.wait_for_selector('[data-rule="text.pupil_name_with_photo"]')
        screenshot(page, "popup-check-by-hand")

    finally:
        page.close()


def test_a_face_finding_is_drawn_as_a_box_on_the_thumbnail(ext, screenshot):
    """The drawing alone, with a face finding shaped as the API gives it (box in pixels of
    the photo as displayed), while the service's photo check is still being integrated."""
    photo = face("fr/examples/obama2.jpg")
    page = open_page(ext, "popup/popup.html")
    try:
        page.set_input_files("#files", str(photo))
        page.evaluate(
            """async () => {
                const file = document.getElementById('files').files[0];
                const url = URL.createObjectURL(file);
                const img = new Image();
                img.src = url;
                await img.decode();
                const w = img.naturalWidth, h = img.naturalHeight;
                const result = {verdict: 'block', findings: [{
                    kind: 'face', rule: 'face.no_consent', severity: 'block', image: 0,
                    box: [w * 0.25, h * 0.2, w * 0.5, h * 0.5], score: 0.93,
                    reason: 'Thomas H. (Year 4) has no consent for social media.',
                    clause: '001 App.1 (a)', person: {kind: 'pupil', display: 'Thomas H. (Year 4)'},
                }]};
                const view = Clearpost.view.render(result, {images: [{url}]});
                const wrapper = document.createElement('div');
                wrapper.className = 'cp';
                wrapper.append(view);
                document.getElementById('result').replaceChildren(wrapper);
            }"""
        )
        box = page.locator('[data-cp="photo"] [data-cp="box"]')
        box.wait_for()
        thumb = page.locator('[data-cp="photo"] img').bounding_box()
        drawn = box.bounding_box()
        # A quarter in from the left, a fifth down, half the width: as the finding said.
        assert abs(drawn["x"] - (thumb["x"] + thumb["width"] * 0.25)) < 3
        assert abs(drawn["y"] - (thumb["y"] + thumb["height"] * 0.2)) < 3
        assert abs(drawn["width"] - thumb["width"] * 0.5) < 3
        assert box.inner_text() == "1"
        assert "Thomas H. (Year 4)" not in page.inner_text('[data-cp="photo"]')
        screenshot(page, "thumbnail-with-box")
    finally:
        page.close()


def test_the_options_page_shows_the_service_version(ext, service):
    """The real service's /health gives its version (pyproject.toml's, as the extension's
    manifest is built with): the options page says it is connected to that version."""
    from clearpost import __version__

    ext.configure(service)
    page = open_page(ext, "options/options.html")
    try:
        page.wait_for_selector("#serviceVersion.ok")
        text = page.inner_text("#serviceVersion")
        assert text == f"Connected to Clearpost service {__version__}."
        assert page.get_attribute("#serviceVersion", "data-match") == "true"
    finally:
        page.close()


class OtherReleaseProxy(http.server.ThreadingHTTPServer):
    """The real service, seen as another release: forwards every call and changes only the
    version its answers give (a second release of the service cannot be installed here)."""

    daemon_threads = True

    def __init__(self, target: str, version: str):
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                request = urllib.request.Request(
                    target + self.path,
                    headers={k: v for k, v in self.headers.items() if k.lower() != "host"},
                )
                try:
                    with urllib.request.urlopen(request, timeout=30) as reply:
                        status, body = reply.status, json.loads(reply.read())
                except urllib.error.HTTPError as error:
                    status, body = error.code, json.loads(error.read())
                    error.close()
                if "version" in body:
                    body["version"] = version
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


def test_the_options_page_warns_when_the_service_is_another_version(ext, service):
    proxy = OtherReleaseProxy(service.url, "99.0.0")
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    proxy.token = service.token
    ext.configure(proxy)
    page = open_page(ext, "options/options.html")
    try:
        page.wait_for_selector("#serviceVersion.bad")
        text = page.inner_text("#serviceVersion")
        assert "Connected to Clearpost service 99.0.0, but this extension is version" in text
        assert "update the extension" in text
        assert page.get_attribute("#serviceVersion", "data-match") == "false"
        # "Test connection" reads the version from /school: the same warning.
        page.evaluate("document.getElementById('serviceVersion').textContent = ''")
        page.click("#test")
        page.wait_for_selector("#testResult.ok")
        assert "99.0.0" in page.inner_text("#serviceVersion")
    finally:
        page.close()
        proxy.shutdown()
        proxy.server_close()
