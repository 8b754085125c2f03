"""Dates of birth in text: a date said to be someone's birthday or date of birth.

A date alone ("Sports day is on 12 June") is not personal data; a date next to
"born", "DOB", "date of birth" or "birthday" is.
"""

import re

from .contact import Span

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d\d)?"  # 3rd May 2017, 3 May
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?"  # May 3rd, 2017
    r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:(?:19|20)?\d\d)"  # 03/05/2017
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"  # 2017-05-03
    r")(?![\w/-])",
    re.IGNORECASE,
)
BEFORE_RE = re.compile(
    r"(?:\bturn(?:s|ed|ing)\s+\d{1,2}\s+(?:on|today)?|\bborn\b|\bd\.?o\.?b\b\.?|date\s+of\s+birth|birth\s*date|birth\s*day|\bb'?day"
    r"|\bbirthday)[^.!?\n]{0,45}$",
    re.IGNORECASE,
)
AFTER_RE = re.compile(r"^[^.!?\n]{0,30}\b(?:birthday|b'?day|date\s+of\s+birth)\b", re.IGNORECASE)
# "children born between 1 September 2020 and 31 August 2021": an age range, nobody's DOB.
COHORT_RE = re.compile(r"\bborn\s+(?:between|after|before|from|since|in)\b", re.IGNORECASE)
# "the school's 50th birthday", "our birthday party": not a person's birthday.
NOT_A_PERSON_RE = re.compile(r"\b(?:school|academy|club|shop|charity|church)'?s?\b", re.IGNORECASE)


def dates_of_birth(text: str) -> list[Span]:
    out = []
    for match in DATE_RE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        after = text[match.end() : match.end() + 40]
        context = BEFORE_RE.search(before)
        if context:
            # Whose birthday: the words just before "birthday" and those up to the date.
            owner = before[max(0, context.start() - 25) :]
            if NOT_A_PERSON_RE.search(owner) or COHORT_RE.search(context.group()):
                continue
        elif not AFTER_RE.search(after) or NOT_A_PERSON_RE.search(after[:30]):
            continue
        out.append(Span("DATE_OF_BIRTH", match.start(), match.end(), 0.85, match.group()))
    return out
