"""What each file of a post is, by its first bytes (never its name nor its declared type):
a still photo, a video the video check reads, or a video or animation that is refused
because it could not be checked whole. post.py asks, before it checks anything."""

from ..errors import VideoNotSupported

# ISO base media files (MP4, MOV, M4V, 3GP, HEIC, AVIF) say what they are in their first
# box, `ftyp`: these major brands are still images, which Pillow (with pillow-heif) reads.
STILL_IMAGE_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"mif2", b"avif"}
AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
QUICKTIME_BOXES = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}


def video_kind(data: bytes) -> str | None:
    """The kind of video `data` holds, by its first bytes (never its name), or None."""
    box = data[4:8]
    if box == b"ftyp":
        brand = data[8:12]
        if brand in STILL_IMAGE_BRANDS or brand in AUDIO_BRANDS:
            return None
        return "a QuickTime (MOV) video" if brand == b"qt  " else "an MP4/M4V video"
    if box in QUICKTIME_BOXES:
        return "a QuickTime (MOV) video"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "a WebM/Matroska video"
    if data[:4] == b"RIFF" and data[8:12] == b"AVI ":
        return "an AVI video"
    if data[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"):
        return "an MPEG video"
    if data[:3] == b"FLV":
        return "a Flash video"
    if data[:4] == b"\x30\x26\xb2\x75":
        return "a Windows Media video"
    if data[:1] == b"\x47" and data[188:189] == b"\x47" and data[376:377] == b"\x47":
        return "an MPEG transport stream video"
    return None


# The kinds the video check reads (checks/video/); the others are refused.
CHECKED_VIDEOS = ("an MP4/M4V video", "a QuickTime (MOV) video", "a WebM/Matroska video")


def refuse_video(name: str, kind: str):
    return VideoNotSupported(
        f"{name} is {kind}, which Clearpost does not read, so this post was not checked: "
        "export it as an MP4 (H.264), MOV or WebM video and check it again."
    )


def is_video(data: bytes) -> bool:
    """Whether `data` is a clip the video check reads (by its first bytes, never its name)."""
    return video_kind(data) in CHECKED_VIDEOS


def animated_kind(data: bytes) -> str | None:
    """`an animated GIF` (WebP, PNG) when `data` has more than one frame, else None. Only the
    first frame would be checked, so the others would go out unchecked. (A camera's MPO
    JPEG holds a second view of the same shot: it is a still.)"""
    import io
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings(), Image.open(io.BytesIO(data)) as img:
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # load_image's job
            if img.format in ("GIF", "WEBP", "PNG") and getattr(img, "is_animated", False):
                return f"an animated {img.format.replace('WEBP', 'WebP')}"
    except Exception:  # noqa: BLE001 - not an image Pillow knows: load_image says why
        return None
    return None


def check_still(data: bytes, name: str) -> None:
    """Refuse a video of a kind not read, or an animated image: neither can be checked whole
    (an MP4, MOV, M4V or WebM clip is not a still: is_video says so first)."""
    if (kind := video_kind(data)) and kind not in CHECKED_VIDEOS:
        raise refuse_video(name, kind)
    if kind := animated_kind(data):
        raise VideoNotSupported(
            f"{name} is {kind}. Clearpost checks still images only, so this post was not "
            "checked: post a still photo, or have the animation checked by hand."
        )
