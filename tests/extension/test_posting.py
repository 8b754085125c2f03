"""Posting on each site with the extension: what goes out, what is held, and the dialogs."""

import pytest

from conftest import face

CLEAN = "Lovely sunny sports day today: well done everyone who took part!"
FULL_NAME = "Well done Olivia Barker for her brilliant poem!"
FORENAME = "Well done Olivia for her brilliant poem!"

# The composer and the submit control of each local site page, as a person uses them.
COMPOSER = {
    "x.com": '[data-testid="tweetTextarea_0"]',
    "facebook.com": '[role="dialog"] [role="textbox"]',
    "instagram.com": '[aria-label="Write a caption..."]',
    "linkedin.com": ".ql-editor",
    "wordpress": ".wp-block-paragraph",
    "unknown": "textarea",
}
SUBMIT = {
    "x.com": '[data-testid="tweetButtonInline"]',
    "facebook.com": '[role="button"][aria-label="Post"]',
    "instagram.com": '[role="button"]:text-is("Share")',
    "linkedin.com": "button.share-actions__primary-action",
    "wordpress": ".editor-post-publish-button",
    "unknown": 'button[type="submit"]',
}
SITES = ["x.com", "facebook.com", "instagram.com", "linkedin.com", "wordpress"]
FILE_INPUT = 'input[type="file"]'


def frame_of(page, site):
    """Where a site's composer is: the WordPress canvas iframe, or the page."""
    return page.frame_locator('iframe[name="editor-canvas"]') if site == "wordpress" else page


def composer(page, site):
    return frame_of(page, site).locator(COMPOSER[site])


def open_site(page, sites, site, query=""):
    page.goto(sites[site] + query)
    composer(page, site).wait_for()
    page.wait_for_timeout(150)  # the content script asks for the site's settings
    return page


def write(page, site, text):
    composer(page, site).fill(text)


def sent(page) -> list[dict]:
    return page.evaluate("window.sent")


def dialog(page, kind: str):
    """The Clearpost dialog of `kind` (block, warn, closed), once it is shown."""
    locator = page.locator(f'[data-cp="dialog-{kind}"]')
    locator.wait_for(timeout=15000)
    return locator


def rules(page) -> list[str]:
    return page.locator('[data-cp="finding"]').evaluate_all(
        "items => items.map((i) => i.dataset.rule)"
    )


def wait_sent(page, count=1):
    page.wait_for_function(f"window.sent.length >= {count}", timeout=15000)
    return sent(page)


def assert_held(page):
    page.wait_for_timeout(300)
    assert sent(page) == [], "the post went out"


@pytest.mark.parametrize(
    "site", ["x.com", "facebook.com", "instagram.com", "linkedin.com", "wordpress"]
)
def test_a_clean_post_goes_out_unchanged(page, sites, site):
    open_site(page, sites, site)
    write(page, site, CLEAN)
    page.click(SUBMIT[site])
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    assert page.locator("clearpost-dialog").count() == 0


@pytest.mark.parametrize(
    "site", ["x.com", "facebook.com", "instagram.com", "linkedin.com", "wordpress"]
)
def test_a_pupils_full_name_is_blocked_and_not_sent(page, sites, site, screenshot):
    open_site(page, sites, site)
    write(page, site, FULL_NAME)
    page.click(SUBMIT[site])
    box = dialog(page, "block")
    assert "text.pupil_full_name" in rules(page)
    assert "Olivia B. (Year 4)" in box.inner_text()
    assert "Policy 001 App.1 (d)" in box.inner_text()
    screenshot(page, f"block-full-name-{site}")
    assert_held(page)
    page.click('[data-cp="cancel"]')
    assert page.locator("clearpost-dialog").count() == 0
    assert_held(page)


def test_the_post_is_held_with_a_checking_state_while_it_is_checked(
    ext, slow_service, page, sites, screenshot
):
    ext.configure(slow_service)
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    page.click(SUBMIT["x.com"])
    checking = page.locator('[data-cp="checking"]')
    checking.wait_for(timeout=1000)
    assert checking.inner_text() == "Checking…"
    button = page.locator(SUBMIT["x.com"])
    assert button.get_attribute("aria-busy") == "true"
    screenshot(page, "checking")
    assert sent(page) == []  # held while the service thinks
    page.click(SUBMIT["x.com"])  # a second click does not post twice
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    assert button.get_attribute("aria-busy") is None
    assert checking.count() == 0
    page.wait_for_timeout(1000)
    assert len(sent(page)) == 1


def test_the_keyboard_shortcut_is_caught_too(page, sites):
    open_site(page, sites, "x.com")
    write(page, "x.com", FULL_NAME)
    composer(page, "x.com").press("Control+Enter")
    dialog(page, "block")
    assert_held(page)


def test_applying_the_text_fix_makes_the_post_pass(page, sites, screenshot):
    open_site(page, sites, "x.com")
    write(page, "x.com", FULL_NAME)
    page.click(SUBMIT["x.com"])
    dialog(page, "block")
    assert page.locator('[data-cp="fixed-text"]').inner_text() == FORENAME
    screenshot(page, "block-with-text-fix")
    page.click('[data-cp="apply-text"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    assert composer(page, "x.com").inner_text().strip() == FORENAME
    assert page.evaluate("editorText()") == FORENAME  # Draft.js's own state, which is posted
    assert_held(page)
    page.click(SUBMIT["x.com"])
    assert wait_sent(page) == [{"text": FORENAME, "images": 0}]


def test_a_warning_needs_the_tick_and_a_reason_which_reaches_the_audit_log(
    ext, service, page, sites, screenshot
):
    ext.configure(service, accounts={"facebook.com": "personal"})
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", FORENAME)
    page.click(SUBMIT["facebook.com"])
    box = dialog(page, "warn")
    assert rules(page) == ["text.pupil_forename"]
    assert "personal account" in box.inner_text()
    post_anyway = page.locator('[data-cp="post-anyway"]')
    assert post_anyway.is_disabled()
    page.check('[data-cp="confirm-tick"]')
    assert post_anyway.is_disabled(), "a tick alone must not be enough"
    page.fill('[data-cp="confirm-reason"]', "ok")
    assert post_anyway.is_disabled(), "two letters are not a reason"
    reason = "Olivia's mum asked us to share this on the class page"
    page.fill('[data-cp="confirm-reason"]', reason)
    page.uncheck('[data-cp="confirm-tick"]')
    assert post_anyway.is_disabled(), "a reason alone must not be enough"
    page.check('[data-cp="confirm-tick"]')
    assert post_anyway.is_enabled()
    screenshot(page, "warn-confirm")
    post_anyway.click()
    assert wait_sent(page) == [{"text": FORENAME, "images": 0}]
    confirmed = service.audit("check.confirmed")
    assert confirmed, "no check.confirmed entry in the audit log"
    entry = confirmed[0]
    assert reason in str(entry)
    assert "text.pupil_forename" in str(entry)
    assert "Mrs Test" in str(entry)  # the "Your name" of the options


def test_this_is_wrong_reports_the_rule_without_the_content(service, page, sites):
    open_site(page, sites, "linkedin.com")
    write(page, "linkedin.com", FULL_NAME)
    page.click(SUBMIT["linkedin.com"])
    dialog(page, "block")
    page.locator('[data-cp="report"]').first.click()
    page.wait_for_selector('[data-cp="report"]:text("Reported: thank you")')
    reported = service.audit("finding.reported")
    assert reported and "text.pupil_full_name" in str(reported[0])
    assert "Olivia" not in str(reported[0]) and "Barker" not in str(reported[0])
    assert_held(page)


def test_a_forename_with_a_photo_is_blocked(page, sites, service, screenshot):
    photo = face("fr/examples/biden.jpg")
    open_site(page, sites, "x.com")
    write(page, "x.com", FORENAME)
    page.set_input_files(FILE_INPUT, str(photo))
    page.click(SUBMIT["x.com"])
    dialog(page, "block")
    assert "text.pupil_name_with_photo" in rules(page)
    screenshot(page, "block-forename-with-photo")
    assert_held(page)


def test_a_photo_of_a_pupil_without_consent_is_blocked_with_a_box(page, sites, service, screenshot):
    photo = face("fr/examples/obama2.jpg")  # Thomas (enrolled from obama.jpg): no social media
    open_site(page, sites, "instagram.com")
    write(page, "instagram.com", "Sports day!")
    page.set_input_files(FILE_INPUT, str(photo))
    page.click(SUBMIT["instagram.com"])
    dialog(page, "block")
    assert "face.no_consent" in rules(page)
    page.locator('[data-cp="photo"] [data-cp="box"]').first.wait_for()
    box = page.locator('[data-cp="box"]').first.bounding_box()
    thumb = page.locator('[data-cp="photo"] img').first.bounding_box()
    assert box["width"] > 5 and box["height"] > 5
    assert thumb["x"] <= box["x"] and box["x"] + box["width"] <= thumb["x"] + thumb["width"] + 1
    screenshot(page, "block-photo-no-consent")
    assert_held(page)


def test_the_generic_fallback_catches_an_unknown_composer(ext, page, sites, screenshot):
    open_site(page, sites, "unknown")
    write(page, "unknown", FULL_NAME)
    page.click(SUBMIT["unknown"])
    dialog(page, "block")
    assert_held(page)
    page.click('[data-cp="apply-text"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    page.click(SUBMIT["unknown"])
    assert wait_sent(page) == [{"text": FORENAME, "images": 0}]
    # The popup says that the adapter found nothing and the fallback is on.
    popup = ext.context.new_page()
    [tab] = [t for t, status in ext.tab_statuses().items() if status["mode"] == "generic"]
    popup.goto(ext.url(f"popup/popup.html?tab={tab}"))
    status = popup.locator("#pageStatus")
    status.wait_for()
    popup.wait_for_function("document.getElementById('pageStatus').textContent.length > 0")
    assert "could not find X's post box" in status.inner_text()
    assert "any form with a text box" in status.inner_text()
    screenshot(popup, "popup-generic-fallback")
    popup.close()


def test_a_site_turned_off_is_not_checked(ext, service, page, sites):
    ext.configure(service, sites={"x.com": {"enabled": False, "account": "official"}})
    open_site(page, sites, "x.com")
    write(page, "x.com", FULL_NAME)
    page.click(SUBMIT["x.com"])
    assert wait_sent(page) == [{"text": FULL_NAME, "images": 0}]


def test_a_wrong_token_holds_the_post_and_says_how_to_fix_it(ext, service, page, sites, screenshot):
    ext.configure(service, token="not-the-token")
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    page.click(SUBMIT["x.com"])
    box = dialog(page, "closed")
    assert "did not accept this browser's token" in box.inner_text()
    assert "admin page → Tokens" in box.inner_text()
    screenshot(page, "held-wrong-token")
    assert_held(page)


def test_the_service_stopped_holds_the_post(service, page, sites, screenshot):
    service.stop()
    try:
        open_site(page, sites, "x.com")
        write(page, "x.com", CLEAN)
        page.click(SUBMIT["x.com"])
        box = dialog(page, "closed")
        assert "not answering" in box.inner_text()
        assert "clearpost serve" in box.inner_text()
        assert page.locator('[data-cp="post-anyway"]').count() == 0  # fail closed
        screenshot(page, "held-service-down")
        page.click('[data-cp="cancel"]')
        assert_held(page)
    finally:
        service.start()
