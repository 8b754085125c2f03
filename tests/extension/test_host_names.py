"""The other places schools post from, under their real host names (so the manifest's
match patterns are tested too): X Pro, Meta Business Suite, a LinkedIn company page's
admin, YouTube Studio community posts."""

import pytest

from .test_posting import CLEAN, FILE_INPUT, FULL_NAME, assert_held, dialog, rules, wait_sent
from conftest import face

COMPOSER = {
    "pro.x.com": '[data-testid="tweetTextarea_0"]',
    "business.facebook.com": '[role="textbox"]',
    "linkedin-company": ".ql-editor",
    "studio.youtube.com": "#textbox",
}
SUBMIT = {
    "pro.x.com": '[data-testid="tweetButton"]',
    "business.facebook.com": ".publish",
    "linkedin-company": "button.share-actions__primary-action",
    "studio.youtube.com": "#post-button",
}
PAGES = list(COMPOSER)


def open_page(page, sites, name):
    page.goto(sites[name])
    page.wait_for_selector(COMPOSER[name])
    page.wait_for_timeout(150)
    return page


@pytest.mark.parametrize("name", PAGES)
def test_a_pupils_full_name_is_held(page, sites, name, screenshot):
    open_page(page, sites, name)
    page.locator(COMPOSER[name]).fill(FULL_NAME)
    page.click(SUBMIT[name])
    dialog(page, "block")
    assert "text.pupil_full_name" in rules(page)
    screenshot(page, f"block-full-name-{name}")
    assert_held(page)


@pytest.mark.parametrize("name", PAGES)
def test_a_clean_post_goes_out_once(page, sites, name, checks):
    open_page(page, sites, name)
    page.locator(COMPOSER[name]).fill(CLEAN)
    page.click(SUBMIT[name])
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    assert checks == [{"text": CLEAN, "images": []}]


def test_meta_business_suite_photos_are_checked(page, sites, checks):
    open_page(page, sites, "business.facebook.com")
    page.locator(COMPOSER["business.facebook.com"]).fill("Sports day!")
    page.set_input_files(FILE_INPUT, str(face("fr/examples/obama2.jpg")))
    page.click(SUBMIT["business.facebook.com"])
    dialog(page, "block")
    assert "face.no_consent" in rules(page)
    assert len(checks[-1]["images"]) == 1
    assert_held(page)


def test_meta_business_suite_has_its_own_adapter(ext, page, sites):
    open_page(page, sites, "business.facebook.com")
    page.wait_for_timeout(600)
    statuses = [s for s in ext.tab_statuses().values() if s["site"] == "business.facebook.com"]
    assert statuses and statuses[-1]["mode"] == "adapter"
    assert statuses[-1]["adapter"] == "Meta Business Suite"
