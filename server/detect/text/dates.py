"""Dates of birth in text: a date said to be someone's birthday or date of birth.

A date alone ("Sports day is on 12 June") is not personal data; a date next to
"born", "DOB", "date of birth" or "birthday" is.
"""

import datetime
import re

from .contact import Span
from .upn import UPN_TYPED
from .wordlists import not_name_set

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# (an ordinal's ending may be typed apart: "born 5 th of august")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:\s?(?:st|nd|rd|th))?"
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
# "the third of May", "twenty-first": a day written in words.
_DAY_WORD = (
    rf"(?:(?:twenty|thirty)[\s-]?(?:{_UNITS})|thirtieth|twentieth|tenth|eleventh"
    rf"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    rf"|{_UNITS})"
)
_DAY_WORDS = rf"(?:the\s+)?{_DAY_WORD}"
# Days with a name of their own, on which somebody can be born.
_NAMED_DAYS = (
    r"(?:christmas\s+(?:day|eve)|boxing\s+day|new\s+year'?s\s+(?:day|eve)|valentine'?s\s+day"
    r"|burns\s+night|bonfire\s+night|guy\s+fawkes\s+night|hallowe'?en|leap\s+day"
    r"|(?:st\.?|saint|santes|sant)\s+[a-z]+'?s\s+day|easter\s+(?:sunday|monday|day)"
    r"|stephen'?s\s+day"  # Ireland's Boxing Day
    r"|pancake\s+day|shrove\s+tuesday|remembrance\s+(?:day|sunday)|may\s+day)"
)
# Welsh: "y 4ydd o Ragfyr 2017", "7fed o Fawrth" (ordinal endings -af, -il, -ydd, -ed, -fed,
# -eg, -ain; the month soft-mutated after "o": Mawrth -> Fawrth, Rhagfyr -> Ragfyr).
_WELSH_MONTH = (
    r"(?:ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref"
    r"|[td]achwedd|r?h?agfyr)"
)
# The months in the languages of UK families, as the detectors read them (accents folded),
# written day first: Portuguese and Spanish "9 de março", Polish "9 marca", Romanian "9
# martie", Italian "9 marzo", French "9 mars".
_OTHER_MONTH = (
    r"(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika"
    r"|listopada|grudnia|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie"
    r"|noiembrie|decembrie|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre)"
)
# The solar calendar of Iranian and Afghan papers ("DOB 15 Esfand 1392"): Persian and Dari
# month names, with a year of that calendar (13xx, 14xx), which a month word alone ("Tir",
# "Mehr", "Asad") would not make a date.
_SOLAR_MONTH = (
    r"(?:farvardin|ordibehesht|khordad|tir|a?mordad|shahrivar|mehr|aban|azar|dey|bahman"
    r"|esfand|hamal|sawr|jawza|saratan|asad|sunbula|mizan|aqrab|qaws|jadi|dalw|hut)"
)
_SOLAR_DATE = rf"{_SOLAR_MONTH},?\s+1[34]\d\d"  # "Esfand 1392" (a year of that calendar)
# The Hebrew calendar of Jewish families' birthdays ("she turned 5 on 14 Cheshvan", "born 9
# Shevat", "30 Shevat 5779"), in the spellings English, Ashkenazi and Israeli writers use. A
# day in figures before it, or a year of that calendar (57xx, 58xx) after: "Av" or "Adar"
# alone is no date. ("the 3rd of Kislev" is _OTHER_CALENDAR_DAY's.)
_HEBREW_MONTH = (
    r"(?:tishr[e]?i|(?:mar)?ch?eshvan|heshvan|kislev|tevet|teves|sh'?vat|shevat|adar(?:\s+(?:ii?|"
    r"aleph|alef|beis|bet|sheni|rishon))?|nis+an|iy+ar|sivan|tam+uz|(?:menachem\s+)?av|elul)"
)
_HEBREW_DATE = rf"{_HEBREW_MONTH}(?:,?\s+5[78]\d\d)?"  # "Shevat 5779" (year 5779 is 2019)
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001ffff"  # the emoji blocks, for a character class
_CHEER = "🎂🎉🥳🎈🎁🥂🍾🎊💖💕💗💝❤💙💜🧁🍰"  # a birthday's emoji, for a character class
_WELSH_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:af|il|ydd|ed|fed|eg|ain)?"
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen"
)
DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    rf"(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d\d)?"  # (the) 3rd (of) May 2017
    rf"|{_DAY_WORDS}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d\d)?"  # the third of May 2017
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY_WORDS}(?:,?\s+(?:19|20)\d\d)?"  # May the third
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?"  # May 3rd, 2017
    r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:(?:19|20)?\d\d)"  # 03/05/2017
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"  # 2017-05-03
    r"|(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"  # 2017/05/03 (Asian forms)
    rf"|{_NAMED_DAYS}(?:,?\s+(?:19|20)\d\d)?"  # born on Christmas Day 2016
    rf"|(?:y\s+)?{_WELSH_DAY}\s+(?:o\s+)?{_WELSH_MONTH}(?:,?\s+(?:19|20)\d\d)?"  # y 4ydd o Ragfyr
    rf"|(?:0?[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?{_OTHER_MONTH}(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?"
    rf"|{_DAY}\s+(?:of\s+)?{_SOLAR_DATE}"  # 15 Esfand 1392
    rf"|{_DAY}\s+(?:of\s+)?{_HEBREW_DATE}"  # 14 Cheshvan, 30 Shevat 5779
    r")(?![\w/-])",
    re.IGNORECASE,
)
# An age said with when it is reached: "is 5 tmrw", "who's sixteen on the 3rd", "13 on the
# 9th December" (a number at the start of a sentence, then "on").
_AGE = rf"(?:\d{{1,2}}|{_NUMBER_WORDS})"
_SOON = r"(?:on|today|2day|tomorrow|tmrw|tmr|tomoz|2mo?rr?ow|this\s+week(?:end)?|next\s+week)"
AGE_SOON = (
    # (an opening quote between: he's "10 on the 2nd of May")
    rf"(?:(?:\b(?:is|be)|['’]s)\s+[\"“]?{_AGE}\s+{_SOON}\b"
    # an age about to be reached, said as such: "Officially 40 on the 17th of February"
    rf"|\b(?:officially|finally|nearly|almost|turning)\s+{_AGE}\s+{_SOON}\b"
    # a sentence's start, after its emoji too ("Happy birthday Laxmi!! 🎉 Six on the 3rd")
    # or after a celebration's emoji ("... Erin McParland 🥂💖 16 on 9 December 2010")
    rf"|(?:^|[!?.][^\w\n]{{0,12}}|\n[^\w\n]{{0,12}}|[{_CHEER}][^\w\n]{{0,12}}){_AGE}\s+on\b)"
)
BEFORE_RE = re.compile(
    # ("is N today/on" and "will be N ..." are AGE_SOON's)
    # "turns 7 on", "the youngest to turn 5, on" (not "children who turn 3 before 31 August")
    rf"(?:\bturn(?:s|ed|ing)\s+{_AGE}\s+(?:on|today)?|\bturn\s+{_AGE},?\s+on\b|{AGE_SOON}"
    rf"|\bwas\s+{_AGE}\s+(?:today|on)\b|\bbe\s+{_AGE}\s+on|\bborn\b|\bbirth\s*cert\w*"
    # a birth announced: "came into the world on", "made her entrance on"
    r"|\b(?:came|come|comes|coming)\s+into\s+(?:the|this)\s+world|\bentered\s+the\s+world"
    r"|\bmade\s+(?:his|her|their)\s+(?:grand\s+|big\s+)?(?:entrance|arrival)"
    # an age reached today or yesterday: "10 today, 3rd December", "🕯️🕯️🕯️ three today,
    # Friday 5th December!"
    rf"|\b{_AGE}\s+(?:today|2day|yesterday)\b"
    # "90 years young on 1st March" (said of a person), "6 years old on Sunday 14th April"
    # (a child's age: "years old" of more is as often a building's)
    r"|\b\d{1,3}\s+years?\s+young\s+(?:on|today|tomorrow)\b"
    r"|\b1?\d\s+years?\s+old\s+(?:on|today|tomorrow)\b"
    rf"|\b{_AGE}\s+years?\s+ago\s+(?:today|yesterday)\b|\bd\.?o\.?b(?:s\b|\b\.?)|dates?\s+of\s+birth|birth\s*date|birth\s*day|\bb'?day"
    r"|\bbirthday|\bhbd|\bb\.\s*|\bhappy\s+\d{1,3}(?:st|nd|rd|th)\b|\bpen-?blwydd|🎂\s*"
    # somebody's age as an ordinal, then when: "Precious's 13th is on Tuesday, 8th December"
    r"|['’]s\s+(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)\s+(?:birthday\s+)?(?:is|was|falls)\b"
    r"|\b(?:[gn]?eni|ganwyd|dyddiad\s+geni)\b"  # Welsh: born, date of birth
    # "born" and "birthday" in the families' languages (folded): Polish "urodzona 4 grudnia",
    # Portuguese "nasceu", Spanish "nació", Romanian "născută", Lithuanian "gimė", Latvian
    # "dzimis", Turkish "doğdu"
    r"|\b(?:urodzon[aey]|urodzil[ao]?|urodzin\w*|nasceu|nascid[ao]|nacid[ao]|nacio|nascut[ae]?"
    r"|gime|gimusi|gimes|gimtadien\w*|dzimis|dzimusi|dzimsanas|dogdu|aniversario|cumpleanos)\b"
    r")[^.!?\n]{0,45}$"
    # the date straight after the age and its cheer: "is 19 today!! 🥳 24.01.2007"
    rf"|\b{_AGE}\s+(?:today|2day)\b[^\w\n]{{0,12}}$"
    # and after "birthday" and its cheer: "It's my birthday!! 19 July", and with whose
    # between: "Happy 9th birthday Sneha Joseph! (2016-12-04)"
    r"|\bbirthday\b(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}[^\w\n]{1,12}$",
    re.IGNORECASE,
)
AFTER_RE = re.compile(
    r"^(?:[^.!?\n]{0,30}\b(?:birthday|b'?day|date\s+of\s+birth)\b|[\s)]{0,3}🎂"
    r"|\s+(?:bab(?:y|ies)|borns?)\b"  # "31st August 2015 babies unite"
    r"|[^.!?\n]{0,20}\bweighing\s+(?:in\s+at\s+)?\d+\s*(?:lbs?|pounds?)\b)",  # a newborn's weight
    re.IGNORECASE,
)
# Festivals whose date moves with a calendar of its own: with the year, or said by someone's
# birth ("Born erev Yom Kippur 2019", "born on Diwali"), they give the day.
_FESTIVALS = (
    r"(?:yom\s+kippur|rosh\s+hashan(?:ah|a)|purim|pesach|passover|shavuot|sukkot|succot"
    r"|simchat\s+torah|chanukah|hanukkah|eid(?:\s+al[\s-](?:fitr|adha))?|diwali|deepavali"
    r"|holi|vaisakhi|baisakhi|navratri|dussehra|dashain|tihar|raksha\s+bandhan"
    r"|(?:chinese|lunar)\s+new\s+year"
    # a new month's day and the New Year of Trees: "turns 5 on Rosh Chodesh Sivan"
    r"|rosh\s+chodesh(?:\s+[a-z]+)?|tu\s+b'?sh?e?vat|lag\s+b'?omer"
    # a nation's day: "born on Liberation Day" (Guernsey), "on Latvian Independence Day 2019"
    r"|liberation\s+day|(?:[a-z]+\s+)?independence\s+day|national\s+day)"
)
FESTIVAL_NAME_RE = re.compile(_FESTIVALS, re.IGNORECASE)
FESTIVAL_BIRTH_RE = re.compile(
    # or an age reached on it: "turned 6 yesterday, on the first night of Chanukah"
    # ("born in Riga on Latvian Independence Day 2019": where, then when)
    rf"(?:\bborn(?:\s+in\s+[\w'-]+)?|\bturn(?:s|ed|ing)?\s+{_AGE}(?:\s+(?:today|yesterday|tomorrow))?,?)\s+"
    r"(?:on\s+)?(?:the\s+\w+\s+(?:night|day)\s+of\s+)?"
    rf"((?:erev\s+)?{_FESTIVALS}(?:,?\s+(?:19|20)\d\d)?)\b",
    re.IGNORECASE,
)
# A record's row ("ADEBAYO, Oluwaseun | 04/10/2012 | R3302..."): a date that is a cell of its
# own, in a line split by bars or tabs, in a year that makes its owner of school age.
ROW_CELL_GAP_RE = re.compile(r"^[ ]*[|\t]")
SCHOOL_AGES = range(2, 21)
YEAR_END_RE = re.compile(r"(?:19|20)\d\d$")
ISO_YEAR_RE = re.compile(r"(?:19|20)\d\d(?=-\d\d-\d\d$)")


def born_of_school_age(date: str) -> bool:
    """Does the date end in a year that makes someone born then of school age now (or begin
    with it, written as ISO 8601 does: "2015-06-30")?"""
    year = YEAR_END_RE.search(date) or ISO_YEAR_RE.match(date)
    return bool(year) and datetime.date.today().year - int(year.group()) in SCHOOL_AGES


ROW_NAME_RE = re.compile(r"[A-Z][A-Za-z'-]+,?\s+[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)?")
EVENT_RE = re.compile(
    r"\b(?:party|tea|celebration|disco|assembly|fair|fete|service|concert|trip|open|event"
    r"|join us|come along)\b",
    re.IGNORECASE,
)
WEEKDAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*(?:the\s+)?$", re.I)
# A building's or a body's first day, not a birth: "The original building opened on 3rd
# September 1906", "We opened on 9 September 1985", "founded in".
OPENED_RE = re.compile(
    r"\b(?:opened|founded|established|built|opened\s+(?:its|our)\s+doors)"
    r"(?:\s+(?:on|in))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "children born between 1 September 2020 and 31 August 2021": an age range, nobody's DOB.
COHORT_RE = re.compile(r"\bborn\s+(?:between|after|before|from|since|in)\b", re.IGNORECASE)
# "the school's 50th birthday", "our birthday party", "Happy birthday Lord Krishna",
# "Guru Nanak's birthday", "the King's birthday": not a private person's birthday.
NOT_A_PERSON_RE = re.compile(
    r"\b(?:school|academy|club|shop|charity|church|lord|prophet|guru|jesus|king|queen|town"
    r"|city|village)'?s?\b",
    re.IGNORECASE,
)


def dates_of_birth(text: str) -> list[Span]:
    out = []
    # A day and month in figures says whose birthday only by the words before it ("his
    # birthday is 17/02", "9 years old on 30/09"); a full date may also be a record's cell.
    # (Not beside a full date: "the birth cert says 14/02/2020, the form says 14/03".)
    day_months = [m for m in DAY_MONTH_RE.finditer(text)
                  if BEFORE_RE.search(b := _before(text, m)) and not DATE_RE.search(b)]  # fmt: skip
    for match in [*DATE_RE.finditer(text), *day_months]:
        before = _before(text, match)
        after = text[match.end() : match.end() + 40]
        if WEEKDAY_RE.search(before) and EVENT_RE.search(before):
            continue  # "a birthday tea party on Thursday 9 January": an event's date
        if OPENED_RE.search(before):
            continue  # "120 years old this year! 🎂 The building opened on 3rd September 1906"
        if _in_a_range(text, match):
            continue  # "Reception 2026 (born 1 September 2021 - 31 August 2022)": a cohort
        context = BEFORE_RE.search(before)
        if context:
            # Whose birthday: the words just before "birthday" (in its own sentence: "...
            # in MY school now. She was born 19/07/2020" is no school's) and up to the date.
            owner = re.split(  # (an emoji ends a sentence too)
                rf"[.!?\n{_EMOJI}]", before[max(0, context.start() - 25) : context.start()]
            )
            if NOT_A_PERSON_RE.search(owner[-1] + context.group()) or COHORT_RE.search(
                context.group()
            ):
                continue
            if _a_public_persons(before[max(0, context.start() - 40) : context.start()]):
                continue  # "A.A. Milne's birthday is 18 January": a public life's date
        elif _row_cell_of_a_child(text, match) or _after_a_childs_name(text, match):
            pass
        elif (not AFTER_RE.search(after) or NOT_A_PERSON_RE.search(after[:30])
              or NOT_A_PERSON_RE.search(re.split(r"[.!?\n]", before)[-1])):  # fmt: skip
            continue  # "... was designated a new town on 23 January 1967 🎂": the town's
        if _historical(text[match.start() : match.end() + 6]):
            continue  # "Robert Burns was born on 25 January 1759": a public life, long past
        out.append(Span("DATE_OF_BIRTH", match.start(), match.end(), 0.85, match.group()))
    for match in [*FESTIVAL_BIRTH_RE.finditer(text), *CALENDAR_BIRTH_RE.finditer(text)]:
        if _historical(match.group(1)):
            continue  # "Rashi was born on the 26th of Adar 1040": history's, nobody's today
        if not any(s.start < match.end(1) and match.start(1) < s.end for s in out):
            out.append(Span("DATE_OF_BIRTH", *match.span(1), 0.85, match.group(1)))
    return out


# Whose birthday, by name: "A.A. Milne's", "Roald Dahl's " (the words before "birthday").
OWNER_NAME_RE = re.compile(
    r"((?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3})['’]s?\s*$"
)


def _a_public_persons(owner: str) -> bool:
    """Is the birthday's owner, named before it, a public person: an author known by initials
    (no child is written "A.A. Milne") or one the public-people lists hold?"""
    named = OWNER_NAME_RE.search(owner)
    if named is None:
        return False
    if "." in named.group(1):
        return True
    words = named.group(1).lower().split()
    return any(" ".join(words[k:]) in not_name_set() for k in range(len(words) - 1))


# Between two dates that make a span: a dash, "to", "until", "tan" (Welsh).
RANGE_GAP_RE = re.compile(r"\s*(?:[-–—]|to|until|till|tan)\s*", re.IGNORECASE)


def _in_a_range(text: str, match: re.Match) -> bool:
    """One end of a span of dates ("born 1 September 2021 - 31 August 2022", "ganwyd 1 Medi
    2021 - 31 Awst 2022"): an admissions cohort, nobody's birthday."""
    gap = RANGE_GAP_RE.match(text, match.end())
    if gap and DATE_RE.match(text, gap.end()):
        return True
    return any(
        RANGE_GAP_RE.fullmatch(text, earlier.end(), match.start())
        for earlier in DATE_RE.finditer(text, max(0, match.start() - 40), match.start())
    )


def _before(text: str, match: re.Match) -> str:
    return text[max(0, match.start() - 60) : match.start()]


def _row_cell_of_a_child(text: str, match: re.Match) -> bool:
    before = text[max(0, text.rfind("\n", 0, match.start()) + 1) : match.start()]
    after = text[match.end() :]
    if not (
        ROW_CELL_GAP_RE.match(before[::-1])
        and (ROW_CELL_GAP_RE.match(after) or after.strip(" ") == "" or after.startswith("\n"))
    ):
        return False
    if not born_of_school_age(match.group()):
        return False
    line = before + after.split("\n", 1)[0]
    return any(ROW_NAME_RE.fullmatch(cell.strip()) for cell in re.split(r"[|\t]", line))


# A name written as a record writes it, straight before the date: "ROSS Mhairi 22.11.2018
# B909...", "Leo Smith (03/09/2019)". Only the name's own line, nothing but a space, comma,
# dash or bracket between; a forename alone in a line headed as dates of birth.
_BEFORE_DATE = r"[ \t]*[,:(–-]?[ \t]*\(?$"
# (a surname's lower-case particles too: "Ruben de Villiers 21.01.2015")
_PARTICLES = (
    r"(?:[ \t]+(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|le|la|al|el|bin|ter|ap))*"
)
NAME_BEFORE_DATE_RE = re.compile(
    rf"(?-i:[A-Z][A-Za-z'’-]+{_PARTICLES},?[ \t]+[A-Z][A-Za-z'’-]+)" + _BEFORE_DATE
)
FORENAME_BEFORE_DATE_RE = re.compile(r"(?-i:[A-Z][A-Za-z'’-]+)" + _BEFORE_DATE)
DOB_HEADING_RE = re.compile(r"\b(?:d\.?o\.?b\.?s?|dates?\s+of\s+birth|birth\s*dates?)\b", re.I)
# In a post about dates of birth, a line that is a name (in any case, either order) and what
# the date should be: "dhillon, arjan – should be 17 January 2016", "Simran Bains – is the
# 8th of October 2018".
NAME_SAID_BEFORE_DATE_RE = re.compile(
    r"^[ \t]*[-•*]?[ \t]*[A-Za-z][A-Za-z'’-]+,?[ \t]+[A-Za-z][A-Za-z'’-]+[ \t]*[,:(–-]?[ \t]*"
    r"(?:(?:should|must)[ \t]+be|is|was|now|not)?[ \t]*(?:the[ \t]+)?\(?$",
    re.IGNORECASE,
)


# (as typed, in groups too: "ABREU Diogo  F893 6157 15 243  30/01/2011")
UPN_AT_END_RE = re.compile(rf"[ \t]+{UPN_TYPED}[ \t]*$")
# A line that is a pupil's number and the date: "Q307 9180 24 117 - 17 Jan 2021", a list of
# dates of birth that gives a child by number instead of name.
UPN_ALONE_RE = re.compile(rf"^[ \t]*[-•*]?[ \t]*{UPN_TYPED}{_BEFORE_DATE}")


def _after_a_childs_name(text: str, match: re.Match) -> bool:
    """A full date in a year that makes its owner of school age, straight after a name (a
    forename alone will do in a line headed as dates of birth: "names and DOBs for the
    order: Bailey 03/10/2014, Yusuf 19/01/2015")."""
    if not born_of_school_age(match.group()):
        return False
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    # (the pupil's number may stand between: "Ludovic Lebon N938241722119 11/11/2017")
    if UPN_ALONE_RE.match(line):
        return True
    line = UPN_AT_END_RE.sub(" ", line)
    name = NAME_BEFORE_DATE_RE.search(line)
    if name is None and DOB_HEADING_RE.search(line):
        name = FORENAME_BEFORE_DATE_RE.search(line)
    if name is None and DOB_HEADING_RE.search(text):
        name = NAME_SAID_BEFORE_DATE_RE.search(line)
    # ("Sports Day, 12 July 2019", "Leavers' Assembly 2019": an event's date)
    return name is not None and not re.search(rf"{EVENT_RE.pattern}|\bday\b", name.group(), re.I)


HISTORY_YEARS = 120  # born longer ago than this: nobody alive (a 100th birthday is a DOB)


def _historical(date: str) -> bool:
    if SOLAR_DATE_RE.search(date):
        return False  # "15 Esfand 1392" is 2014: the solar calendar counts from 622
    year = re.search(r"\b(1\d\d\d|20\d\d)\b", date)  # in the date or right after it
    return bool(year) and int(year.group(1)) < datetime.date.today().year - HISTORY_YEARS


SOLAR_DATE_RE = re.compile(rf"\b{_SOLAR_DATE}\b", re.IGNORECASE)


# A post that speaks of birthdays: a date beside a name in it is that person's birthday
# ("Our birthday board: Theo (9/9/19), Oskar (03.11.19)").
BIRTHDAY_POST_RE = re.compile(
    r"\b(?:birthdays?|b'?days?|hbd|born|d\.?o\.?b|date\s+of\s+birth|turns?\s+\w+\s+on"
    r"|pen-?blwydd)\b|" + AGE_SOON,
    re.IGNORECASE,
)


# In a post about birthdays, a day of this month alone: "Amara on the 3rd", "Zofia (Weds
# 4th)". Only where the date ends ("his 5th birthday" is an age, "came 2nd in" a place).
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?s?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
# A day of a month of another calendar, the month capitalised: "her birthday on the 3rd of
# Kislev", "born on the 27th of Ramadan 2019" (English months are DATE_RE's).
# (Not a place in a class or a group: "came 3rd of Year 2", "2nd of Class 4".)
_OTHER_CALENDAR_DAY = (
    rf"(?<![\w/.-])(?:the\s+)?{_ORDINAL_DAY}\s+of\s+"
    rf"(?!(?i:year|class|group|set|team|form|key|stage|reception|nursery|the|ten|eleven"
    rf"|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|hundred)\b)"
    rf"(?-i:[A-Z][a-z'’]{{2,}})(?!\s+\d{{1,2}}\b)(?:\s+\d{{4}})?\b"
)
DAY_ONLY_RE = re.compile(
    # After a weekday it is a date whatever follows ("Saturday 14th actually"), unless an age.
    rf"(?<![\w/.-]){_WEEKDAY}\s+(?:the\s+)?{_ORDINAL_DAY}(?![\w]|\s*(?:birthday|b'?day))"
    # Alone, only where the date ends ("his 5th birthday" is an age, "came 2nd in" a place).
    rf"|(?<![\w/.-])(?:the\s+)?{_ORDINAL_DAY}(?=[ \t]*(?:[),.!;:\n]|and\b|too\b|&|$"
    rf"|[{_EMOJI}](?![^\n]{{0,8}}birthday)))"
    rf"|{_OTHER_CALENDAR_DAY}",
    re.IGNORECASE,
)
# Born on such a day: "HAPPY BIRTHDAY KATIE!! 🎂 born on the 3rd of Kislev" (whoever's
# birthday the post is, the words say a birth).
CALENDAR_BIRTH_RE = re.compile(rf"\bborn\s+(?:on\s+)?({_OTHER_CALENDAR_DAY})", re.IGNORECASE)


# A day alone after the age that is reached on it: "she turns five on the 25th so we're having
# her cake early", "who's sixteen on the 3rd and" (whatever follows: the age makes it a date).
_AGE_REACHED = rf"(?:\bturn(?:s|ing)?\s+|(?:\b(?:is|be)|['’]s)\s+)[\"“]?{_AGE}\s+"
AGE_ON_DAY_RE = re.compile(
    # "on the 25th", "tomorrow (the 6th)", "tomorrow, the 6th"
    rf"{_AGE_REACHED}(?:on\s+|(?:today|tomorrow|tmrw|tomoz)\s*[(,–-]?\s*(?:on\s+)?)"
    rf"((?:the\s+)?{_ORDINAL_DAY})(?!\s*(?:of\s+)?{_MONTH})\b"
    # or in words, where the day ends the phrase: "she's 5 on the eighteenth and ..."
    rf"|{_AGE_REACHED}on\s+(the\s+{_DAY_WORD})"
    r"(?=\s*(?:[),.!;:\n]|and\b|so\b|but\b|$))",
    re.IGNORECASE,
)


# And a day and month in figures without a year: "Kerry 14/12, Cathal 15/12". Not a time
# ("at 10.30": no month 30) and not a fraction of a longer number.
DAY_MONTH_RE = re.compile(
    r"(?<![\w/.:£$€-])(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?![\w/:-]|\.\d)"
)


def aged_days(text: str) -> list[tuple[int, int]]:
    """Days on which an age is reached ("she turns five on the 25th"): a birthday by the
    words themselves (text_filters._birthdays looks further for whose it is)."""
    return [m.span(1) if m.group(1) else m.span(2) for m in AGE_ON_DAY_RE.finditer(text)]


def dates(text: str) -> list[Span]:
    """Every date in the text that is not already a date of birth by its own words."""
    days = aged_days(text)
    if not BIRTHDAY_POST_RE.search(text) and not days:
        return []  # only a post about birthdays makes a bare date worth a second look
    known = {(s.start, s.end) for s in dates_of_birth(text)}
    out = [Span("DATE", m.start(), m.end(), 0.6, m.group()) for m in DATE_RE.finditer(text)
           if (m.start(), m.end()) not in known
           and not _historical(text[m.start() : m.end() + 6])]  # fmt: skip
    taken = [(s.start, s.end) for s in out] + list(known)
    days += [m.span() for m in [*DAY_ONLY_RE.finditer(text), *DAY_MONTH_RE.finditer(text)]]
    for start, end in days:
        if not any(a < end and start < b for a, b in taken):
            out.append(Span("DATE", start, end, 0.6, text[start:end]))
            taken.append((start, end))
    return out
