"""Draw the extension's icons: a white tick on a blue shield, in the options page's blue.

Our own drawing (no third-party artwork). Writes src/icons/icon-<size>.png for every size
the stores and browsers ask for: 16 (toolbar, favicon), 32 (toolbar on high-DPI screens,
Windows), 48 (extensions page), 96 (Firefox's add-ons manager on high-DPI screens), 128
(Chrome Web Store and install dialog).

Usage (from the repository root, with the project's venv, which has Pillow):
    .venv/bin/python extension/icons/make_icons.py [--help]
Drawn 8 times larger and scaled down (Lanczos), so the small sizes keep smooth edges.
"""

import argparse
from pathlib import Path

from PIL import Image, ImageDraw

SIZES = (16, 32, 48, 96, 128)
BLUE = (21, 94, 239, 255)  # #155eef, the options page's primary button
WHITE = (255, 255, 255, 255)
SCALE = 8
OUT = Path(__file__).resolve().parent.parent / "src" / "icons"


def shield(size: int) -> list[tuple[float, float]]:
    """The shield's outline on a `size` square: flat top, straight sides, a point below."""
    s = size
    top, side, shoulder = 0.06 * s, 0.10 * s, 0.52 * s
    points = [(side, top), (s - side, top), (s - side, shoulder)]
    # The lower half curves in to the point: a quadratic Bézier sampled on each side.
    tip = (s / 2, s - 0.04 * s)
    control = (s - side, 0.80 * s)
    for i in range(1, 21):
        t = i / 20
        x = (1 - t) ** 2 * (s - side) + 2 * (1 - t) * t * control[0] + t * t * tip[0]
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * control[1] + t * t * tip[1]
        points.append((x, y))
    mirrored = [(s - x, y) for x, y in reversed(points[3:-1])]
    return points + mirrored + [(side, shoulder)]


def draw(size: int) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.polygon(shield(big), fill=BLUE)
    # The tick: thicker at the small sizes so it still reads at 16 px.
    width = round(big * (0.13 if size <= 32 else 0.10))
    tick = [(0.29 * big, 0.47 * big), (0.44 * big, 0.62 * big), (0.72 * big, 0.32 * big)]
    pen.line(tick, fill=WHITE, width=width, joint="curve")
    for x, y in (tick[0], tick[-1]):  # round ends
        r = width / 2
        pen.ellipse((x - r, y - r, x + r, y + r), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write to (default {OUT})")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        path = args.out / f"icon-{size}.png"
        draw(size).save(path, optimize=True)
        print(path)


if __name__ == "__main__":
    main()
