"""`clearpost find` over clips: a pupil (e.g. whose consent was withdrawn) is found in the
archive's videos as in its photos, with the seconds they are seen.

Olivia is enrolled from obama.jpg (conftest `enrolled`); the clips show another photo of
the same man (video_clips' "obama"), Tom (biden2) and someone not in the register.
"""

import json

from click.testing import CliRunner
from video_clips import Actor, Clip

from clearpost.cli import main

from conftest import face, upn


def still(x, y):
    return lambda t: (x, y)


def test_find_lists_the_clips_the_pupil_is_in_with_when(enrolled, tmp_path, home):
    root = tmp_path / "archive"
    (root / "2025").mkdir(parents=True)
    # Olivia in two spells (0.5-1.6 s, 3.0-4.0 s) beside Tom, who is there throughout.
    twice = Clip(seconds=5, actors=[
        Actor("obama", 120, still(0.3, 0.5), start=0.5, end=1.6),
        Actor("obama", 120, still(0.3, 0.5), start=3.0, end=4.0),
        Actor("biden", 120, still(0.75, 0.5)),
    ])  # fmt: skip
    (root / "2025" / "sports-day.mp4").write_bytes(twice.render())
    without = Clip(seconds=3, actors=[Actor("kit", 120, still(0.5, 0.5))])
    (root / "nativity.mov").write_bytes(without.render())
    (root / "broken.mp4").write_bytes(twice.render()[:3000])
    (root / "obama2.jpg").write_bytes(face("fr/examples/obama2.jpg").read_bytes())

    result = CliRunner().invoke(main, ["find", upn(1), str(root), "--json",
                                       str(tmp_path / "found.json")])  # fmt: skip
    assert result.exit_code == 20, result.output
    body = json.loads((tmp_path / "found.json").read_text())
    listed = {r["path"]: r for r in body["photos"]}
    assert set(listed) == {"2025/sports-day.mp4", "obama2.jpg", "broken.mp4"}, listed.keys()
    clip = listed["2025/sports-day.mp4"]
    assert clip["verdict"] == "match"
    [first, second] = clip["seconds"]
    assert first[0] == 0.5 and 1.0 <= first[1] <= 1.6, clip["seconds"]
    assert second[0] == 3.0 and 3.4 <= second[1] <= 4.0, clip["seconds"]
    [finding] = clip["findings"]  # Tom, beside her all along, is not boxed
    assert finding["words"].startswith("Olivia B. (Year 4): match (distance 0.")
    assert "seen at 0.5-" in finding["words"]
    assert listed["broken.mp4"]["verdict"] == "error"
    assert "nativity.mov" not in result.output and not any(
        "nativity" in path for path, _ in body.get("skipped", [])
    )
    assert "in 4 photo(s)" in result.output  # every file searched, the clips among them
