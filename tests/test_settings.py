"""The school settings file: defaults, validation naming the field, hand edits."""

import json

import pytest

from clearpost.config.settings import Settings
from clearpost.errors import ConfigError


def test_first_load_writes_the_defaults_privately(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert settings.data["site_channels"]["x.com"] == "social_media"
    assert (tmp_path / "settings.json").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "change, message",
    [
        ({"allowed_origins": ["*"]}, "not an extension origin"),
        ({"allowed_origins": ["https://example.com"]}, "not an extension origin"),
        ({"policy_overrides": {"official": {"face.unknown": "explode"}}}, "info, warn, block"),
        ({"policy_overrides": {"staff": {}}}, "official, personal"),
        ({"site_channels": {"x.com": "tv"}}, "social_media, website, press"),
        ({"on_service_down": "open"}, "'closed' or 'warn'"),
        ({"school": {"colour": "red"}}, "'school' must be an object"),
    ],
)
def test_bad_settings_are_refused_naming_the_field_and_nothing_is_saved(tmp_path, change, message):
    settings = Settings(tmp_path / "settings.json")
    before = (tmp_path / "settings.json").read_text()
    with pytest.raises(ConfigError, match=message):
        settings.update(change)
    assert (tmp_path / "settings.json").read_text() == before


def test_hand_edited_file_with_broken_json_names_the_line(tmp_path):
    (tmp_path / "settings.json").write_text('{\n "school": {"name": "Crosby"\n')
    with pytest.raises(ConfigError, match="line 3"):
        Settings(tmp_path / "settings.json")


def test_good_update_is_saved_and_reloaded(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.update({"school": {"name": "Crosby Primary School", "phone": "0151 000 0000"}})
    again = Settings(tmp_path / "settings.json")
    assert again.school["name"] == "Crosby Primary School"
    assert json.loads((tmp_path / "settings.json").read_text())["school"]["phone"]
