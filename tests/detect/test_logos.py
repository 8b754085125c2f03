"""The badge detector with real OpenCV on synthetic photos: our crest, another school's, none."""

import math
import time

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from clearpost.detect.image.logos import LogoReference, find_logos

from conftest import FACES, face

NAVY = (20, 40, 110)
GOLD = (235, 185, 40)


def crest(other: bool = False, size: int = 400) -> Image.Image:
    """Our school's crest (HGPS), or another school's in the same colours and shield."""
    w, h = size, round(size * 1.2)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    shield = [(10, 10), (w - 10, 10), (w - 10, h * 0.55), (w / 2, h - 10), (10, h * 0.55)]
    d.polygon(shield, fill=NAVY, outline=GOLD, width=10)
    font = ImageFont.load_default(size=w // 7)
    if not other:
        chevron = [(60, 250), (w / 2, 150), (w - 60, 250), (w - 60, 290), (w / 2, 190), (60, 290)]
        d.polygon(chevron, fill=GOLD)
        for cx in (110, 200, 290):
            d.regular_polygon((cx, 95, 28), 5, rotation=cx, fill=GOLD)
        d.rectangle((150, 310, 250, 370), fill=GOLD)  # an open book
        d.line((200, 310, 200, 370), fill=NAVY, width=6)
        d.text((w / 2, h - 130), "HGPS", fill=GOLD, font=font, anchor="mm")
    else:
        d.line((40, 40, w - 40, h * 0.7), fill=GOLD, width=26)
        d.line((w - 40, 40, 40, h * 0.7), fill=GOLD, width=26)
        d.ellipse((150, 130, 250, 230), fill=NAVY, outline=GOLD, width=10)
        d.rectangle((70, 300, 130, 340), fill=GOLD)
        d.rectangle((270, 300, 330, 340), fill=GOLD)
        d.text((w / 2, h - 120), "SMCA", fill=GOLD, font=font, anchor="mm")
    return img


def background(w, h, seed=0):
    """A photo-like ground: smooth colour gradients, blotchy texture, sensor noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.stack(
        [120 + 60 * np.sin(x / w * 3 + c) * np.cos(y / h * 2 + c) for c in (0, 1, 2)], -1
    )
    small = rng.normal(0, 40, (h // 16 + 1, w // 16 + 1, 3)).astype(np.float32)
    texture = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    noise = rng.normal(0, 6, (h, w, 3)).astype(np.float32)
    return np.clip(base + texture + noise, 0, 255).astype(np.uint8)


def place(bg, logo, width, angle=0, perspective=0.0, at=(0.5, 0.5)):
    """Paste `logo` into `bg` `width` px wide, rotated, foreshortened; the image and its box."""
    lw, lh = logo.size
    s = width / lw
    src = np.float32([[0, 0], [lw, 0], [lw, lh], [0, lh]])
    dst = src * s
    if perspective:
        p = perspective * width
        dst = dst + np.float32([[p, 0], [-p, 0], [0, 0], [0, 0]])
    c = dst.mean(axis=0)
    r = math.radians(angle)
    R = np.float32([[math.cos(r), -math.sin(r)], [math.sin(r), math.cos(r)]])
    dst = (dst - c) @ R.T
    H_, W_ = bg.shape[:2]
    dst = dst + np.float32([at[0] * W_, at[1] * H_])
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    arr = np.asarray(logo)
    warped = cv2.warpPerspective(
        arr, M, (W_, H_), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.full(arr.shape[:2], 255, np.uint8), M, (W_, H_))
    out = bg.copy()
    out[mask > 127] = warped[mask > 127]
    x0, y0 = dst.min(axis=0)
    x1, y1 = dst.max(axis=0)
    return out, (int(x0), int(y0), int(x1 - x0), int(y1 - y0))


def iou(a, b):
    """Intersection over union of two (x, y, w, h) boxes."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    return inter / (aw * ah + bw * bh - inter)


@pytest.fixture(scope="module")
def ours():
    return LogoReference.from_image(crest(), "HGPS")


@pytest.fixture(scope="module")
def scene():
    return background(1200, 900, seed=1)


def assert_found(matches, box):
    assert any(iou(m.box, box) > 0.5 for m in matches), (box, matches)
    assert all(iou(m.box, box) > 0.5 for m in matches), (box, matches)


@pytest.mark.parametrize("width", [50, 80, 150, 400])
@pytest.mark.parametrize("angle", [0, 15, 30, 90, 180])
def test_found_at_any_size_and_rotation(ours, scene, width, angle):
    image, box = place(scene, crest(), width, angle, at=(0.35, 0.6))
    assert_found(find_logos(Image.fromarray(image), [ours]), box)


@pytest.mark.parametrize("width", [80, 150, 400])
@pytest.mark.parametrize("perspective", [-0.12, 0.12])
def test_found_under_mild_perspective(ours, scene, width, perspective):
    image, box = place(scene, crest(), width, 20, perspective, at=(0.6, 0.4))
    assert_found(find_logos(Image.fromarray(image), [ours]), box)


@pytest.fixture(scope="module")
def big_scene():
    """A 4000x3000 (12 MP) photo: the texture of the small scene, enlarged."""
    return cv2.resize(background(1000, 750, seed=3), (4000, 3000), interpolation=cv2.INTER_CUBIC)


def test_found_in_a_12_megapixel_photo(ours, big_scene):
    # Three badges in one photo: 50 px (the smallest we promise), 90 px and 600 px wide.
    image, small = place(big_scene, crest(), 50, 30, 0.08, at=(0.7, 0.3))
    image, middle = place(image, crest(), 90, 180, at=(0.2, 0.7))
    image, large = place(image, crest(), 600, 15, at=(0.45, 0.45))
    started = time.perf_counter()
    matches = find_logos(Image.fromarray(image), [ours])
    elapsed = time.perf_counter() - started
    for box in (small, middle, large):
        assert any(iou(m.box, box) > 0.5 for m in matches), (box, matches)
    assert len(matches) == 3
    assert elapsed < 10  # ~0.6 s on 2 cores; this only catches a runaway


def test_several_copies_are_all_found(ours, scene):
    image, first = place(scene, crest(), 200, 0, at=(0.25, 0.3))
    image, second = place(image, crest(), 120, 30, at=(0.7, 0.7))
    image, third = place(image, crest(), 90, 180, at=(0.8, 0.2))
    matches = find_logos(Image.fromarray(image), [ours])
    assert len(matches) == 3
    for box in (first, second, third):
        assert any(iou(m.box, box) > 0.5 for m in matches)


@pytest.mark.parametrize("width", [80, 150, 400])
@pytest.mark.parametrize("angle", [0, 30])
def test_another_schools_crest_in_the_same_colours_is_not_ours(ours, scene, width, angle):
    image, _ = place(scene, crest(other=True), width, angle, at=(0.4, 0.5))
    assert find_logos(Image.fromarray(image), [ours]) == []


def test_plain_photos_give_nothing(ours):
    photos = sorted((FACES / "dlib").glob("*.jpg"))
    photos += [FACES / "fr" / "examples" / n for n in ("two_people.jpg", "obama-1080p.jpg")]
    if not all(p.exists() for p in photos):
        face("dlib/bald_guys.jpg")  # skips with the reason
    for path in photos:
        assert find_logos(Image.open(path).convert("RGB"), [ours]) == [], path.name


def test_each_reference_reports_its_own_matches(ours, scene):
    theirs = LogoReference.from_image(crest(other=True), "SMCA")
    image, box = place(scene, crest(other=True), 200, 10, at=(0.5, 0.5))
    [match] = find_logos(Image.fromarray(image), [ours, theirs])
    assert match.reference == 1 and match.name == "SMCA" and iou(match.box, box) > 0.5
    assert 0 < match.score <= 1


def test_reference_round_trip_gives_the_same_answers(ours, scene):
    data = ours.to_bytes()
    again = LogoReference.from_bytes(data)
    assert again.name == "HGPS"
    assert np.array_equal(again.descriptors, ours.descriptors)
    assert np.array_equal(again.grey, ours.grey)
    image, box = place(scene, crest(), 120, 45, at=(0.5, 0.5))
    assert_found(find_logos(Image.fromarray(image), [again]), box)


def test_a_pickle_is_refused():
    import pickle

    with pytest.raises(ValueError):
        LogoReference.from_bytes(pickle.dumps({"a": 1}))


def test_a_featureless_image_is_refused():
    with pytest.raises(ValueError, match="too little detail"):
        LogoReference.from_image(Image.new("RGB", (200, 200), NAVY))


def test_no_references_no_work(scene):
    assert find_logos(Image.fromarray(scene), []) == []
