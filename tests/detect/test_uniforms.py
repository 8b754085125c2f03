"""The uniform detector on real face photos whose clothes are repainted in the uniform's colour."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from clearpost.detect.image.faces import shared_engine
from clearpost.detect.image.logos import LogoReference
from clearpost.detect.image.uniforms import UniformProfile, clothing_region, find_uniforms

from conftest import face

BOTTLE_GREEN = (20, 75, 45)
ROYAL_BLUE = (40, 70, 170)
MAROON = (110, 25, 40)
GREY = (120, 120, 125)


def knit(size, colour, seed=0, light=1.0) -> np.ndarray:
    """A jumper's texture: the colour with knit ribs and noise, under some light."""
    w, h = size
    rng = np.random.default_rng(seed)
    ribs = 10 * np.sin(np.arange(w) / 2.0)[None, :, None]
    noise = rng.normal(0, 6, (h, w, 3))
    shade = np.linspace(1.1, 0.85, h)[:, None, None]  # light from above
    pixels = (np.array(colour, float)[None, None, :] + ribs + noise) * shade * light
    return np.clip(pixels, 0, 255).astype(np.uint8)


def jumper_photo(colour, seed=0) -> Image.Image:
    """What the admin registers: a jumper laid on a plain pale background."""
    img = Image.new("RGB", (600, 600), (235, 235, 230))
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon(
        [
            (170, 60),
            (430, 60),
            (560, 200),
            (500, 260),
            (450, 220),
            (450, 560),
            (150, 560),
            (150, 220),
            (100, 260),
            (40, 200),
        ],
        fill=255,
    )
    img.paste(Image.fromarray(knit(img.size, colour, seed)), mask=mask)
    return img


def dress(image: Image.Image, face_box, colour, light=1.0, badge=None) -> Image.Image:
    """Paint a jumper over the clothing below the face (and maybe sew on a badge)."""
    out = image.copy()
    x, y, w, h = face_box
    top = y + int(1.15 * h)
    left, right = x - w, x + 2 * w
    size = (right - left, out.height - top)
    out.paste(Image.fromarray(knit(size, colour, 1, light)), (left, top))
    if badge is not None:
        badge = badge.resize((w // 3, round(w // 3 * badge.height / badge.width)))
        out.paste(badge, (x + w // 2 + w // 6, top + h // 2))
    return out


@pytest.fixture(scope="module")
def people():
    """Two portrait photos with their (one) face box each."""
    out = []
    for name in ("fr/examples/obama.jpg", "fr/examples/biden.jpg"):
        image = Image.open(face(name)).convert("RGB")
        faces = shared_engine().detect(image)
        assert len(faces) == 1
        out.append((image, faces[0].box))
    return out


@pytest.mark.parametrize("uniform", [BOTTLE_GREEN, ROYAL_BLUE, MAROON, GREY])
@pytest.mark.parametrize("light", [0.75, 1.0, 1.2])
def test_a_jumper_in_the_uniform_colour_matches(people, uniform, light):
    profile = UniformProfile.from_images([jumper_photo(uniform)])
    for image, box in people:
        [match] = find_uniforms(dress(image, box, uniform, light), [box], profile)
        assert match.matched, match
        assert match.score >= 0.5


@pytest.mark.parametrize(
    "uniform, worn",
    [
        (BOTTLE_GREEN, ROYAL_BLUE),
        (ROYAL_BLUE, MAROON),
        (MAROON, BOTTLE_GREEN),
        (ROYAL_BLUE, GREY),
        (BOTTLE_GREEN, GREY),
    ],
)
def test_a_jumper_in_another_colour_does_not(people, uniform, worn):
    profile = UniformProfile.from_images([jumper_photo(uniform)])
    for image, box in people:
        [match] = find_uniforms(dress(image, box, worn), [box], profile)
        assert not match.matched, match


@pytest.mark.parametrize("uniform", [BOTTLE_GREEN, ROYAL_BLUE, MAROON, GREY])
def test_the_clothes_in_the_original_photos_are_not_the_uniform(people, uniform):
    profile = UniformProfile.from_images([jumper_photo(uniform)])
    for image, box in people:
        [match] = find_uniforms(image, [box], profile)
        assert not match.matched, (uniform, match)


def test_the_region_is_below_the_face_and_clipped():
    region, visible = clothing_region((100, 100, 50, 60), (300, 400))
    x, y, w, h = region
    assert y > 160 and x < 100 and x + w > 150 and visible == 1.0
    region, visible = clothing_region((280, 100, 50, 60), (300, 400))
    assert region[0] + region[2] == 300


def test_a_grey_uniform_is_marked_neutral():
    assert UniformProfile.from_images([jumper_photo(GREY)]).neutral
    assert not UniformProfile.from_images([jumper_photo(BOTTLE_GREEN)]).neutral


def test_a_face_at_the_bottom_edge_is_skipped(people):
    image, (x, y, w, h) = people[0]
    cropped = image.crop((0, 0, image.width, y + h + 10))
    profile = UniformProfile.from_images([jumper_photo(BOTTLE_GREEN)])
    assert find_uniforms(cropped, [(x, y, w, h)], profile) == []


def test_the_badge_on_the_jumper_is_reported(people):
    from test_logos import crest

    profile = UniformProfile.from_images([jumper_photo(ROYAL_BLUE)])
    refs = [LogoReference.from_image(crest())]
    image, box = people[0]
    [plain] = find_uniforms(dress(image, box, ROYAL_BLUE), [box], profile, refs)
    [badged] = find_uniforms(dress(image, box, ROYAL_BLUE, badge=crest()), [box], profile, refs)
    assert not plain.badge and badged.badge and badged.matched


def test_profile_round_trip():
    profile = UniformProfile.from_images(
        [jumper_photo(BOTTLE_GREEN), jumper_photo(BOTTLE_GREEN, 2)]
    )
    again = UniformProfile.from_bytes(profile.to_bytes())
    assert np.allclose(again.colours, profile.colours, atol=1e-3)
    with pytest.raises(ValueError, match="format"):
        UniformProfile.from_bytes(b'{"version": 99, "colours": []}')
