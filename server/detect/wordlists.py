"""The word lists in detect/data/, read once on first use."""

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def first_names() -> frozenset[str]:
    return frozenset(word for line in _lines("first_names.txt") for word in line.split())


@cache
def word_names() -> frozenset[str]:
    return frozenset(word for line in _lines("word_names.txt") for word in line.split())


@cache
def not_names() -> tuple[str, ...]:
    return tuple(_lines("not_names.txt"))


@cache
def record_terms() -> tuple[str, ...]:
    return tuple(_lines("record_terms.txt"))
