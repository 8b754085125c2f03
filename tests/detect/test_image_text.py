"""Reading names written in pictures (RapidOCR, real models) and mapping them back to boxes."""

import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from clearpost.detect.image import image_text
from clearpost.detect.image.image_text import read_text
from clearpost.detect.image.text_lines import TextLine, words_with_boxes

CERTIFICATE = ["Certificate of Achievement", "awarded to", "Olivia Barker, Year 4"]


def font(size: int) -> ImageFont.FreeTypeFont:
    # Pillow's own scalable font (10.1+): the same on every machine, no system fonts needed.
    return ImageFont.load_default(size=size)


def busy_photo(width: int, height: int, seed: int = 1) -> Image.Image:
    """A stand-in for a photo: soft colour gradients with blotches, no text."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    pixels = np.stack(
        [120 + 80 * np.sin(x / 170), 110 + 60 * np.cos(y / 130), 90 + 50 * np.sin((x + y) / 300)],
        axis=-1,
    )
    img = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    for _ in range(30):
        cx, cy, r = rng.integers(0, width), rng.integers(0, height), rng.integers(10, height // 8)
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    return img


def certificate() -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """A certificate as a school prints it, and where each line was drawn (x0, y0, x1, y1)."""
    img = Image.new("RGB", (1400, 1000), (252, 248, 235))
    draw = ImageDraw.Draw(img)
    draw.rectangle((30, 30, 1370, 970), outline=(150, 110, 40), width=12)
    where = {}
    for text, size, top in zip(CERTIFICATE, (72, 48, 64), (200, 420, 560), strict=True):
        f = font(size)
        width = draw.textlength(text, font=f)
        left = (img.width - width) / 2
        draw.text((left, top), text, font=f, fill=(20, 20, 60))
        where[text] = draw.textbbox((left, top), text, font=f)
    return img, where


def name_label(text: str = "Tom Hughes", size: tuple[int, int] = (1600, 1200), px: int = 56):
    """A photo with a white sticky name label on it; returns the image and the label's box."""
    img = busy_photo(*size)
    label = Image.new("RGB", (int(px * 7), int(px * 1.9)), "white")
    ImageDraw.Draw(label).text((px * 0.5, px * 0.4), text, font=font(px), fill="black")
    x, y = int(size[0] * 0.3), int(size[1] * 0.55)
    img.paste(label, (x, y))
    return img, (x, y, label.width, label.height)


@pytest.fixture(scope="module")
def read_certificate():
    """The certificate, where its lines were drawn, and what OCR read (once per module)."""
    img, where = certificate()
    return img, where, read_text(img)


def texts(lines: list[TextLine]) -> str:
    return " ".join(line.text for line in lines)


def overlaps(box, rect) -> bool:
    """box (x, y, w, h) and rect (x0, y0, x1, y1) share some area."""
    x, y, w, h = box
    return x < rect[2] and rect[0] < x + w and y < rect[3] and rect[1] < y + h


def test_a_certificate_is_read_word_for_word(read_certificate):
    img, where, lines = read_certificate
    read = texts(lines)
    for word in ("Certificate", "Achievement", "awarded", "Olivia", "Barker", "Year 4"):
        assert word in read
    line = next(line for line in lines if "Olivia" in line.text)
    assert line.score > 0.8
    assert overlaps(line.box, where["Olivia Barker, Year 4"])
    # Reading order: top to bottom.
    assert read.index("Certificate") < read.index("awarded") < read.index("Olivia")


def test_a_name_label_on_a_photo():
    img, (x, y, w, h) = name_label()
    lines = [line for line in read_text(img) if "Tom" in line.text]
    assert [line.text for line in lines] == ["Tom Hughes"]
    assert overlaps(lines[0].box, (x, y, x + w, y + h))


def test_a_slightly_rotated_label_is_still_read():
    img, _ = name_label()
    tilted = img.rotate(8, resample=Image.Resampling.BICUBIC, expand=False, fillcolor="grey")
    assert "Tom Hughes" in texts(read_text(tilted))


def test_readable_text_in_a_12_megapixel_photo_comes_back_in_its_pixels():
    img, (x, y, w, h) = name_label("Amira Khan", size=(4000, 3000), px=70)
    lines = [line for line in read_text(img) if "Amira" in line.text]
    assert [line.text for line in lines] == ["Amira Khan"]
    bx, by, bw, bh = lines[0].box
    # In the full image's coordinates, inside the label (detection ran on a smaller copy).
    assert x - 10 <= bx and bx + bw <= x + w + 10 and y - 10 <= by and by + bh <= y + h + 10
    assert bw > 300


def test_a_picture_without_text_gives_nothing():
    assert read_text(Image.new("RGB", (800, 600), (90, 140, 60))) == []


def test_spans_map_text_offsets_back_to_the_part_of_the_line(read_certificate):
    img, where, lines = read_certificate
    text, spans = words_with_boxes(lines)
    assert len(spans) >= 3
    for start, end, line in spans:
        assert text[start:end] == line.text
    start = text.index("Olivia Barker")
    x, y, w, h = spans.boxes_for(start, start + len("Olivia Barker"))
    line_rect = where["Olivia Barker, Year 4"]
    # "Olivia Barker" is the left part of its line: the box covers it and stops before "Year".
    f = font(64)
    name_right = line_rect[0] + ImageDraw.Draw(img).textlength("Olivia Barker", font=f)
    assert x <= line_rect[0] + 5 and x + w >= name_right - 5
    assert x + w < line_rect[2] - 100
    assert y <= line_rect[1] + 5 and y + h >= line_rect[3] - 5


def test_boxes_for_follows_a_slanted_line_and_spans_several_lines():
    # A line rising to the right: its second half sits higher than its first.
    slanted = TextLine("abcdefghij", (0, 0, 200, 60), 1.0, [(0, 20), (200, 0), (200, 40), (0, 60)])
    flat = TextLine("klmno", (0, 100, 100, 20), 1.0)
    text, spans = words_with_boxes([slanted, flat])
    assert text == "abcdefghij\nklmno"
    first = spans.boxes_for(0, 5)
    second = spans.boxes_for(5, 10)
    assert first[0] == 0 and second[0] + second[2] == 200
    assert second[1] < first[1]  # higher up
    both = spans.boxes_for(8, 13)  # "ij\nkl"
    assert both[1] < 40 and both[1] + both[3] == 120
    assert spans.boxes_for(10, 11) is None  # only the line break


def test_findings_of_the_text_detector_map_to_image_boxes(read_certificate):
    from clearpost.detect.text.register_names import NameIndex
    from clearpost.detect.text.text_pii import TextDetector
    from clearpost.register.views import PupilView

    pupil = PupilView("L801200015001", "Olivia", "Barker", "", "Year 4", "Oak", "Olivia B.",
                      {}, False, None, 0, None, None, False, True)  # fmt: skip
    detector = TextDetector()
    detector.use_register(1, lambda: ([pupil], []))
    assert isinstance(detector._index, NameIndex)
    img, where, lines = read_certificate
    text, spans = words_with_boxes(lines)
    names = [f for f in detector.find(text, {}) if f.entity == "PUPIL_FULL_NAME"]
    assert [f.text for f in names] == ["Olivia Barker"]
    assert overlaps(spans.boxes_for(names[0].start, names[0].end), where["Olivia Barker, Year 4"])


def test_models_load_lazily_and_nothing_heavy_at_import():
    code = (
        "import sys, clearpost.detect.image.image_text as m;"
        "assert not m.shared_reader().ready;"
        "assert 'onnxruntime' not in sys.modules and 'cv2' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_model_file_with_the_wrong_checksum_is_refused(monkeypatch):
    name = next(iter(image_text.MODEL_FILES))
    monkeypatch.setitem(image_text.MODEL_FILES, name, "0" * 64)
    with pytest.raises(image_text.OcrModelsMissing, match=name):
        image_text.TextReader().load()


def test_every_model_file_is_listed_and_shipped_in_the_wheel():
    shipped = {p.name for p in image_text.model_dir().glob("*.onnx")}
    assert shipped == set(image_text.MODEL_FILES)


def test_a_full_whiteboard_is_read_tallest_first_within_the_budget():
    img = busy_photo(1600, 1200)
    draw = ImageDraw.Draw(img)
    draw.rectangle((100, 100, 1500, 1150), fill="white")
    draw.text((150, 120), "Star of the week: Amira Khan", font=font(60), fill="red")
    for i in range(20):
        line = f"{i + 1}. spelling list for the Oak class group"
        draw.text((150, 220 + i * 45), line, font=font(30), fill="blue")
    lines = read_text(img)
    assert lines[0].text.startswith("Star of the week") and "Amira Khan" in lines[0].text
    assert lines.skipped > 0 and len(lines) + lines.skipped >= 20
