"""The domain's words are defined once (server/vocab.py) and every list of them is built from
there: the settings, the register, the API's OpenAPI document, the command line."""

import ast
import io
import json
import re
import tokenize
from pathlib import Path

import pytest
from click.testing import CliRunner

from clearpost import vocab
from clearpost.cli import main

SERVER = Path(__file__).resolve().parents[1] / "server"
# Migrations are history and keep the words they had.
NOT_YET = ("migrations/", "vocab.py")
# Words that mean one thing only in this code base: spelt anywhere else, they are a copy.
ONLY_IN_VOCAB = [
    *vocab.Account,
    vocab.Channel.SOCIAL_MEDIA,
    vocab.Channel.NAME_WITH_PHOTO,
    vocab.Verdict.ALLOW,
    vocab.FindingKind.IMAGE_TEXT,
    vocab.FindingKind.METADATA,
    vocab.FindingKind.FACE,
]


def sources():
    for path in sorted(SERVER.rglob("*.py")):
        rel = path.relative_to(SERVER).as_posix()
        if not rel.startswith(NOT_YET):
            yield rel, path.read_text(encoding="utf-8")


def spelt(text: str, word: str) -> bool:
    """Whether the code (not its comments or docstrings) has the string `word`: as a
    literal, or quoted inside an f-string."""
    quoted = re.compile(rf"""["']{re.escape(word)}["']""")
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type != tokenize.STRING:
            continue
        if tok.string.lower().startswith(("f", "rf", "fr")):
            if quoted.search(tok.string[2:-1]):
                return True
            continue
        try:
            if ast.literal_eval(tok.string) == word:
                return True
        except ValueError:
            continue
    return False


@pytest.mark.parametrize("word", ONLY_IN_VOCAB, ids=str)
def test_a_domain_word_is_spelt_only_in_vocab(word):
    copies = [rel for rel, text in sources() if spelt(text, word)]
    assert copies == [], f"{word!r} is spelt in {copies}: use clearpost.vocab"


def test_the_lists_elsewhere_are_vocabs():
    from clearpost.config import settings
    from clearpost.register import marks, models
    from clearpost.web import openapi

    assert settings.ACCOUNT_KINDS == vocab.ACCOUNTS == ("official", "personal")
    assert settings.CHANNELS == vocab.POST_CHANNELS == ("social_media", "website", "press")
    assert models.CONSENT_CHANNELS == vocab.CONSENT_CHANNELS
    assert marks.KINDS == vocab.MARK_KINDS
    assert set(settings.DEFAULTS["policy_overrides"]) == set(vocab.ACCOUNTS)
    text = json.dumps(openapi.document())
    assert '"enum": ["allow", "warn", "block"]' in text
    assert '"enum": ["info", "warn", "block"]' in text


def test_the_words_are_plain_strings_wherever_they_go():
    assert vocab.Account.OFFICIAL == "official" and f"{vocab.Channel.PRESS}" == "press"
    assert json.dumps({vocab.Verdict.BLOCK: vocab.Severity.WARN}) == '{"block": "warn"}'
    assert {"official": 1}[vocab.Account.OFFICIAL] == 1
    assert vocab.YesNo.of(True) == "yes" and vocab.YesNo.of(False) == "no"


@pytest.mark.parametrize(
    "command, words",
    [
        (("register", "set-consent"), vocab.CONSENT_CHANNELS + vocab.YES_NO),
        (("register", "set-staff-consent"), vocab.STAFF_CONSENTS),
        (("check",), vocab.ACCOUNTS),
        (("batch",), vocab.ACCOUNTS),
    ],
)
def test_the_command_line_offers_exactly_the_vocab(command, words):
    result = CliRunner().invoke(main, [*command, "--help"], terminal_width=200)
    choices = {c for group in re.findall(r"[\[{]([a-z_|]+)[\]}]", result.output)
               for c in group.split("|")}  # fmt: skip
    assert set(words) <= choices
