"""For a whole staff: settings pushed by the school's IT (a real Chromium managed policy)
are read and locked, staff cannot turn the check off, and each member of staff's own
token is taken by the options page, names them in the audit log and stops when revoked.

Chromium on Linux reads policies from /etc/chromium/policies/managed/*.json at start; an
extension's settings are its "3rdparty" part, keyed by the extension's id. An unpacked
extension's id is the SHA-256 of its folder's path, so the test loads its own copy of the
build (its own id: no other browser of the test run is affected) and removes the policy
file afterwards. Writing there needs root (CI and the developers' machines run as root);
elsewhere these tests skip, saying so.
"""

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from .conftest import EXTENSION, launch
from .test_posting import FULL_NAME, SUBMIT, dialog, open_site, write

# The example that school IT copies (extension/deploy/): the test pushes its settings.
DEPLOY_POLICY = EXTENSION / "deploy" / "chrome" / "clearpost.json"
POLICY_DIR = Path(os.environ.get("CLEARPOST_TEST_POLICY_DIR", "/etc/chromium/policies/managed"))


def unpacked_id(folder: Path) -> str:
    """The id Chromium gives an extension loaded unpacked from `folder`."""
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


def policy_dir_writable() -> bool:
    try:
        POLICY_DIR.mkdir(parents=True, exist_ok=True)
        return os.access(POLICY_DIR, os.W_OK)
    except OSError:
        return False


@pytest.fixture(scope="module")
def managed(playwright, extension_dir, service, tmp_path_factory):
    """A Chromium whose copy of the extension has the school's policy: the settings of
    deploy/chrome/clearpost.json (every site checked, X and others as the official account,
    posts held when the service is down) with the test service's address."""
    if not policy_dir_writable():
        pytest.skip(f"a managed policy needs {POLICY_DIR} writable (root)")
    folder = tmp_path_factory.mktemp("managed") / "extension"
    shutil.copytree(extension_dir, folder)
    ext_id = unpacked_id(folder)
    example = json.loads(DEPLOY_POLICY.read_text())["3rdparty"]["extensions"]["EXTENSION_ID"]
    policy = {**example, "serviceUrl": service.url}
    assert policy["sites"]["x.com"] == "official" and "linkedin.com" not in policy["sites"]
    assert policy["onServiceDown"] == "closed"
    policy_file = POLICY_DIR / f"clearpost-test-{ext_id}.json"
    policy_file.write_text(json.dumps({"3rdparty": {"extensions": {ext_id: policy}}}))
    try:
        browser = launch(playwright, folder, tmp_path_factory.mktemp("managed-profile"))
        assert browser.id == ext_id, "the policy is keyed by the id Chromium gave the copy"
        browser.policy = policy
        yield browser
        browser.context.close()
    finally:
        policy_file.unlink(missing_ok=True)


@pytest.fixture
def options(managed):
    page = managed.context.new_page()
    page.goto(managed.url("options/options.html"))
    page.locator("body[data-ready]").wait_for()
    yield page
    page.close()


def test_the_extension_reads_the_policy_from_chromium(managed):
    stored = managed.page.evaluate("chrome.storage.managed.get(null)")
    assert stored == managed.policy


def test_the_options_page_shows_the_policy_locked(managed, options, service, screenshot):
    assert options.locator("#managed").is_visible()
    address = options.locator("#serviceUrl")
    assert address.is_disabled() and address.input_value() == service.url
    for row in options.locator("#sites tr").all():
        check = row.locator('[data-field="enabled"]')
        assert check.is_disabled() and check.is_checked(), row.inner_text()
    x_account = options.locator('[data-site="x.com"][data-field="account"]')
    assert x_account.is_disabled() and x_account.input_value() == "official"
    assert options.locator('[data-site="linkedin.com"][data-field="account"]').is_enabled()
    assert options.locator("#token").is_enabled(), "each member of staff pastes their own"
    assert "Set by your school" in options.locator("#failMode").inner_text()
    screenshot(options, "options-managed")


def test_staff_cannot_turn_the_check_off(managed, service, sites):
    """Even with the check turned off in the browser's own storage (an old setting, or
    the developer tools), a post naming a pupil is held on a managed browser."""
    managed.configure(service, sites={"x.com": {"enabled": False, "account": "personal"}})
    page = managed.context.new_page()
    try:
        open_site(page, sites, "x.com")
        write(page, "x.com", FULL_NAME)
        page.click(SUBMIT["x.com"])
        dialog(page, "block")
        page.wait_for_timeout(300)
        assert page.evaluate("window.sent") == [], "the post went out"
    finally:
        page.close()


def test_a_personal_token_from_the_options_names_the_staff_member(
    managed, options, service, sites, screenshot
):
    token = service.cli("tokens", "issue", "Mrs Green").strip()
    token_id = json.loads(service.cli("tokens", "list", "--json"))[-1]["id"]
    managed.configure(service, token="")
    options.reload()
    options.locator("body[data-ready]").wait_for()
    options.fill("#token", token)
    options.fill("#userName", "Mr Someone Else")
    options.click("#save")
    options.locator("#saveResult.ok").wait_for()
    options.click("#test")
    options.locator("#testResult.ok").wait_for(timeout=15000)

    page = managed.context.new_page()
    try:
        open_site(page, sites, "x.com")
        write(page, "x.com", "Lovely sunny sports day today, well done everyone!")
        page.click(SUBMIT["x.com"])
        page.wait_for_function("window.sent.length >= 1", timeout=15000)
        assert service.audit("check")[0]["actor"] == "staff:Mrs Green"

        service.cli("tokens", "revoke", str(token_id))
        page.reload()
        open_site(page, sites, "x.com")
        write(page, "x.com", "Another lovely day!")
        page.click(SUBMIT["x.com"])
        box = dialog(page, "closed")
        assert "revoked" in box.inner_text() and "admin page → Tokens" in box.inner_text()
        screenshot(page, "held-revoked-token")
        page.wait_for_timeout(300)
        assert page.evaluate("window.sent") == []
    finally:
        page.close()


def test_an_enrolment_code_typed_in_the_options_gets_the_persons_token(
    managed, options, service, sites, screenshot
):
    """Under the policy the address is set; the person types only the one-time code."""
    code = service.cli("tokens", "issue", "Mr Patel", "--enrolment-code").strip()
    managed.configure(service, token="")
    options.reload()
    options.locator("body[data-ready]").wait_for()
    options.fill("#enrolCode", code.lower())
    options.click("#enrol")
    options.locator("#enrolResult.ok").wait_for(timeout=15000)
    assert "Mr Patel" in options.locator("#enrolResult").inner_text()
    screenshot(options, "options-enrolled")
    token = managed.page.evaluate("chrome.storage.local.get('token')")["token"]
    assert token.startswith("cps_")

    page = managed.context.new_page()
    try:
        open_site(page, sites, "x.com")
        write(page, "x.com", "What a wonderful harvest festival assembly this morning!")
        page.click(SUBMIT["x.com"])
        page.wait_for_function("window.sent.length >= 1", timeout=15000)
        assert service.audit("check")[0]["actor"] == "staff:Mr Patel"
    finally:
        page.close()

    options.fill("#enrolCode", code)  # once only
    options.click("#enrol")
    options.locator("#enrolResult.bad").wait_for(timeout=15000)
    assert "used already" in options.locator("#enrolResult").inner_text()
