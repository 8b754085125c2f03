"""Videos through POST /api/v1/check with the real models and a real register: each person
one finding (a track) with the seconds they are seen, the consent verdict, the small face,
the turned phone clip, GPS and the school's badge.

Register (conftest `enrolled`): Olivia (social media consent) enrolled from obama.jpg, Tom
(no consent) from biden.jpg; the clips show other photos of them (obama2, biden2) and three
people who are not in the register.
"""

import base64
import io
import math

import pytest
from detect.test_logos import crest
from PIL import Image
from test_check_request import BOUNDARY, multipart
from video_clips import Actor, Clip, moving

from clearpost.register.school_marks import add_logo


def still(x, y):
    return lambda t: (x, y)


# Module-scoped: each clip is rendered once for every test that needs it.
@pytest.fixture(scope="module")
def pair_clip() -> bytes:
    """Olivia walks across the frame; Tom stands still; 4 s at 10 fps."""
    return Clip(seconds=4, actors=[Actor("obama", 130, moving(0.2, 0.5, 0.45, 0.5, 4)),
                                   Actor("biden", 120, still(0.78, 0.5))]).render()  # fmt: skip


@pytest.fixture(scope="module")
def crowd_clip() -> bytes:
    """Five people: two leave and come back (a cut between), one crosses the frame."""
    actors = [
        Actor("obama", 110, still(0.12, 0.35)),
        Actor("biden", 110, still(0.35, 0.35), end=1.5),
        Actor("biden", 110, still(0.35, 0.35), start=3.0),
        Actor("alex", 100, moving(0.55, 0.7, 0.9, 0.7, 5)),
        Actor("kit", 100, still(0.62, 0.3), start=1.0),
        Actor("rose", 100, still(0.88, 0.3), end=2.0),
        Actor("rose", 100, still(0.12, 0.75), start=3.5),
    ]
    return Clip(seconds=5, size=(960, 540), actors=actors, seed=1).render()


@pytest.fixture
def post(client, token, enrolled):
    """POST a clip as the extension would (multipart), with the post's other fields."""

    def send(clip: bytes, name="clip.mp4", content_type="video/mp4", **fields):
        parts = [(k, None, None, v.encode()) for k, v in fields.items()]
        body = multipart(*parts, ("images", name, content_type, clip))
        reply = client.post("/api/v1/check", data=body,
                            content_type=f"multipart/form-data; boundary={BOUNDARY}",
                            headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        return reply.status_code, reply.get_json()

    return send


def faces(body) -> list[dict]:
    return [f for f in body["findings"] if f["kind"] == "face"]


def test_a_pupil_without_consent_blocks_and_each_person_is_one_finding(post, pair_clip):
    status, body = post(pair_clip)
    assert status == 200, body
    assert body["verdict"] == "block"
    found = {f["rule"]: f for f in faces(body)}
    assert len(faces(body)) == 2 and set(found) == {"face.no_consent", "face.consented"}
    tom, olivia = found["face.no_consent"], found["face.consented"]
    assert tom["person"]["display"].startswith("Thomas") or "Tom" in tom["person"]["display"]
    assert olivia["person"]["display"].startswith("Olivia")
    # Seen from the first sampled frame to the last: one track each, the whole clip.
    assert tom["seconds"] == [0.0, 3.5] and olivia["seconds"] == [0.0, 3.5]
    [clip] = body["videos"]
    assert clip["samples"] >= 8 and clip["seconds_looked_at"][:3] == [0.0, 0.5, 1.0]
    assert clip["frames_decoded"] == 40 and clip["audio_checked"] is False
    assert len(clip["people"]) == 2
    thumb = Image.open(io.BytesIO(base64.b64decode(clip["people"][0]["thumbnail"])))
    assert thumb.format == "JPEG" and max(thumb.size) <= 96


def test_the_pupils_name_with_the_video_is_the_name_with_a_photo_rule(post, pair_clip):
    status, body = post(pair_clip, text="Well done Olivia on sports day!")
    assert status == 200
    rules = {f["rule"] for f in body["findings"]}
    assert "text.pupil_name_with_photo" in rules


def test_five_people_are_five_people_whoever_leaves_and_comes_back(post, crowd_clip):
    """People recall per clip: every person found, none twice (biden and rose leave the
    frame and come back, rose somewhere else)."""
    status, body = post(crowd_clip)
    assert status == 200, body
    people = faces(body)
    assert len(people) == 5, [(f["rule"], f["seconds"], f["box"]) for f in people]
    assert body["verdict"] == "block"  # Tom has no consent
    tom = [f for f in people if f["rule"] == "face.no_consent"]
    assert len(tom) == 1 and tom[0]["seconds"][0] == 0.0 and tom[0]["seconds"][1] >= 4.0
    assert sorted(f["track"] for f in people) == [1, 2, 3, 4, 5]


def test_a_face_30_px_high_seen_for_half_a_second_is_found(post):
    """At a distance, in few frames: still a person (a face Clearpost cannot identify)."""
    far = Actor("kit", 60, still(0.7, 0.4), start=1.0, end=1.6)  # the face itself ~30 px
    clip = Clip(seconds=3, size=(640, 360), actors=[far]).render()
    status, body = post(clip)
    assert status == 200, body
    [small] = faces(body)
    assert small["box"][3] <= 40 and small["rule"] == "face.unknown"
    assert small["seconds"] == [1.0, 1.5] and body["verdict"] == "warn"


def test_someone_seen_only_between_two_steady_samples_is_found_at_the_scene_cut(post):
    """A cut at 1.2 s brings Tom for 0.2 s, between the steady samples at 1.0 and 1.5."""
    clip = Clip(seconds=3, cut_at=1.2, actors=[Actor("biden", 130, still(0.5, 0.5),
                                                     start=1.2, end=1.4)]).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    looked = body["videos"][0]
    assert looked["why"].get("cut", 0) >= 1 and 1.2 in looked["seconds_looked_at"]
    [tom] = faces(body)
    assert tom["rule"] == "face.no_consent" and tom["seconds"] == [1.2, 1.2]


def test_a_still_clip_gets_few_whole_frame_passes_yet_who_walks_in_is_found_at_once(post):
    """The detector looks again only where the picture changed (face_passes.py): on a
    clip filmed from a tripod it looks at the whole frame at the start and every 5 s, and
    where nothing changed not at all; Tom, who walks in at 3.2 s, between two whole-frame
    passes, is found in the first sample he is in, and is one person however he moves."""
    clip = Clip(seconds=8, actors=[Actor("obama", 110, still(0.25, 0.5)),
                                   Actor("biden", 110, moving(0.9, 0.5, 0.6, 0.5, 8),
                                         start=3.2)]).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    [looked] = body["videos"]
    passes = looked["face_passes"]
    assert looked["samples"] == 16 and passes["full"] == 2, passes  # at 0.0 s and 5.0 s
    assert passes["unchanged"] >= 5, passes  # 0.5-3.0 s: Olivia alone, standing still
    # While Tom walks (3.5-7.5 s, less the pass at 5.0 s) one region a sample, around him:
    # the camera did not move, so no band along an edge (a tripod's noise read as a move
    # of a fraction of a cell added two bands a sample).
    assert passes["regions"] <= 8, passes
    assert_olivia_throughout_and_tom_from_his_first_sample(body)


def test_a_tripod_clip_gets_no_bands_along_its_edges(post):
    """A 1080p clip from a tripod at a phone's bit rate without sensor noise (as the
    bench's), one person walking slowly: comparing after a shift of a fraction of a cell
    (the encoder's noise, not a move) explains most of the walker's change, so the camera
    is taken to have moved. Nothing was brought into view, so only the walker's area is
    looked at again: one region a sample (two bands along two edges were added to each
    sample before, 31 region passes here and 20% of the frame each time)."""
    clip = Clip(seconds=6, size=(1920, 1080), noise=False, crf="23",
                actors=[Actor("obama", 180, moving(0.1, 0.45, 0.2, 0.45, 6)),
                        Actor("biden", 180, still(0.3, 0.75)),
                        Actor("kit", 120, still(0.75, 0.75)),
                        Actor("rose", 180, still(0.9, 0.2))]).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    [looked] = body["videos"]
    passes = looked["face_passes"]
    assert passes["full"] == 2 and passes["regions"] <= looked["samples"] - 2, passes
    assert len(faces(body)) == 4


def assert_olivia_throughout_and_tom_from_his_first_sample(body):
    """Olivia (consented) seen 0-7.5 s and Tom (no consent), who walks in at 3.2 s, from
    3.5 s: each one person, and the post blocked."""
    found = {f["rule"]: f for f in faces(body)}
    assert len(faces(body)) == 2 and set(found) == {"face.no_consent", "face.consented"}
    assert found["face.consented"]["seconds"] == [0.0, 7.5]
    assert found["face.no_consent"]["seconds"] == [3.5, 7.5]
    assert body["verdict"] == "block"


def handheld(t):
    """A phone held in the hand: a slow sway of up to 30 px (a few px a frame at 10 fps)
    with a quicker tremble of 2 px on top."""
    return (30 * math.sin(2 * math.pi * t / 6) + 2 * math.sin(2 * math.pi * t * 3.7),
            12 * math.sin(2 * math.pi * t / 5) + 2 * math.cos(2 * math.pi * t * 2.9))  # fmt: skip


def test_a_handheld_clip_is_compared_after_the_cameras_move_and_who_walks_in_is_found(post):
    """The whole picture of a handheld clip (a textured room) moves between samples, so
    every cell changes: without following the camera each of the 16 samples was a
    whole-frame pass. The shift is found and taken out; the bands the camera brings in and
    what really changed are looked at. Olivia is followed as one person while the camera
    sways, and Tom, who walks in at 3.2 s, is found in the first sample he is in."""
    clip = Clip(seconds=8, size=(960, 540), backdrop=True, shake=handheld,
                actors=[Actor("obama", 90, still(0.25, 0.5)),
                        Actor("biden", 90, moving(0.9, 0.5, 0.6, 0.5, 8),
                              start=3.2)]).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    [looked] = body["videos"]
    passes = looked["face_passes"]
    assert looked["samples"] == 16 and looked["why"] == {"steady": 16}, looked["why"]
    assert passes["full"] <= 3 and passes["moved"] >= 12, passes  # 0.0 s, 5.0 s, perhaps one
    assert_olivia_throughout_and_tom_from_his_first_sample(body)


def test_someone_the_camera_pans_onto_is_found_before_the_next_whole_frame_pass(post):
    """The camera pans 90 px left over 4 s (with a tremble): a stranger standing just out
    of the frame comes into view at its edge from ~2 s, looked at in the bands the pan
    brings in, and is found there, not only at the whole-frame pass at 5 s."""

    def pan(t):
        return (90 * min(t / 4, 1) + 2 * math.sin(2 * math.pi * t * 3.7),
                2 * math.cos(2 * math.pi * t * 2.9))  # fmt: skip

    clip = Clip(seconds=6, size=(960, 540), backdrop=True, shake=pan,
                actors=[Actor("obama", 90, still(0.5, 0.5)),
                        Actor("kit", 90, still(-0.05, 0.45))]).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    passes = body["videos"][0]["face_passes"]
    assert passes["full"] == 2 and passes["moved"] >= 8, passes  # 0.0 s and 5.0 s
    olivia = [f for f in faces(body) if f["rule"] == "face.consented"]
    stranger = [f for f in faces(body) if f["rule"] == "face.unknown"]
    assert len(olivia) == 1 and olivia[0]["seconds"] == [0.0, 5.5]
    # Found at 2.0 s as a sliver 14 px wide at the edge, as a whole-frame pass on every
    # sample finds him too, and followed from there as one person (the sliver's encoding,
    # of part of a face, neither names him nor parts him from his whole face), to the end.
    assert len(stranger) == 1 and len(faces(body)) == 2, [f["seconds"] for f in stranger]
    assert stranger[0]["seconds"][0] <= 2.5 and stranger[0]["seconds"][1] == 5.5


def test_someone_walking_in_from_the_frames_edge_is_one_person_matched_on_the_whole_face(post):
    """Tom (no consent) walks in from beyond the left edge: first part of his face at the
    edge, then all of it. One person, named from a whole sighting, blocked."""
    clip = Clip(seconds=5, size=(960, 540), seed=4,
                actors=[Actor("biden", 100, moving(-0.08, 0.5, 0.45, 0.5, 4)),
                        Actor("obama", 100, still(0.8, 0.45))]).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    tom = [f for f in faces(body) if f["rule"] != "face.consented"]
    assert len(faces(body)) == 2 and len(tom) == 1, [(f["rule"], f["seconds"]) for f in faces(body)]
    assert tom[0]["rule"] == "face.no_consent" and body["verdict"] == "block"
    assert tom[0]["seconds"][0] <= 1.0 and tom[0]["seconds"][1] == 4.5


def test_a_phone_clip_stored_sideways_is_checked_upright(post):
    """Portrait 360x640, stored 640x360 with a display matrix turning it: the faces stand
    upright and their boxes are where they are on screen."""
    clip = Clip(seconds=2, size=(360, 640), rotation=90,
                actors=[Actor("biden", 140, still(0.5, 0.3))]).render()  # fmt: skip
    status, body = post(clip, name="IMG_0042.MOV", content_type="video/quicktime")
    assert status == 200, body
    [clip_info] = body["videos"]
    assert (clip_info["width"], clip_info["height"], clip_info["rotation"]) == (360, 640, 90)
    [tom] = faces(body)
    assert tom["rule"] == "face.no_consent"
    x, y, w, h = tom["box"]
    assert abs((x + w / 2) - 180) < 30 and abs((y + h / 2) - 0.3 * 640) < 40


@pytest.mark.parametrize(
    ("codec", "container", "name"),
    [("libx265", "mov", "IMG_0007.MOV"), ("libvpx-vp9", "webm", "reel.webm")],
    ids=["hevc", "vp9"],
)
def test_an_iphone_hevc_mov_and_a_vp9_webm_are_checked_the_same(post, codec, container, name):
    clip = Clip(seconds=1, codec=codec, container=container,
                actors=[Actor("biden", 130, still(0.5, 0.5))]).render()  # fmt: skip
    status, body = post(clip, name=name, content_type="application/octet-stream")
    assert status == 200, body
    assert [f["rule"] for f in faces(body)] == ["face.no_consent"]
    assert body["videos"][0]["codec"] == {"libx265": "hevc", "libvpx-vp9": "vp9"}[codec]


def test_gps_in_the_container_is_found(post):
    clip = Clip(seconds=1, metadata={"location": "+53.4000-002.0500/", "artist": "Jane Smith",
                                     "creation_time": "2026-06-01T10:00:00Z"}).render()  # fmt: skip
    status, body = post(clip)
    assert status == 200, body
    [meta] = [f for f in body["findings"] if f["rule"] == "image.location_metadata"]
    assert "GPS position 53.40, -2.05" in meta["reason"] and meta["severity"] == "warn"
    assert body["verdict"] == "warn"
    assert body["videos"][0]["recorded"]["created"].startswith("2026-06-01")


def test_apples_location_key_is_found_in_a_mov(post):
    clip = Clip(seconds=1, container="mov", options={"movflags": "use_metadata_tags"},
                metadata={"com.apple.quicktime.location.ISO6709": "+51.5000-000.1200+010.000/",
                          "com.apple.quicktime.model": "iPhone 15"}).render()  # fmt: skip
    status, body = post(clip, name="IMG_1.MOV", content_type="video/quicktime")
    assert status == 200, body
    [meta] = [f for f in body["findings"] if f["rule"] == "image.location_metadata"]
    assert "GPS position 51.50, -0.12" in meta["reason"]


def test_a_clip_without_metadata_people_or_badge_is_allowed(post):
    status, body = post(Clip(seconds=1).render())
    assert status == 200 and body["verdict"] == "allow", body
    assert body["videos"][0]["people"] == []


def test_the_schools_badge_in_a_clip_is_found(post, enrolled):
    buf = io.BytesIO()
    crest().save(buf, "PNG")
    add_logo(enrolled.marks, buf.getvalue(), "badge.png", "test")
    clip = Clip(seconds=2, size=(960, 540), logo=crest()).render()
    status, body = post(clip)
    assert status == 200, body
    logos = [f for f in body["findings"] if f["rule"] == "image.school_logo"]
    assert len(logos) == 1 and logos[0]["seconds"]


def test_a_photo_named_mp4_is_checked_as_the_photo_it_is(post):
    from conftest import face

    buf = io.BytesIO()
    Image.open(face("fr/examples/biden.jpg")).convert("RGB").save(buf, "JPEG")
    status, body = post(buf.getvalue(), name="clip.mp4", content_type="video/mp4")
    assert status == 200 and "videos" not in body
    assert [f["rule"] for f in faces(body)] == ["face.no_consent"]
