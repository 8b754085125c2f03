"""A post check: validate the request, run the detectors, let the policy decide, offer fixes.

The same path serves the API (`POST /api/v1/check`), the CLI (`clearpost check`)
and the batch tool; the request itself is read, or refused, in check_request.py. Every
check is audited: verdict, rules, counts, account and caller; never the text or the images.
"""

import base64
import time
from collections import Counter

from ..detect.image.face_match import TemplateCache
from ..detect.images import load_image, pixel_count
from ..detect.text.text_pii import TextDetector
from ..errors import BadCheckRequest, ImageTooLarge
from ..vocab import ACTED_ON, Channel, FindingKind, MarkKind, PersonKind, StaffConsent
from .audit_writer import AuditWriter
from .fixes import redact_text
from .media_kind import check_still, is_video
from .policy import PostContext, decide
from .request import MAX_IMAGES, CheckRequest, _site, _text


def clean_copy(index: int, data: bytes, image, findings, produced=None) -> dict:
    """The image with metadata stripped, faces that may not be shown blurred beyond
    recognition and names in the picture covered; remembered in `produced` (ProducedFixes)
    so that the copy, checked again, is not warned about for what Clearpost blurred."""
    from .image_fixes import clean_image, output_format

    mine = [f for f in findings if f.image == index and f.severity in ACTED_ON]
    blur = [tuple(f.box) for f in mine if f.kind == FindingKind.FACE]
    cover = [tuple(f.box) for f in mine if f.kind == FindingKind.IMAGE_TEXT]
    cleaned = clean_image(data, image, blur, cover)
    if produced is not None:
        produced.remember(cleaned, blur, cover)
    fmt = output_format(data)
    return {
        "image": index,
        "data": base64.b64encode(cleaned).decode(),
        "content_type": f"image/{fmt.lower()}",
        "blurred": len(blur),
        "covered": len(cover),
        "metadata_removed": True,
    }


def uncertain_for_audit(findings) -> list[str]:
    """The pupils each uncertain face may be, by UPN with the distance, for the admin.

    The person posting is told no name (Finding.named); the admin, reading the audit
    log, can see whom Clearpost had in mind. UPNs only, as everywhere in the log: erasing
    a pupil blanks every entry that holds their UPN.
    """
    out = []
    for f in findings:
        if f.kind != FindingKind.FACE or f.named:
            continue
        distances = f.detail.get("distances") or [None] * len(f.people)
        pupils = [
            f"{p.ref} ({d:.2f})" if d is not None else p.ref
            for p, d in zip(f.people, distances, strict=False)
            if p.kind == PersonKind.PUPIL
        ]
        if pupils:
            out.append(f"photo {f.image + 1} at {f.box}: " + " or ".join(pupils))
    return out


class Checker:
    """Checks posts against one school's register and settings. Thread-safe."""

    def __init__(self, services, text_detector: TextDetector):
        self.services = services
        self.text = text_detector
        self._photos = None
        self._videos = None
        self.templates = TemplateCache()
        self._school_cache = (None, None)
        self.audit = AuditWriter(services.db)  # entries of concurrent checks committed together

    @property
    def photos(self):
        if self._photos is None:
            from .photo import PhotoChecker

            self._photos = PhotoChecker(_TextOf(self), nice=self.services.photo_nice)
        return self._photos

    @property
    def videos(self):
        if self._videos is None:
            from .video.video_check import VideoChecker

            self._videos = VideoChecker(self.photos)
        return self._videos

    def warm(self) -> None:
        """Load the models now rather than on the first post (the service does this at start).
        With text worker processes, they hold the text models: this process loads its own
        copy only when a photo's check first reads words in a picture (~400 MB kept out)."""
        if self.services.text_workers is None:
            self.text.load()
        self.photos.warm()

    def _school_knowledge(self, key):
        """People's display names and consents, the logo and uniform references: rebuilt
        only when the register changes (any process)."""
        cached_key, knowledge = self._school_cache
        if cached_key == key:
            return knowledge
        register, marks = self.services.register, self.services.marks
        people, consents = {}, {}
        for p in register.pupils():
            people[(PersonKind.PUPIL, p.upn)] = p.display
            consents[(PersonKind.PUPIL, p.upn)] = p.consents
        for s in register.staff():
            people[(PersonKind.STAFF, s.ref)] = s.display
            consents[(PersonKind.STAFF, s.ref)] = {StaffConsent.PHOTO: s.consent_photo}
        logo_refs, uniform_profiles = [], []
        if logos := marks.references(MarkKind.LOGO):
            from ..detect.image.logos import LogoReference

            logo_refs = [LogoReference.from_bytes(d) for _, d in logos]
        if uniforms := marks.references(MarkKind.UNIFORM):
            from ..detect.image.uniforms import UniformProfile

            uniform_profiles = [UniformProfile.from_bytes(d) for _, d in uniforms]
        knowledge = (people, consents, logo_refs, uniform_profiles)
        self._school_cache = (key, knowledge)
        return knowledge

    def _current_register(self):
        """The register's identity and version, with the text detector's names brought up
        to date with it; the key that every cache of the register is kept under."""
        register = self.services.register
        key = (register.db.url, register.version())
        self.text.use_register(key, self._register_people)
        return key

    def _register_people(self) -> tuple[list, list]:
        """(pupils, staff) as the register holds them now: what a text detector's names are
        built from, read only when it has not seen the register's version."""
        register = self.services.register
        return register.pupils(), register.staff()

    def forget_sentences(self) -> None:
        """After an erasure: the text detector here and in every worker process takes the
        register as it is now, forgetting the sentences it kept from earlier checks."""
        key = self._current_register()
        workers = self.services.text_workers
        if workers is not None:
            workers.sync(key, self._register_people)

    @property
    def text_ready(self) -> bool:
        """The text models are loaded (in every worker process, when there are some)."""
        workers = self.services.text_workers
        return workers.ready if workers is not None else self.text.ready

    def _find_text(self, text: str, school: dict, key) -> list:
        """The text's findings, from a worker process when the service has them."""
        workers = self.services.text_workers
        if workers is None:
            return self.text.find(text, school)
        return workers.find(text, school, key, self._register_people)

    def text_verdict(self, text: str, account: str, has_face_photo: bool) -> dict:
        """The text check alone, for a post said to carry (or not) a photo with a face:
        what the labelled posts in tests/data measure."""
        settings = self.services.settings.data
        self._current_register()
        findings = self.text.find(text, settings["school"])
        post = PostContext(account, has_face_photo=has_face_photo)
        verdict = decide(findings, post, settings["policy_overrides"])
        return {"verdict": verdict.verdict, "findings": [f.to_dict() for f in verdict.findings]}

    def validate(self, request: CheckRequest) -> list[bool]:
        """Refuse, before any detector runs, a request that cannot be checked whole (nothing
        to check, too many images, a video of a kind not read, an animated image, photos
        past the pixel budget); else whether each of its images is a video."""
        if not request.text.strip() and not request.images:
            raise BadCheckRequest("Nothing to check: send the post's 'text' and/or 'images'.")
        if len(request.images) > MAX_IMAGES:
            raise BadCheckRequest(
                f"{len(request.images)} images; a post may have at most {MAX_IMAGES}."
            )
        _text(request.text)  # the same limits whoever built the request (API, CLI, batch)
        _site(request.site)
        settings = self.services.settings.data
        videos = [is_video(data) for data in request.images]
        for index, data in enumerate(request.images):
            check_still(data, f"images[{index}]")
        stills = [data for data, video in zip(request.images, videos, strict=True) if not video]
        _within_pixel_budget(stills, settings["max_post_megapixels"])
        return videos

    def check(self, request: CheckRequest, actor: str, audit: bool = True, tag=None,
              progress=None, progress_every: float | None = None) -> dict:  # fmt: skip
        """Check one post. `audit=False` for a caller that audits a whole run itself (batch).
        `tag(ref)`: a caller that keeps the answer (batch) gets each finding's people as
        opaque tags, so that erasing one of them finds their rows (report_scrub).
        `progress(index, frames, seconds, of_seconds)`: called as each video is decoded,
        every `progress_every` seconds of video (default: every 5 s)."""
        started = time.perf_counter()
        videos = self.validate(request)
        settings = self.services.settings.data
        images = request.images  # decoded one at a time below, each released after its check

        register = self.services.register
        key = self._current_register()
        sites = settings["site_channels"]
        channel = request.channel or sites.get(request.site or "", Channel.SOCIAL_MEDIA)

        findings = self._find_text(request.text, settings["school"], key) if request.text else []
        consent, clips = {}, []
        if images:
            from .photo import PhotoContext

            people, consents, logo_refs, uniform_profiles = self._school_knowledge(key)
            self.templates.refresh(key, register.templates)
            ctx = PhotoContext(self.templates, people, logo_refs, uniform_profiles,
                               settings["school"])  # fmt: skip
            for index, data in enumerate(request.images):
                if videos[index]:
                    found, clip = self.videos.find(
                        index, data, ctx, settings["video"], f"images[{index}]",
                        progress and (lambda *p, i=index: progress(i, *p)), progress_every,
                    )  # fmt: skip
                    findings += found
                    clips.append(clip)
                    continue
                image = _decode(index, data)
                findings += self.photos.find(index, data, image, ctx)
                del image  # a 60 MP photo is 180 MB decoded: never two at once
            for (kind, ref), given in consents.items():
                needed = StaffConsent.PHOTO if kind == PersonKind.STAFF else channel
                consent[(kind, ref)] = given.get(needed, False)
            findings = self.services.produced_fixes.resolved(findings, request.images)
        has_face = any(f.kind == FindingKind.FACE for f in findings)
        post = PostContext(request.account, channel, has_face_photo=has_face, consent=consent)
        verdict = decide(findings, post, settings["policy_overrides"])
        fixes = {"redacted_text": redact_text(request.text, verdict.findings, has_face)}
        if request.want_fixes and images:
            # Decoded again, one at a time (a second decode costs less than holding them all).
            fixes["images"] = [
                clean_copy(index, data, _decode(index, data), verdict.findings,
                           self.services.produced_fixes)
                for index, data in enumerate(request.images) if not videos[index]
            ]  # fmt: skip
            if clips:
                from .video.video_fixes import clean_video

                fixes["videos"] = [
                    clean_video(index, data, verdict.findings, settings["video"],
                                f"images[{index}]", request.drop_audio)
                    for index, data in enumerate(request.images) if videos[index]
                ]  # fmt: skip

        rules = Counter(f.rule for f in verdict.findings)
        faces = sum(f.kind == FindingKind.FACE for f in verdict.findings)
        if audit:
            self.audit.record(
                actor, "check", None, verdict=verdict.verdict, account=request.account,
                channel=channel, site=request.site or "", rules=dict(sorted(rules.items())),
                images=len(images) - len(clips), videos=len(clips), faces=faces,
                uncertain_faces=uncertain_for_audit(verdict.findings),
            )  # fmt: skip
        answer = {
            "verdict": verdict.verdict,
            "findings": [_tagged(f, tag) for f in verdict.findings],
            "fixes": fixes,
            "account": request.account,
            "channel": channel,
            "elapsed_ms": round((time.perf_counter() - started) * 1000),
        }
        if clips:
            # What was looked at in each clip, its people (time spans, thumbnails), and
            # that the sound was not checked.
            answer["videos"] = clips
        return answer


class _TextOf:
    """What a photo check reads the words in a picture with: the checker's own text path,
    so that with worker processes this process never loads a copy of the text models
    (it did on the first photo with words in it: +400 MB in the middle of the soak)."""

    def __init__(self, checker: Checker):
        self._checker = checker

    def find(self, text: str, school: dict) -> list:
        checker = self._checker
        return checker._find_text(text, school, checker._current_register())


def _tagged(finding, tag) -> dict:
    out = finding.to_dict()
    if tag is not None and finding.people:
        out["tags"] = sorted({tag(p.ref) for p in finding.people if p.ref})
    return out


def _decode(index: int, data: bytes):
    # ImageRejected as it is: a 400, or its ImageTooLarge case a 413 (errors.py).
    return load_image(data, f"images[{index}]")


def _within_pixel_budget(images: list[bytes], megapixels: int) -> None:
    """Refuse, from the files' headers and before any pixel is decoded, a post whose photos
    add up to more than the budget: ten 59 MP 1-bit PNGs fit in 72 KB and took the service
    from 2.0 to 4.6 GB."""
    sizes = [pixel_count(data) for data in images]
    total = sum(sizes)
    if total > megapixels * 1_000_000:
        raise ImageTooLarge(
            f"The {len(images)} photo(s) in this post add up to {total / 1e6:,.0f} megapixels "
            f"({', '.join(f'{n / 1e6:,.0f}' for n in sizes)}); the limit for one post is "
            f"{megapixels:,} (the setting max_post_megapixels). Post fewer photos, or export "
            "them at a smaller size (12 MP is plenty for social media)."
        )
