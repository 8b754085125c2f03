"""A check request as it arrives: JSON, multipart/form-data or the CLI, refused or whole.

Fail closed: every part of a request is either checked or the request is refused with a
message that names the part. Nothing is dropped: an unknown field, a file under another
name, a field sent twice, a text sent as a file, a video of a kind not read, invalid Unicode
are all refusals, never a check of what is left. Photos and videos travel in the same
`images` list and are told apart by their bytes.
"""

import base64
import binascii
from dataclasses import dataclass, field

from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

from ..config.settings import ACCOUNT_KINDS, CHANNELS
from ..detect.text.text_pii import MAX_TEXT
from ..errors import BadCheckRequest
from ..vocab import Account

MAX_IMAGES = 10
IMAGE_FIELDS = ("images", "image")  # multipart: one file part per photo, under either name
TEXT_FIELDS = ("text", "account", "site", "channel", "want_fixes", "drop_audio")
FIELDS = {"text", "images", "account", "site", "channel", "want_fixes", "drop_audio"}
MAX_PARTS = 64
TRUE, FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


@dataclass
class CheckRequest:
    text: str = ""
    images: list[bytes] = field(default_factory=list)
    account: str = Account.OFFICIAL
    site: str | None = None
    channel: str | None = None
    want_fixes: bool = False
    drop_audio: bool = False  # a video's clean copy without its sound (never checked)


def valid_unicode(value: str, name: str) -> str:
    """`value`, or a 400 when it holds a lone surrogate (which no UTF-8 text can carry and
    which the text check cannot read)."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadCheckRequest(
            f"{name} holds invalid Unicode: a lone surrogate (U+{ord(value[exc.start]):04X}) "
            f"at character {exc.start}. Send the text as valid UTF-8 (in JSON, a \\u escape "
            "for a character past U+FFFF must be a surrogate pair)."
        ) from None
    return value


def _text(value) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadCheckRequest(f"'text' must be a string, not {type(value).__name__}.")
    if len(value) > MAX_TEXT:
        raise BadCheckRequest(
            f"'text' is {len(value):,} characters; the limit is {MAX_TEXT:,}. "
            "A post is far shorter: check the text of the post only."
        )
    if "\x00" in value:
        raise BadCheckRequest("'text' contains binary data (NUL characters): send the post's text.")
    return valid_unicode(value, "'text'")


def _account(value) -> str:
    value = Account.OFFICIAL if value in (None, "") else value
    if value not in ACCOUNT_KINDS:
        raise BadCheckRequest(f"'account' is {value!r}; use one of {', '.join(ACCOUNT_KINDS)}.")
    return value


def _channel(value) -> str | None:
    if value in (None, ""):
        return None
    if value not in CHANNELS:
        raise BadCheckRequest(f"'channel' is {value!r}; use one of {', '.join(CHANNELS)}.")
    return value


def _site(value) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > 255 or not value.isprintable():
        raise BadCheckRequest("'site' must be a site's name such as \"x.com\".")
    return valid_unicode(value, "'site'")


# -- JSON --------------------------------------------------------------------------------


def _image_from_base64(index: int, data: str) -> bytes:
    name = f"images[{index}]"
    if data.startswith("data:") and "," in data[:200]:
        # A data: URL, as browsers make them; its declared type is not believed: the
        # content says whether it is a photo or a video.
        data = data.split(",", 1)[1]
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadCheckRequest(f"{name} is not valid base64 ({exc}).") from exc


def from_json(body: dict) -> CheckRequest:
    unknown = set(body) - FIELDS
    if unknown:
        raise BadCheckRequest(
            f"Unknown field(s) {', '.join(repr(k) for k in sorted(unknown))}; the fields are "
            f"{', '.join(sorted(FIELDS))} (photos go in 'images', a list of base64 strings)."
        )
    images = body.get("images")
    images = [] if images is None else images
    if not isinstance(images, list) or not all(isinstance(i, str) for i in images):
        raise BadCheckRequest("'images' must be a list of base64 strings.")
    if len(images) > MAX_IMAGES:
        raise BadCheckRequest(f"{len(images)} images; a post may have at most {MAX_IMAGES}.")
    decoded = [_image_from_base64(index, data) for index, data in enumerate(images)]
    want, mute = body.get("want_fixes", False), body.get("drop_audio", False)
    if not isinstance(want, bool):
        raise BadCheckRequest("'want_fixes' must be true or false.")
    if not isinstance(mute, bool):
        raise BadCheckRequest("'drop_audio' must be true or false.")
    return CheckRequest(
        text=_text(body.get("text")), images=decoded, account=_account(body.get("account")),
        site=_site(body.get("site")), channel=_channel(body.get("channel")), want_fixes=want,
        drop_audio=mute,
    )  # fmt: skip


# -- multipart/form-data -----------------------------------------------------------------


@dataclass
class Part:
    name: str | None
    filename: str | None  # None: a plain form field
    content_type: str
    data: bytes


def multipart_parts(body: bytes, boundary: str | None) -> list[Part]:
    """Every part of a multipart body, in order, or a 400: nothing is skipped or merged."""
    if not boundary:
        raise BadCheckRequest("The multipart/form-data body has no boundary in its Content-Type.")
    decoder = MultipartDecoder(boundary.encode("latin-1", "replace"))
    decoder.receive_data(body)
    decoder.receive_data(None)
    parts, current, chunks = [], None, []
    try:
        event = decoder.next_event()
        while not isinstance(event, Epilogue):
            if isinstance(event, NeedData):
                raise ValueError("the body ends before its closing boundary")
            if isinstance(event, Field | File):
                current, chunks = event, []
                if len(parts) >= MAX_PARTS:
                    raise BadCheckRequest(f"The form has more than {MAX_PARTS} parts.")
            elif isinstance(event, Data):
                chunks.append(event.data)
                if not event.more_data:
                    filename = getattr(current, "filename", None)
                    content_type = current.headers.get("content-type", "")
                    parts.append(Part(current.name, filename, content_type, b"".join(chunks)))
            event = decoder.next_event()
    except ValueError as exc:
        raise BadCheckRequest(f"The multipart/form-data body is malformed ({exc}).") from exc
    return parts


def from_multipart(parts: list[Part]) -> CheckRequest:
    """The request from a form's parts: photos as file parts named `images` (or `image`),
    the other fields as plain fields, each at most once."""
    images, fields = [], {}
    for part in parts:
        if part.name in IMAGE_FIELDS:
            # A photo or a video (MP4, MOV, M4V, WebM): told apart by content, not by the
            # part's declared type nor its file name.
            images.append(part.data)
        elif part.name in TEXT_FIELDS:
            if part.filename is not None:
                raise BadCheckRequest(
                    f"'{part.name}' came as a file ({part.filename!r}); send it as a plain "
                    "form field. Only photos are files, under 'images'."
                )
            if part.name in fields:
                raise BadCheckRequest(f"'{part.name}' was sent more than once; send it once.")
            try:
                fields[part.name] = part.data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BadCheckRequest(
                    f"'{part.name}' is not valid UTF-8 (byte 0x{part.data[exc.start]:02x} at "
                    f"byte {exc.start}). Send the text as UTF-8."
                ) from None
        else:
            what = "a file" if part.filename is not None else "a field"
            label = repr(part.name) if part.name else "a part without a name"
            raise BadCheckRequest(
                f"The form has {what} named {label}, which Clearpost does not know, so the "
                f"post was not checked. Photos go in file parts named "
                f"{' or '.join(repr(f) for f in IMAGE_FIELDS)}; the other fields are "
                f"{', '.join(TEXT_FIELDS)}."
            )
    if len(images) > MAX_IMAGES:
        raise BadCheckRequest(f"{len(images)} images; a post may have at most {MAX_IMAGES}.")
    want = fields.get("want_fixes", "").strip().lower()
    if want not in TRUE + FALSE:
        raise BadCheckRequest(f"'want_fixes' is {want!r}; use true or false.")
    mute = fields.get("drop_audio", "").strip().lower()
    if mute not in TRUE + FALSE:
        raise BadCheckRequest(f"'drop_audio' is {mute!r}; use true or false.")
    return CheckRequest(
        text=_text(fields.get("text")), images=images, account=_account(fields.get("account")),
        site=_site(fields.get("site")), channel=_channel(fields.get("channel")),
        want_fixes=want in TRUE, drop_audio=mute in TRUE,
    )  # fmt: skip
