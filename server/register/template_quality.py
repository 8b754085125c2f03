"""The bar an enrolment photo's face must pass, and the grade the admin sees per template.

A template is compared with every face in every photo checked: a poor one (a face of
24-29 px, blurred, or turned away) lies close to many strangers and "matches" them
(issue 16: such templates were accepted and then named strangers). So enrolment
refuses faces under the bar, says why and what to do, and keeps the measurements with
the template so that the admin sees which pupils need a better photo.

Numbers from server/detect/image/face_quality.py's measurements on ../shared/fixtures/faces:
- size: under 30 px, 3.4 % of pairs of strangers' faces are nearer than the match
  threshold, against 0.2 % at 30-80 px; a face of 80 px or more keeps the same
  person's encodings within 0.42 of a full-size photo of them (0.51 at 40 px).
- sharpness: at 20 the encoding has moved about 0.2 from the sharp photo's, which is
  40 % of the match threshold; every unblurred portrait in the fixtures is over 45.
- turn: front-facing portraits are at most 0.19; 0.25 is a face clearly turned away.
"""

from ..detect.image.face_quality import FaceQuality

MIN_FACE_PX = 80
MIN_SHARPNESS = 20.0
MAX_TURN = 0.25

# Over the bar but near it: "poor". At or beyond these on every measure: "good".
POOR_FACE_PX, GOOD_FACE_PX = 100, 120
POOR_SHARPNESS, GOOD_SHARPNESS = 30.0, 45.0
POOR_TURN, GOOD_TURN = 0.20, 0.15


def refusal(quality: FaceQuality) -> str | None:
    """Why this face may not be enrolled, with what to do instead; None when it may."""
    if quality.height < MIN_FACE_PX:
        return (
            f"the face is {quality.height} px high, too small to recognise reliably: use a "
            f"photo where the face is at least {MIN_FACE_PX} px high (a head-and-shoulders "
            "photo, not a crop from a group photo)"
        )
    if quality.sharpness is not None and quality.sharpness < MIN_SHARPNESS:
        return (
            f"the face is blurred (sharpness {quality.sharpness:.0f}, at least "
            f"{MIN_SHARPNESS:.0f} needed): use a sharp, well-lit photo, taken without "
            "movement and not enlarged from a small one"
        )
    if quality.turn is not None and quality.turn > MAX_TURN:
        return (
            "the face is turned away from the camera: use a photo where the pupil looks "
            "straight at the camera, both eyes visible"
        )
    return None


def grade(face_px: int | None, sharpness: float | None, turn: float | None) -> tuple[str, list]:
    """('good' | 'fair' | 'poor', [what is weak]) for a stored template's measurements.

    A template enrolled before quality was measured is 'poor' too: it may be one of the
    small faces the bar now refuses, and nobody can tell without the photo.
    """
    if face_px is None:
        return "poor", ["quality not measured (enrolled before Clearpost measured it)"]
    weak, poor = [], False
    if face_px < GOOD_FACE_PX:
        weak.append(f"small face ({face_px} px)")
        poor |= face_px < POOR_FACE_PX
    if sharpness is not None and sharpness < GOOD_SHARPNESS:
        weak.append(f"not very sharp ({sharpness:.0f})")
        poor |= sharpness < POOR_SHARPNESS
    if turn is not None and turn > GOOD_TURN:
        weak.append("face a little turned")
        poor |= turn > POOR_TURN
    return ("poor" if poor else "fair" if weak else "good"), weak
