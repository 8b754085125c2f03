"""The lines of text read from a picture (image_text.py reads them), and where each sits in
their joined text: the text detector finds a name in the joined text, and `LineSpans` maps
its characters back to a box in the picture."""

import bisect
from dataclasses import dataclass, field

import numpy as np


@dataclass
class TextLine:
    """One line of text read from the image; box (x, y, w, h) in the image's own pixels."""

    text: str
    box: tuple[int, int, int, int]
    score: float
    # The line's corners (clockwise from top-left), for slanted text; same pixels as box.
    points: list[tuple[float, float]] = field(default_factory=list, repr=False)


class Lines(list):
    """The TextLines read, in reading order; `skipped` counts lines found but not read
    (over the work budget), so a caller can say the picture holds more text than was checked."""

    skipped: int = 0


class LineSpans:
    """Where each line sits in the joined text, to map text offsets back to image boxes."""

    def __init__(self, starts: list[int], lines: list[TextLine]):
        self.starts = starts
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self):
        for start, line in zip(self.starts, self.lines, strict=True):
            yield start, start + len(line.text), line

    def boxes_for(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        """The image box (x, y, w, h) around characters [start, end) of the joined text.

        Within a line, the part is found by character position along the line (so slanted
        lines work), widened by half a character either side because letters are not all
        the same width; a span over several lines gives the box around all their parts.
        None when the span covers only the separators between lines.
        """
        corners = []
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        for i in range(first, len(self.lines)):
            line, line_start = self.lines[i], self.starts[i]
            if line_start >= end:
                break
            n = len(line.text)
            a, b = max(start, line_start) - line_start, min(end, line_start + n) - line_start
            if b <= a:
                continue
            corners.extend(_part_of_line(line, max(0.0, (a - 0.5) / n), min(1.0, (b + 0.5) / n)))
        if not corners:
            return None
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        x0, y0 = int(np.floor(min(xs))), int(np.floor(min(ys)))
        return (x0, y0, int(np.ceil(max(xs))) - x0, int(np.ceil(max(ys))) - y0)


def _part_of_line(line: TextLine, a: float, b: float) -> list[tuple[float, float]]:
    """Corners of the fraction [a, b] of a line, measured along its top and bottom edges."""
    if len(line.points) == 4:
        tl, tr, br, bl = (np.asarray(p, dtype=float) for p in line.points)
    else:
        x, y, w, h = line.box
        tl, tr = np.array([x, y], float), np.array([x + w, y], float)
        br, bl = np.array([x + w, y + h], float), np.array([x, y + h], float)
    return [
        tuple(tl + (tr - tl) * a),
        tuple(tl + (tr - tl) * b),
        tuple(bl + (br - bl) * b),
        tuple(bl + (br - bl) * a),
    ]


def words_with_boxes(lines: list[TextLine]) -> tuple[str, LineSpans]:
    """The lines joined into one text (one line each, in reading order), and their spans."""
    starts, parts, pos = [], [], 0
    for line in lines:
        starts.append(pos)
        parts.append(line.text)
        pos += len(line.text) + 1
    return "\n".join(parts), LineSpans(starts, list(lines))
