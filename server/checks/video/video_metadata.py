"""Where and whose: what a clip's container says about the place, the people and the phone.

A phone clip carries where it was filmed (QuickTime `©xyz`, which FFmpeg reads as
`location`, and Apple's `com.apple.quicktime.location.ISO6709`), often the owner's name
(`author`, `artist`, `copyright`), a title or description, the creation time and the
phone's make and model. As for photos (detect/metadata.py), the place, the names and the
captions are personal and reported; the time and the device are listed with them (they
say when and whose phone) but alone make no finding: every clip has a creation time.
"""

import re

from .photo_adapter import MetadataItem

SOURCE = "video container"
MAX_VALUE = 40

PLACE_KEYS = ("location", "com.apple.quicktime.location.iso6709", "com.android.location")
PLACE_NAME_KEYS = ("com.apple.quicktime.location.name",)
OWNER_KEYS = ("artist", "author", "copyright", "album_artist", "composer",
              "com.apple.quicktime.author", "com.apple.quicktime.artist",
              "com.apple.quicktime.copyright", "owner")  # fmt: skip
CAPTION_KEYS = ("title", "comment", "description", "synopsis", "keywords",
                "com.apple.quicktime.title", "com.apple.quicktime.description",
                "com.apple.quicktime.comment", "com.apple.quicktime.keywords")  # fmt: skip
TIME_KEYS = ("creation_time", "com.apple.quicktime.creationdate", "date")
DEVICE_KEYS = ("com.apple.quicktime.make", "com.apple.quicktime.model", "make", "model",
               "com.android.manufacturer", "com.android.model")  # fmt: skip
# An ISO 6709 point: latitude and longitude with signs, e.g. +53.4000-002.0500+010.000/
ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")
PERSONAL = {"gps", "iptc_location", "owner", "caption"}


def _key(raw: str) -> str:
    key = raw.lower().removeprefix("video:")
    return re.sub(r"-[a-z]{3}$", "", key)  # QuickTime's language suffix: location-eng


def _quoted(value: str) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= MAX_VALUE else value[: MAX_VALUE - 1] + "…"


def find_video_metadata(tags: dict) -> tuple[list[MetadataItem], dict]:
    """The personal items (with the time and device when there are any), and the time and
    device alone, for the result."""
    items, context, seen = [], {}, set()
    for raw, value in tags.items():
        key, value = _key(raw), str(value).strip()
        if not value or (key, value) in seen:
            continue
        seen.add((key, value))
        if key in PLACE_KEYS:
            point = ISO6709.match(value)
            if point:
                lat, lon = float(point.group(1)), float(point.group(2))
                items.append(MetadataItem("gps", f"GPS position {lat:.2f}, {lon:.2f}", SOURCE))
            else:
                items.append(MetadataItem("gps", f"a location ({_quoted(value)})", SOURCE))
        elif key in PLACE_NAME_KEYS:
            items.append(MetadataItem("iptc_location", f"the place '{_quoted(value)}'", SOURCE))
        elif key in OWNER_KEYS:
            items.append(MetadataItem("owner", f"the name '{_quoted(value)}' ({key})", SOURCE))
        elif key in CAPTION_KEYS:
            items.append(MetadataItem("caption", f"a {key.rsplit('.', 1)[-1]} "
                                      f"'{_quoted(value)}'", SOURCE, text=value))  # fmt: skip
        elif key in TIME_KEYS:
            context.setdefault("created", value)
        elif key in DEVICE_KEYS:
            context["device"] = " ".join(filter(None, [context.get("device"), value]))
    if any(i.kind in PERSONAL for i in items):
        if "created" in context:
            items.append(MetadataItem("time", f"the time it was filmed ({context['created']})",
                                      SOURCE))  # fmt: skip
        if "device" in context:
            items.append(MetadataItem("device", f"the phone ({_quoted(context['device'])})",
                                      SOURCE))  # fmt: skip
    return items, context
