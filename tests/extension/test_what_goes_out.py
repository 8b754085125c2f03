"""What leaves is what was checked: the photos in the composer at the moment of posting
(after removing, reordering, replacing), the post as it was when checked (edits during the
check are refused or re-checked), the WordPress canvas iframe, and keyboard posting.

`checks` is what the real service was asked (text, SHA-256 of each photo), through a
proxy that forwards every call; the pages record what they "posted" (window.sentFiles)."""

import hashlib
import time

import pytest

from .test_posting import (
    CLEAN,
    FILE_INPUT,
    FORENAME,
    FULL_NAME,
    SUBMIT,
    assert_held,
    composer,
    dialog,
    frame_of,
    open_site,
    rules,
    sent,
    wait_sent,
    write,
)
from conftest import face

PHOTO_SITES = ["x.com", "facebook.com", "instagram.com", "linkedin.com"]
REMOVE = {"x.com": "Remove media"}  # the others: "Remove"

SHA256 = """async (files) => Promise.all(files.map(async (f) =>
    [...new Uint8Array(await crypto.subtle.digest('SHA-256', await f.arrayBuffer()))]
        .map((b) => b.toString(16).padStart(2, '0')).join('')))"""


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attach(page, site, *paths):
    for path in paths:
        frame_of(page, site).locator(FILE_INPUT).set_input_files(str(path))


def preview_button(page, site, label, index):
    frame_of(page, site).locator(f'[aria-label="{label}"]').nth(index).click()


def remove(page, site, index):
    preview_button(page, site, REMOVE.get(site, "Remove"), index)


def composer_photos(page) -> list[str]:
    """SHA-256 of the files the composer holds now, in its order."""
    return page.evaluate(f"({SHA256})(window.attached)")


def posted_photos(page, index=-1) -> list[str]:
    return page.evaluate(f"({SHA256})(window.sentFiles.at({index}))")


def wait_checking(page):
    page.locator('[data-cp="checking"]').wait_for(timeout=3000)


def wait_checked(page):
    page.locator('[data-cp="checking"]').wait_for(state="detached", timeout=15000)


THOMAS = "fr/examples/obama2.jpg"  # Thomas (enrolled from obama.jpg): no social-media consent
OTHER = "fr/examples/biden.jpg"  # a face the register does not know


# ---- 1. the photos checked are the photos in the composer -------------------------


@pytest.mark.parametrize("site", PHOTO_SITES)
def test_after_a_photo_is_removed_the_photos_left_are_the_ones_checked(page, sites, site, checks):
    thomas, other = face(THOMAS), face(OTHER)
    open_site(page, sites, site)
    write(page, site, "Sports day!")
    attach(page, site, thomas, other)
    remove(page, site, 1)  # the last one added: `files.slice(-shown)` kept it, not Thomas
    assert composer_photos(page) == [sha(thomas)]
    page.click(SUBMIT[site])
    dialog(page, "block")
    assert "face.no_consent" in rules(page)
    assert checks[-1]["images"] == [sha(thomas)]
    assert_held(page)


def test_a_removed_photo_is_not_held_against_a_later_text_only_post(page, sites, checks):
    open_site(page, sites, "x.com")
    attach(page, "x.com", face(THOMAS))
    remove(page, "x.com", 0)
    write(page, "x.com", CLEAN)
    page.click(SUBMIT["x.com"])
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    assert checks == [{"text": CLEAN, "images": []}]


def test_reordered_photos_are_checked_in_order_and_the_fix_replaces_exactly_them(
    page, sites, recorder, screenshot
):
    checks = recorder.checks
    thomas, other = face(THOMAS), face(OTHER)
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", "Sports day!")
    attach(page, "facebook.com", other, thomas)
    preview_button(page, "facebook.com", "Move earlier", 1)  # Thomas first now
    assert composer_photos(page) == [sha(thomas), sha(other)]
    page.click(SUBMIT["facebook.com"])
    dialog(page, "block")
    assert checks[-1]["images"] == [sha(thomas), sha(other)]
    finding = page.locator('[data-cp="finding"][data-rule="face.no_consent"]').first
    assert "photo 1" in finding.inner_text()
    screenshot(page, "block-reordered-photos")
    page.click('[data-cp="apply-images"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    replaced = composer_photos(page)
    # Each checked photo became its corrected copy (or stayed), in its place.
    fixes = recorder.fixes[-1]
    assert 0 in fixes
    assert replaced == [fixes.get(i, checked) for i, checked in enumerate(checks[-1]["images"])]
    assert_held(page)
    page.click(SUBMIT["facebook.com"])
    page.wait_for_function("window.sent.length > 0 || !!document.querySelector('clearpost-dialog')")
    assert checks[-1]["images"] == replaced  # the next post checks the photos now there
    if sent(page):
        assert posted_photos(page) == replaced


def test_post_anyway_sends_the_photos_that_were_checked(page, sites, checks):
    # An unknown face is a warning on the official account; Thomas's photo would block.
    thomas, other = face(THOMAS), face(OTHER)
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", "Sports day!")
    attach(page, "facebook.com", other, thomas)
    remove(page, "facebook.com", 1)
    page.click(SUBMIT["facebook.com"])
    dialog(page, "warn")
    assert "face.no_consent" not in rules(page)
    page.check('[data-cp="confirm-tick"]')
    page.fill('[data-cp="confirm-reason"]', "Parents agreed at the sports day gate")
    page.click('[data-cp="post-anyway"]')
    wait_sent(page)
    assert posted_photos(page) == checks[-1]["images"] == [sha(other)]


# ---- 2. edits while the post is checked --------------------------------------------


def test_typing_and_adding_a_photo_during_the_check_are_refused(ext, slow_service, page, sites):
    ext.configure(slow_service)
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    page.click(SUBMIT["x.com"])
    wait_checking(page)
    composer(page, "x.com").focus()
    page.keyboard.type(" Olivia Barker")
    page.keyboard.press("Control+v")
    attach(page, "x.com", face(THOMAS))
    assert composer(page, "x.com").inner_text().strip() == CLEAN
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    assert slow_service.checks == [{"text": CLEAN, "images": []}]


def test_a_change_the_freeze_cannot_stop_is_checked_before_the_post_goes(
    ext, slow_service, page, sites
):
    ext.configure(slow_service)
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    page.click(SUBMIT["x.com"])
    wait_checking(page)
    # The site's own script (autocomplete, a draft restored) changes the text meanwhile.
    page.evaluate("siteSetsText('Lovely sunny sports day today: well done Olivia Barker!')")
    dialog(page, "block")
    assert [c["text"] for c in slow_service.checks] == [
        CLEAN,
        "Lovely sunny sports day today: well done Olivia Barker!",
    ]
    assert_held(page)


def test_a_photo_the_site_adds_during_the_check_is_checked_before_the_post_goes(
    ext, slow_service, page, sites
):
    ext.configure(slow_service)
    thomas = face(THOMAS)
    open_site(page, sites, "instagram.com")
    write(page, "instagram.com", "Sports day!")
    page.evaluate(
        "(b) => { window.late = new File([new Uint8Array(b)], 'late.jpg', {type: 'image/jpeg'}); }",
        list(thomas.read_bytes()),
    )
    page.click(SUBMIT["instagram.com"])
    wait_checking(page)
    # A photo still uploading when Share was pressed shows up now (the site adds it).
    page.evaluate("siteAddsFile(window.late)")
    dialog(page, "block")
    assert [c["images"] for c in slow_service.checks] == [[], [sha(thomas)]]
    assert_held(page)


def test_a_change_after_the_warning_is_confirmed_is_checked_again(ext, service, page, sites):
    ext.configure(service, accounts={"facebook.com": "personal"})
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", FORENAME)
    page.click(SUBMIT["facebook.com"])
    dialog(page, "warn")
    page.evaluate("(text) => siteSetsText(text)", FULL_NAME)  # the site's own script
    page.check('[data-cp="confirm-tick"]')
    page.fill('[data-cp="confirm-reason"]', "Olivia's mum asked us to share this")
    page.click('[data-cp="post-anyway"]')
    dialog(page, "block")  # the new text was checked, not posted
    assert "text.pupil_full_name" in rules(page)
    assert_held(page)


# ---- 3. WordPress: the block editor's canvas is an iframe ----------------------------


@pytest.mark.parametrize("canvas", ["blob", "srcdoc"])
def test_wordpress_ctrl_enter_in_the_canvas_iframe_is_caught(page, sites, canvas):
    open_site(page, sites, "wordpress", f"?canvas={canvas}")
    write(page, "wordpress", FULL_NAME)
    composer(page, "wordpress").press("Control+Enter")
    dialog(page, "block")
    assert "text.pupil_full_name" in rules(page)
    assert_held(page)


def test_wordpress_photos_in_the_canvas_iframe_are_checked(page, sites, checks, screenshot):
    thomas = face(THOMAS)
    open_site(page, sites, "wordpress")
    write(page, "wordpress", "Our sports day")
    attach(page, "wordpress", thomas)
    page.click(SUBMIT["wordpress"])
    dialog(page, "block")
    assert "face.no_consent" in rules(page)
    assert checks[-1] == {"text": "Our sports day", "images": [sha(thomas)]}
    screenshot(page, "block-wordpress-canvas-photo")
    assert_held(page)


def test_wordpress_typing_in_the_canvas_during_the_check_is_refused(ext, slow_service, page, sites):
    ext.configure(slow_service)
    open_site(page, sites, "wordpress")
    write(page, "wordpress", CLEAN)
    page.click(SUBMIT["wordpress"])
    wait_checking(page)
    composer(page, "wordpress").focus()
    page.keyboard.type(" Olivia Barker")
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    assert slow_service.checks == [{"text": CLEAN, "images": []}]


# ---- 4. the keyboard on the Post button ---------------------------------------------


@pytest.mark.parametrize(
    "site, key",
    [
        ("facebook.com", "Enter"),
        ("facebook.com", "Space"),
        ("instagram.com", "Enter"),
        ("instagram.com", "Space"),
        ("x.com", "Enter"),
        ("linkedin.com", "Space"),
    ],
)
def test_enter_or_space_on_the_focused_post_button_is_caught(page, sites, site, key):
    open_site(page, sites, site)
    write(page, site, FULL_NAME)
    page.locator(SUBMIT[site]).focus()
    page.keyboard.press(key)
    dialog(page, "block")
    assert_held(page)
    page.click('[data-cp="cancel"]')
    assert_held(page)


@pytest.mark.parametrize("site", ["facebook.com", "instagram.com"])
def test_space_on_the_post_button_posts_a_clean_post_once(page, sites, site, checks):
    open_site(page, sites, site)
    write(page, site, CLEAN)
    page.locator(SUBMIT[site]).focus()
    page.keyboard.press("Space")
    assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    page.wait_for_timeout(500)
    assert len(sent(page)) == 1 and checks == [{"text": CLEAN, "images": []}]


@pytest.mark.parametrize("keys", ["Control+Enter", "Meta+Enter"])
def test_ctrl_or_cmd_enter_in_the_composer_is_caught(page, sites, keys):
    open_site(page, sites, "x.com")
    write(page, "x.com", FULL_NAME)
    composer(page, "x.com").press(keys)
    dialog(page, "block")
    assert_held(page)


# ---- 8. warn mode: a post sent without a check is audited with its reason -------------


def test_posting_without_a_check_sends_the_reason_to_the_audit_log(ext, service, page, sites):
    school = {"name": "St Mary's", "on_service_down": "warn", "checkedAt": time.time() * 1000}
    ext.configure(service, school=school)
    reason = "Clearpost is down; the head approved this post by phone"
    service.stop()
    try:
        open_site(page, sites, "x.com")
        write(page, "x.com", CLEAN)
        page.click(SUBMIT["x.com"])
        box = dialog(page, "warn")
        assert "not answering" in box.inner_text()
        page.check('[data-cp="confirm-tick"]')
        page.fill('[data-cp="confirm-reason"]', reason)
        page.click('[data-cp="post-anyway"]')
        assert wait_sent(page) == [{"text": CLEAN, "images": 0}]
    finally:
        service.start()
    # Kept by the extension while the service was down; sent after its next answer.
    page.reload()
    composer(page, "x.com").wait_for()
    write(page, "x.com", CLEAN)
    page.click(SUBMIT["x.com"])
    wait_sent(page)
    deadline = time.monotonic() + 10
    while not (entries := service.audit("check.unchecked")) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert entries, "the post sent without a check is not in the audit log"
    detail = entries[0]["detail"]
    assert detail["reason"] == reason and detail["posted"] == "without a check"
    assert detail["site"] == "x.com" and detail["failure"] == "down"
    assert "Mrs Test" in entries[0]["actor"]


# ---- 9. videos and more than 10 photos are held, never passed or trimmed ---------------


def test_a_video_the_service_cannot_read_is_held_never_passed(
    page, sites, checks, tmp_path, screenshot
):
    """Videos are checked now (tests/extension/test_videos.py); one that cannot be read
    whole is held with the service's reason, and cannot be posted anyway."""
    clip = tmp_path / "sports-day.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    attach(page, "x.com", clip)
    page.click(SUBMIT["x.com"])
    box = dialog(page, "closed")
    assert "Clearpost could not check this post" in box.inner_text()
    assert "images[0]" in box.inner_text()  # the service's message, naming the file
    assert page.locator('[data-cp="post-anyway"]').count() == 0
    screenshot(page, "held-video")
    assert_held(page)
    assert checks == [{"text": CLEAN, "images": [sha(clip)]}]


def test_more_than_ten_photos_are_held_not_trimmed(page, sites, checks, tmp_path):
    from PIL import Image

    photos = []
    for i in range(11):
        path = tmp_path / f"plain-{i}.png"
        Image.new("RGB", (64, 48), (20 * i, 120, 200)).save(path)
        photos.append(str(path))
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", CLEAN)
    page.set_input_files(FILE_INPUT, photos)
    page.click(SUBMIT["facebook.com"])
    box = dialog(page, "closed")
    assert "Too many photos" in box.inner_text()
    assert_held(page)
    assert checks == []


# ---- 6. "Use this text" goes through the editor's own input path ---------------------


@pytest.mark.parametrize(
    "site", ["facebook.com", "x.com", "linkedin.com"], ids=["lexical", "draft-js", "quill"]
)
def test_use_this_text_changes_the_editors_own_state(page, sites, site, checks):
    """The composers are the real editors (Lexical, Draft.js, Quill): what is posted is
    the editor's state, not the DOM."""
    open_site(page, sites, site)
    page.wait_for_function("window.editorReady === true")
    write(page, site, FULL_NAME)
    assert page.evaluate("editorText()") == FULL_NAME
    page.click(SUBMIT[site])
    dialog(page, "block")
    page.click('[data-cp="apply-text"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    assert page.evaluate("editorText()") == FORENAME
    page.click(SUBMIT[site])
    assert wait_sent(page) == [{"text": FORENAME, "images": 0}]
    assert checks[-1]["text"] == FORENAME


# ---- 7. Clearpost's own corrected photo passes when it is posted ----------------------


def test_the_corrected_photo_clearpost_made_is_not_warned_about_again(page, sites, recorder):
    group = face("dlib/2008_001009.jpg")  # two small faces: still face-like once blurred
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    attach(page, "x.com", group)
    page.click(SUBMIT["x.com"])
    dialog(page, "warn")
    assert rules(page).count("face.unknown") == 2
    page.click('[data-cp="apply-images"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    fixed = recorder.fixes[-1][0]
    assert composer_photos(page) == [fixed]
    page.click(SUBMIT["x.com"])
    assert wait_sent(page) == [{"text": CLEAN, "images": 1}]
    assert posted_photos(page) == recorder.checks[-1]["images"] == [fixed]
