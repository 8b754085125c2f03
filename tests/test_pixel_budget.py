"""The pixel budget of one post: photos that add up to too many pixels are refused from their
headers, before any of them is decoded (issue 17: ten 59 MP 1-bit PNGs, 72 KB in all, took
the service from 2.0 to 4.6 GB)."""

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from clearpost.detect.images import pixel_count
from clearpost.errors import ConfigError

PROC = Path("/proc/self")


def peak_rss() -> int:
    """This process's peak resident memory (VmHWM), in bytes."""
    for line in (PROC / "status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc/self/status")


def reset_peak_rss() -> None:
    (PROC / "clear_refs").write_text("5")  # Linux: the peak starts again from now


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    """7680 x 7680 = 59 MP, just under the 60 MP one photo may have; 1-bit, so a few KB
    on the wire and 177 MB once decoded to RGB."""
    buf = io.BytesIO()
    Image.new("1", (7680, 7680)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def post(client, token, sqlite_services):
    def send(images: list[bytes]):
        body = {"text": "Sports day", "images": [base64.b64encode(i).decode() for i in images]}
        return client.post("/api/v1/check", json=body,
                           headers={"Authorization": f"Bearer {token}"})  # fmt: skip

    return send


@pytest.mark.skipif(not (PROC / "clear_refs").exists(), reason="needs Linux /proc")
def test_ten_huge_photos_are_refused_from_their_headers_without_decoding(post, huge_png):
    assert len(huge_png) < 100_000 and pixel_count(huge_png) == 7680 * 7680
    assert post([huge_png] * 10).status_code == 413  # the first request imports the checker
    reset_peak_rss()
    before = peak_rss()
    reply = post([huge_png] * 10)
    grown = peak_rss() - before
    assert reply.status_code == 413, reply.get_data(as_text=True)
    message = reply.get_json()["message"]
    assert "add up to 590 megapixels" in message and "the limit for one post is 200" in message
    assert "max_post_megapixels" in message and "smaller size" in message
    # One of them decoded would be 177 MB (RGB); the old code decoded all ten (1.8 GB).
    assert grown < 60 * 1024 * 1024, f"memory grew by {grown / 1048576:.0f} MB"


def test_the_budget_is_a_setting(post, huge_png, sqlite_services):
    sqlite_services.settings.update({"max_post_megapixels": 100})
    reply = post([huge_png, huge_png])  # 118 MP: under the default, over this school's 100
    assert reply.status_code == 413
    assert "add up to 118 megapixels (59, 59)" in reply.get_json()["message"]


@pytest.mark.parametrize("value", [0, -5, 601, "200", 2.5, True, None])
def test_a_bad_budget_is_refused_naming_the_setting(sqlite_services, value):
    with pytest.raises(ConfigError, match="max_post_megapixels"):
        sqlite_services.settings.update({"max_post_megapixels": value})
