"""A post with a video, on the X and Facebook pages, in a real Chromium with the extension,
against the real service: the clip is checked (not held unchecked as before), the badge
says how far ("Checking video… 40%") while the post stays held, the verdict acts as for
photos, the clip that goes out is the clip that was checked, and removing the video during
the check stops that check and checks the post again without it.

The clips are made here with PyAV from ../shared faces (tests/video/video_clips.py):
Thomas (enrolled from obama.jpg, no social-media consent) is seen in a clip of another
photo of him; Olivia (social-media consent) is enrolled here from one photo of a person
and seen in a clip made from another photo of the same person.
"""

import hashlib
import time

import pytest

from .test_posting import CLEAN, SUBMIT, assert_held, frame_of, open_site, rules, sent, write
from .test_what_goes_out import attach, composer_photos, posted_photos
from conftest import face, upn

try:  # tests/video's helpers (PyAV clips from the face fixtures)
    from video_clips import Actor, Clip
except ImportError:
    from video.video_clips import Actor, Clip

VIDEO_SITES = ["x.com", "facebook.com"]
REMOVE = {"x.com": "Remove media", "facebook.com": "Remove"}
CHECK_SECONDS = 120  # a clip's first check may wait for the face models to load


def still(x, y):
    return lambda t: (x, y)


def clip_file(tmp_path, name: str, **clip) -> tuple:
    data = Clip(**clip).render()
    path = tmp_path / name
    path.write_bytes(data)
    return path, hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def olivia(service):
    """Olivia (social-media consent) enrolled from a photo of the person her clips show."""
    service.cli("register", "enrol", upn(1), str(face("fr/examples/knn_examples/train/"
                                                      "kit_harington/john2.jpeg")))  # fmt: skip
    return "kit"  # video_clips' actor: john1.jpeg of the same person


def thomas_clip(tmp_path, seconds=6):
    return clip_file(tmp_path, "sports-day.mp4", seconds=seconds,
                     actors=[Actor("obama", 130, still(0.5, 0.5))])  # fmt: skip


def watch_badge(page):
    """Keep every text the Clearpost badge shows (it sits in an open shadow root)."""
    page.evaluate(
        """() => {
            window.badgeTexts = [];
            setInterval(() => {
                const host = document.querySelector('clearpost-badge');
                const node = host && host.shadowRoot.querySelector('[data-cp="checking"]');
                if (node && window.badgeTexts.at(-1) !== node.textContent) {
                    window.badgeTexts.push(node.textContent);
                }
            }, 20);
        }"""
    )


def badge_texts(page) -> list[str]:
    return page.evaluate("window.badgeTexts")


def percents(texts) -> list[int]:
    out = []
    for text in texts:
        if text.startswith("Checking video… ") and text.endswith("%"):
            out.append(int(text.removeprefix("Checking video… ").removesuffix("%")))
    return out


def wait_dialog(page, kind):
    locator = page.locator(f'[data-cp="dialog-{kind}"]')
    locator.wait_for(timeout=CHECK_SECONDS * 1000)
    return locator


@pytest.mark.parametrize("site", VIDEO_SITES)
def test_a_clip_of_a_pupil_without_consent_is_blocked_with_progress_shown(
    page, sites, site, recorder, tmp_path, screenshot
):
    clip, digest = thomas_clip(tmp_path)
    open_site(page, sites, site)
    write(page, site, "Sports day!")
    attach(page, site, clip)
    watch_badge(page)
    page.click(SUBMIT[site])
    box = wait_dialog(page, "block")
    assert "face.no_consent" in rules(page)
    finding = page.locator('[data-cp="finding"][data-rule="face.no_consent"]').first
    assert "A face in a video (video 1, 0.0–" in finding.inner_text()
    assert box.locator('[data-cp="video"]').count() == 1
    screenshot(page, f"block-video-{site}")
    # What the service was asked is the clip in the composer, byte for byte.
    assert recorder.checks[-1] == {"text": "Sports day!", "images": [digest]}
    # The badge said how far the check was, moving up, while the post was held.
    shown = percents(badge_texts(page))
    assert len(set(shown)) >= 2, badge_texts(page)
    assert shown == sorted(shown) and shown[-1] < 100
    assert [j["percent"] for j in recorder.jobs if j["state"] == "running"]
    # The clean copy (Thomas blurred) is offered, and this site's files can be replaced.
    assert 0 in recorder.fixes[-1]
    assert page.locator('[data-cp="apply-images"]').inner_text() == (
        "Replace with the corrected copies"
    )
    assert_held(page)
    # "Replace" puts the service's clean copy in the composer in place of the clip checked.
    page.click('[data-cp="apply-images"]')
    page.locator("clearpost-dialog").wait_for(state="detached")
    assert composer_photos(page) == [recorder.fixes[-1][0]] != [digest]
    assert_held(page)


@pytest.mark.parametrize("site", VIDEO_SITES)
def test_a_clip_of_a_consented_pupil_goes_out_exactly_as_checked(
    page, sites, site, recorder, olivia, tmp_path
):
    clip, digest = clip_file(tmp_path, "assembly.mp4", seconds=4,
                             actors=[Actor(olivia, 130, still(0.5, 0.5))])  # fmt: skip
    open_site(page, sites, site)
    write(page, site, CLEAN)
    attach(page, site, clip)
    watch_badge(page)
    page.click(SUBMIT[site])
    page.wait_for_function("window.sent.length > 0 || !!document.querySelector('clearpost-dialog')",
                           timeout=CHECK_SECONDS * 1000)  # fmt: skip
    dialogs = page.locator("clearpost-dialog")
    assert dialogs.count() == 0, dialogs.inner_text()
    assert sent(page) == [{"text": CLEAN, "images": 1}]
    assert recorder.checks[-1] == {"text": CLEAN, "images": [digest]}
    assert posted_photos(page) == [digest]
    assert percents(badge_texts(page)), badge_texts(page)


def test_a_warned_clip_goes_out_only_with_a_reason_and_as_checked(page, sites, recorder, tmp_path):
    """Someone the register does not know, on the official account: a warning, as for a
    photo; posted anyway with a reason, the clip that goes out is the clip checked."""
    clip, digest = clip_file(tmp_path, "visitor.mp4", seconds=4,
                             actors=[Actor("rose", 130, still(0.5, 0.5))])  # fmt: skip
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", CLEAN)
    attach(page, "facebook.com", clip)
    page.click(SUBMIT["facebook.com"])
    wait_dialog(page, "warn")
    assert "face.unknown" in rules(page)
    assert_held(page)
    page.check('[data-cp="confirm-tick"]')
    page.fill('[data-cp="confirm-reason"]', "Our visiting author agreed to be filmed")
    page.click('[data-cp="post-anyway"]')
    page.wait_for_function("window.sent.length > 0", timeout=CHECK_SECONDS * 1000)
    assert sent(page) == [{"text": CLEAN, "images": 1}]
    assert posted_photos(page) == recorder.checks[-1]["images"] == [digest]


def test_the_post_stays_held_until_the_verdict_however_long_the_check(
    page, sites, recorder, olivia, tmp_path
):
    """Even an allowed clip: nothing goes out while the badge shows the check running."""
    clip, digest = clip_file(tmp_path, "long.mp4", seconds=10, fps=8,
                             actors=[Actor(olivia, 130, still(0.5, 0.5))])  # fmt: skip
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    attach(page, "x.com", clip)
    watch_badge(page)
    page.click(SUBMIT["x.com"])
    # The badge and the posts sent are read in one step of the page (a reading of one and
    # then the other could see a post that went out after the badge had gone).
    held_while = []
    deadline = time.monotonic() + CHECK_SECONDS
    while time.monotonic() < deadline:
        now = page.evaluate(
            """() => {
                const host = document.querySelector('clearpost-badge');
                const node = host && host.shadowRoot.querySelector('[data-cp="checking"]');
                return {badge: node ? node.textContent : '', sent: window.sent.length};
            }"""
        )
        if percents([now["badge"]]):
            held_while.append(now["sent"])
        if now["sent"]:
            break
        page.wait_for_timeout(100)
    assert len(held_while) >= 3 and all(s == 0 for s in held_while), held_while
    assert sent(page) == [{"text": CLEAN, "images": 1}]  # once, after the verdict
    assert posted_photos(page) == [digest]
    page.wait_for_timeout(500)
    assert len(sent(page)) == 1


def test_removing_the_video_during_the_check_checks_the_post_again_without_it(
    page, sites, recorder, tmp_path
):
    clip, digest = thomas_clip(tmp_path, seconds=20)
    open_site(page, sites, "x.com")
    write(page, "x.com", CLEAN)
    attach(page, "x.com", clip)
    watch_badge(page)
    page.click(SUBMIT["x.com"])
    page.wait_for_function(
        "window.badgeTexts.some((t) => /^Checking video… \\d+%$/.test(t))",
        timeout=CHECK_SECONDS * 1000,
    )
    frame_of(page, "x.com").locator(f'[aria-label="{REMOVE["x.com"]}"]').click()
    assert composer_photos(page) == []
    page.wait_for_function("window.sent.length > 0", timeout=CHECK_SECONDS * 1000)
    # The clip's check was stopped, and the post checked again as it now is: text only.
    assert sent(page) == [{"text": CLEAN, "images": 0}]
    assert recorder.checks == [
        {"text": CLEAN, "images": [digest]},
        {"text": CLEAN, "images": []},
    ]
    job = next(j["id"] for j in recorder.jobs)
    assert recorder.cancelled == [job]
    assert page.locator("clearpost-dialog").count() == 0


def test_a_clip_the_service_cannot_read_holds_the_post_saying_why(page, sites, recorder, tmp_path):
    clip, _ = thomas_clip(tmp_path)
    truncated = tmp_path / "cut.mp4"
    truncated.write_bytes(clip.read_bytes()[: clip.stat().st_size * 2 // 3])
    open_site(page, sites, "facebook.com")
    write(page, "facebook.com", CLEAN)
    attach(page, "facebook.com", truncated)
    page.click(SUBMIT["facebook.com"])
    box = wait_dialog(page, "closed")
    assert "truncated" in box.inner_text()
    assert box.locator('[data-cp="post-anyway"]').count() == 0
    assert_held(page)
