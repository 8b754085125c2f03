"""Names of people on their way into the audit log, and out of it onto a terminal.

A name arrives from outside (the extension's X-Clearpost-User header, the name an admin
gives a token) and is printed by `clearpost audit`: a CR/LF in it would forge a line of
the log, an escape sequence would drive the admin's terminal. So a name is refused
unless every character is printable, and whatever the log holds (entries written before
this check too) is printed with control characters escaped.
"""

from ..errors import ClearpostError

MAX_NAME = 60


def person_name(value: str, what: str, required: bool = False) -> str:
    """`value` without surrounding spaces, or a ClearpostError saying what is wrong."""
    name = value.strip(" ")
    if required and not name:
        raise ClearpostError(f"{what} is empty: give the person's name, e.g. Mrs Green.")
    if len(name) > MAX_NAME:
        raise ClearpostError(f"{what} is longer than {MAX_NAME} characters: shorten it.")
    # str.isprintable is False for control, format (bidi overrides, zero-width), surrogate,
    # private-use and unassigned characters, and for every separator but the plain space.
    bad = next((c for c in name if not c.isprintable()), None)
    if bad is not None:
        raise ClearpostError(
            f"{what} holds a character that cannot be shown (U+{ord(bad):04X}): "
            "use letters, digits, spaces and punctuation only."
        )
    return name


def printable(text: str) -> str:
    """`text` with every non-printable character written as an escape (\\r, \\x1b, \\u202e),
    so that one log entry is one line on the terminal and cannot send it commands."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


def _escaped(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")
