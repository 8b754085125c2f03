"""The matrix of issue 15: on every site, for every way a post is made, the payload the
service checked is the payload the page posted (text, and each photo's bytes in order).

Rows are the sites (the real editors: Draft.js on X, Lexical on Facebook, a plain
contenteditable on Instagram, Quill on LinkedIn, the WordPress canvas iframe); columns are
the cells: type, paste, photo add / remove / reorder, an edit during the check, posting by
click / Enter on the Post button / Ctrl+Enter, and a fix applied. Every site page has a
file input, so every cell applies to every site, except the photo fix, which the extension
offers only where it knows the site's remove control (see `canReplaceImages`).

`checks` is what the real service was asked, through a proxy that forwards every call; the
pages record what they posted (window.sent, window.sentFiles)."""

import pytest

from .test_posting import (
    CLEAN,
    FORENAME,
    FULL_NAME,
    SUBMIT,
    composer,
    dialog,
    open_site,
    sent,
    wait_sent,
    write,
)
from .test_what_goes_out import (
    attach,
    composer_photos,
    posted_photos,
    preview_button,
    remove,
    sha,
    wait_checking,
)
from conftest import face

SITES = ["x.com", "facebook.com", "instagram.com", "linkedin.com", "wordpress"]
# The sites whose adapter knows the remove control, so "Replace the photos" is offered.
PHOTO_FIX_SITES = {"x.com", "facebook.com"}
# What each page sets once its editor (or the WordPress canvas) is up.
READY = {s: "editorReady" for s in ("x.com", "facebook.com", "linkedin.com")} | {
    "wordpress": "canvasReady"
}
GROUP = "dlib/2008_001009.jpg"  # two small unknown faces: a warning with a blur fix
LATER = " See you all next year!"  # a clean edit: the post may go either way, never unchecked


@pytest.fixture(scope="module")
def plain_photos(tmp_path_factory):
    """Three photos with no face, text or metadata (each a different colour): allowed."""
    from PIL import Image, ImageDraw

    folder = tmp_path_factory.mktemp("plain-photos")
    paths = []
    for i, colour in enumerate([(200, 60, 40), (40, 160, 90), (50, 80, 200)]):
        image = Image.new("RGB", (320, 240), colour)
        ImageDraw.Draw(image).rectangle([40 + 30 * i, 60, 160 + 30 * i, 180], fill=(240, 230, 90))
        path = folder / f"plain-{i}.png"
        image.save(path)
        paths.append(path)
    return paths


def assert_posted_is_checked(page, checks, text, photos=()):
    """What the page posted last is what the service checked last, and it is the post the
    person made (`text`, `photos` in order), so the cell cannot pass on an empty post."""
    posted = sent(page)[-1]
    expected = [sha(p) for p in photos]
    assert checks, "nothing was checked"
    assert {"text": posted["text"], "images": posted_photos(page)} == checks[-1]
    assert checks[-1] == {"text": text, "images": expected}


def paste(page, site, text):
    """Paste `text` as a person would: the clipboard, then Ctrl+V in the composer."""
    page.evaluate("(t) => navigator.clipboard.writeText(t)", text)
    composer(page, site).click()
    page.keyboard.press("Control+V")
    composer(page, site).filter(has_text=text[:20]).wait_for(timeout=5000)


# ---- the cells: each makes a post on `site` and asserts what went out ----------------


def cell_type(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, CLEAN)


def cell_paste(page, site, checks, photos, **_):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    paste(page, site, CLEAN)
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, CLEAN)


def cell_photo_add(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    attach(page, site, photos[0], photos[1])
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, CLEAN, [photos[0], photos[1]])


def cell_photo_remove(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    attach(page, site, *photos)
    remove(page, site, 1)
    assert composer_photos(page) == [sha(photos[0]), sha(photos[2])]
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, CLEAN, [photos[0], photos[2]])


def cell_photo_reorder(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    attach(page, site, *photos)
    preview_button(page, site, "Move earlier", 2)  # the last one moves to the middle
    assert composer_photos(page) == [sha(photos[0]), sha(photos[2]), sha(photos[1])]
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, CLEAN, [photos[0], photos[2], photos[1]])


def cell_edit_during_check(page, site, checks, photos, ext, slow_service, **_):
    """Typing and adding a photo while "Checking…" shows: refused, or checked again; what
    goes out is what was checked last, never the edit unchecked."""
    ext.configure(slow_service)
    write(page, site, CLEAN)
    attach(page, site, photos[0])
    page.click(SUBMIT[site])
    wait_checking(page)
    composer(page, site).focus()
    page.keyboard.type(LATER)
    attach(page, site, photos[1])
    wait_sent(page)
    checks = slow_service.checks
    posted = sent(page)[-1]
    assert {"text": posted["text"], "images": posted_photos(page)} == checks[-1]
    assert checks[-1]["text"] in (CLEAN, CLEAN + LATER)
    assert checks[-1]["images"][0] == sha(photos[0])


def cell_click(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    attach(page, site, photos[2])
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, CLEAN, [photos[2]])


def cell_enter(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    attach(page, site, photos[2])
    page.locator(SUBMIT[site]).focus()
    page.keyboard.press("Enter")
    wait_sent(page)
    page.wait_for_timeout(300)
    assert len(sent(page)) == 1, "posted twice"
    assert_posted_is_checked(page, checks, CLEAN, [photos[2]])


def cell_ctrl_enter(page, site, checks, photos, **_):
    write(page, site, CLEAN)
    attach(page, site, photos[2])
    composer(page, site).press("Control+Enter")
    wait_sent(page)
    page.wait_for_timeout(300)
    assert len(sent(page)) == 1, "posted twice"
    assert_posted_is_checked(page, checks, CLEAN, [photos[2]])


def cell_text_fix_applied(page, site, checks, photos, **_):
    write(page, site, FULL_NAME)
    attach(page, site, photos[0])
    page.click(SUBMIT[site])
    dialog(page, "block")
    page.click('[data-cp="apply-text"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    page.click(SUBMIT[site])
    wait_sent(page)
    assert_posted_is_checked(page, checks, FORENAME, [photos[0]])


def cell_photo_fix_applied(page, site, checks, photos, recorder, **_):
    if site not in PHOTO_FIX_SITES:
        pytest.skip(
            f"the extension offers no 'Replace the photos' on {site}: its adapter knows no "
            "remove control to take the checked photos out (removeAttachmentSelector)"
        )
    write(page, site, CLEAN)
    attach(page, site, photos[0], face(GROUP))
    page.click(SUBMIT[site])
    dialog(page, "warn")
    page.click('[data-cp="apply-images"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    blurred = recorder.fixes[-1][1]
    assert composer_photos(page) == [sha(photos[0]), blurred]
    page.click(SUBMIT[site])
    wait_sent(page)
    posted = sent(page)[-1]
    assert {"text": posted["text"], "images": posted_photos(page)} == recorder.checks[-1]
    assert recorder.checks[-1] == {"text": CLEAN, "images": [sha(photos[0]), blurred]}


CELLS = {
    "type": cell_type,
    "paste": cell_paste,
    "photo-add": cell_photo_add,
    "photo-remove": cell_photo_remove,
    "photo-reorder": cell_photo_reorder,
    "edit-during-check": cell_edit_during_check,
    "click": cell_click,
    "enter": cell_enter,
    "ctrl-enter": cell_ctrl_enter,
    "text-fix-applied": cell_text_fix_applied,
    "photo-fix-applied": cell_photo_fix_applied,
}


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("cell", list(CELLS))
def test_the_payload_posted_is_the_payload_checked(
    request, page, sites, recorder, plain_photos, ext, site, cell
):
    open_site(page, sites, site)
    if site in READY:
        page.wait_for_function(f"window.{READY[site]} === true")
    slow = request.getfixturevalue("slow_service") if cell == "edit-during-check" else None
    CELLS[cell](
        page,
        site,
        recorder.checks,
        plain_photos,
        ext=ext,
        slow_service=slow,
        recorder=recorder,
    )
