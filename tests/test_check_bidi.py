"""Names hidden with bidirectional controls (issue 17, item 15), through the real API.

A right-to-left override (U+202E ... U+202C) makes letters typed backwards display
forwards: "\u202erekraB aivilO\u202c" shows on screen as "Olivia Barker". The check must
match what the reader sees, and still what the text holds.
"""

import pytest

from clearpost.detect.text.normalise import fold
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV

RLO, PDF, LRO, RLI, PDI, LRM, RLM, ALM = (
    "\u202e", "\u202c", "\u202d", "\u2067", "\u2069", "\u200e", "\u200f", "\u061c",
)  # fmt: skip


@pytest.fixture
def post(client, token, sqlite_services):
    """Check a post against a register holding Olivia Barker (Year 4)."""
    sqlite_services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")

    def send(body):
        return client.post("/api/v1/check", json=body, headers={"Authorization": f"Bearer {token}"})

    return send


@pytest.mark.parametrize(
    "text, shown",
    [
        # Typed backwards inside an override: displays as the pupil's name.
        (f"Well done {RLO}rekraB aivilO{PDF} for the sprint!", "rekraB aivilO"),
        # The override runs to the end of the paragraph when nobody closes it.
        (f"Well done {RLO}rekraB aivilO", "rekraB aivilO"),
        # The name in the middle of a longer reversed run, other controls sprinkled in.
        (f"Great day {RLO}!tnirps eht rof {LRM}rekraB{ALM} aivilO enod lleW{PDF} :)",
         f"rekraB{ALM} aivilO"),
        # Surname first, in an override inside an isolate.
        (f"Well done {RLI}{RLO}aivilO ,rekraB{PDF}{PDI}.", "aivilO ,rekraB"),
    ],
)  # fmt: skip
def test_a_name_displayed_by_a_right_to_left_override_is_blocked(post, text, shown):
    body = post({"text": text, "account": "official"}).get_json()
    assert body["verdict"] == "block", body
    names = [f for f in body["findings"] if f["rule"] == "text.pupil_full_name"]
    assert names and names[0]["person"]["display"] == "Olivia B. (Year 4)"
    # The finding points at the characters that display as the name.
    assert text[names[0]["start"] : names[0]["end"]].strip(PDF + PDI) == shown
    # The offered fix takes the name out: nothing of it is left to display.
    redacted = body["fixes"]["redacted_text"]
    assert "rekraB" not in redacted and "aivilO" not in redacted, redacted


def test_a_name_in_typing_order_inside_an_override_is_still_found(post):
    # It displays reversed, but the post's text (search, screen readers, copy) holds it.
    body = post({"text": f"Well done {RLO}Olivia Barker{PDF}!"}).get_json()
    assert body["verdict"] == "block"
    assert body["findings"][0]["text"].rstrip(PDF) == "Olivia Barker"


def test_the_bidi_controls_alone_change_nothing_else(post):
    text = f"{LRM}Sports day was great{RLM}, thank you {LRO}all{PDF}!"
    body = post({"text": text}).get_json()
    assert body["verdict"] == "allow" and body["findings"] == []


def test_display_order_follows_the_unicode_bidi_rules_for_overrides():
    # Nested: a left-to-right override inside a right-to-left one reads forwards again.
    folded = fold(f"a {RLO}cb {LRO}de{PDF} f{PDF} g")
    assert folded.text.split("\n\n")[1] == "a f de bc g"
    # The display copy's characters point back at where they were typed.
    second = folded.text.index("\n\n") + 2
    start = folded.text.index("f", second)
    assert folded.span(start, start + 7) == (3, 13)  # "f de bc" came from "cb de f"
    # A paragraph break ends an override; nothing without one gets a copy.
    assert fold(f"{RLO}ab\ncd").text == "ab\ncd\n\nba"
    assert fold(f"plain {RLM}text{LRM}").text == "plain text"
    # An isolate inside an override is not overridden (UAX #9): it reads as typed.
    assert fold(f"{RLO}{RLI}ab{PDI}{PDF}").text == "ab"
