"""The toolbar popup's check by hand with a video, in a real Chromium against the real
service (through the recording proxy): a clip dropped in the popup goes in parts to
POST /api/v1/checks and is followed, the Check button saying how far; the verdict is shown
as for photos, the video as a video. A file of another kind is listed as refused, never
sent; past ten files, the next is refused too.

The clips are made here with PyAV from ../shared faces (tests/video/video_clips.py).
"""

import base64
import hashlib

from .test_pages import open_page
from .test_videos import CHECK_SECONDS, percents, thomas_clip
from conftest import face

CHOSEN = "[data-cp='file']"


def drop(page, *files: tuple[str, str, bytes]) -> None:
    """Drop `files` (name, type, bytes) on the popup's drop zone, as a person does."""
    transfer = page.evaluate_handle(
        """(files) => {
            const transfer = new DataTransfer();
            for (const [name, type, data] of files) {
                const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], name, {type}));
            }
            return transfer;
        }""",
        [[name, kind, base64.b64encode(data).decode()] for name, kind, data in files],
    )
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})


def watch_button(page) -> None:
    """Keep every text the Check button shows."""
    page.evaluate(
        """() => {
            window.buttonTexts = [];
            const button = document.getElementById('check');
            new MutationObserver(() => {
                if (window.buttonTexts.at(-1) !== button.textContent) {
                    window.buttonTexts.push(button.textContent);
                }
            }).observe(button, {childList: true, characterData: true, subtree: true});
        }"""
    )


def listed(page) -> list[dict]:
    return page.eval_on_selector_all(
        CHOSEN, "items => items.map(li => ({kind: li.dataset.kind, text: li.textContent}))"
    )


def test_a_clip_dropped_in_the_popup_is_checked_with_progress_and_blocked(
    ext, recorder, tmp_path, screenshot
):
    clip, digest = thomas_clip(tmp_path)
    page = open_page(ext, "popup/popup.html")
    try:
        page.fill("#text", "Sports day!")
        drop(page, ("sports-day.mp4", "video/mp4", clip.read_bytes()))
        assert listed(page) == [{"kind": "video", "text": "sports-day.mp4 (video)×"}]
        watch_button(page)
        page.click("#check")
        page.wait_for_function(
            "() => document.getElementById('check').textContent.startsWith('Checking video… ')"
        )
        # A second click while the check runs starts nothing (the button is off, and the
        # popup keeps its own note of the check under way).
        page.evaluate("document.getElementById('check').click()")
        page.locator("#check").dispatch_event("click")
        page.wait_for_selector('[data-cp="verdict"][data-verdict="block"]',
                               timeout=CHECK_SECONDS * 1000)  # fmt: skip
        finding = page.locator('[data-cp="finding"][data-rule="face.no_consent"]').first
        assert "A face in a video (video 1, 0.0–" in finding.inner_text()
        assert page.locator('#result [data-cp="video"] video').count() == 1
        assert page.inner_text("#check") == "Check"
        screenshot(page, "popup-video-block")
        # The service was asked once, with the clip byte for byte, as a followed job.
        assert recorder.checks == [{"text": "Sports day!", "images": [digest]}]
        assert [j["percent"] for j in recorder.jobs if j["state"] == "running"]
        shown = percents(page.evaluate("window.buttonTexts"))
        assert shown and shown == sorted(shown), page.evaluate("window.buttonTexts")
        assert page.evaluate("window.buttonTexts")[0] == "Checking video…"  # while it is sent
    finally:
        page.close()


def test_a_file_of_another_kind_is_listed_as_refused_and_never_sent(ext, recorder):
    photo = face("fr/examples/biden.jpg")
    page = open_page(ext, "popup/popup.html")
    try:
        page.fill("#text", "Well done Olivia!")
        page.set_input_files("#files", str(photo))
        drop(page, ("minutes.pdf", "application/pdf", b"%PDF-1.4\n"),
             ("old-camera.avi", "video/x-msvideo", b"RIFF\0\0\0\0AVI "))  # fmt: skip
        assert listed(page) == [
            {"kind": "photo", "text": "biden.jpg×"},
            {"kind": "refused",
             "text": "minutes.pdf refused: not a photo or video Clearpost reads×"},
            {"kind": "refused",
             "text": "old-camera.avi refused: not a photo or video Clearpost reads×"},
        ]  # fmt: skip
        page.click("#check")
        page.wait_for_selector('[data-rule="text.pupil_name_with_photo"]')
        # Only the photo went to the service, the photos-only way (one call, no job).
        sha = hashlib.sha256(photo.read_bytes()).hexdigest()
        assert recorder.checks == [{"text": "Well done Olivia!", "images": [sha]}]
        assert recorder.jobs == []
        # A refused file can be taken off the list.
        page.click("[aria-label='Remove minutes.pdf']")
        assert [item["kind"] for item in listed(page)] == ["photo", "refused"]
    finally:
        page.close()


def test_past_ten_files_the_next_is_refused_not_dropped(ext):
    page = open_page(ext, "popup/popup.html")
    try:
        files = [(f"photo-{i}.jpg", "image/jpeg", b"\xff\xd8\xff") for i in range(11)]
        drop(page, *files)
        kinds = [item["kind"] for item in listed(page)]
        assert kinds == ["photo"] * 10 + ["refused"]
        assert listed(page)[-1]["text"] == (
            "photo-10.jpg refused: Clearpost checks at most 10 photos and videos in a post×"
        )
    finally:
        page.close()
