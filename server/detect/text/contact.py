"""Contact details in text: UK phone numbers, e-mail addresses, postcodes, home addresses.

The school's own public details are excluded by the caller (text_pii), not here:
a detector only says what is there.
"""

import re
from dataclasses import dataclass

import phonenumbers


@dataclass
class Span:
    entity: str
    start: int
    end: int
    score: float
    value: str  # a canonical form, to compare with the school's own details


# and the country domains of the families' e-mail providers abroad ("andreea.i [at] yahoo.ro")
_TLDS = (
    r"(?:uk|com|org|net|co|ac|gov|sch|edu|io|info|me|biz|ie|eu|nhs|police|email|online"
    r"|ro|pl|lt|lv|ee|bg|sk|cz|hu|de|fr|es|it|pt|nl|be|gr|tr|ua|ru|in|pk|bd|lk|ng|gh|ke"
    # and the ending reserved for examples (RFC 2606), which stands for a real one in posts
    # made up for testing ("joy dot okonkwo at vs-haringey dot example")
    r"|za|so|au|nz|ca|us|br|ph|my|sg|hk|cn|jp|example)"
)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# How an "@" and a "." are written out: also "arroba", its name in Portuguese and Spanish.
_BRACKETED_AT = r"(?:\(at\)|\[at\]|\{at\})"
_AT = r"(?:\(at\)|\[at\]|\{at\}|\s+at\s+|\((?i:arroba)\)|\s+arroba\s+|@)"
_DOT = r"(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+|\.)"
# "email her at anitac.hk (at) gmail (dot) com": "her at anitac.hk" would be taken first (hk is
# a country's ending) and then dropped, hiding the address behind it.
_NOT_A_PRONOUN = r"(?!(?i:me|us|we|him|her|them|it|you)\s+at\s)"
# "j.smith at gmail dot com", "office (at) school [dot] sch [dot] uk"
OBFUSCATED_EMAIL_RE = re.compile(
    r"(?<![\w.])" + _NOT_A_PRONOUN + r"([\w.+-]+(?:\s+dot\s+[\w+-]+)*)\s*" + _AT + r"\s*"
    rf"([\w-]+(?:\s*{_DOT}\s*[\w-]+)*(?:\s*{_DOT}\s*" + _TLDS + r"))\b",
    re.IGNORECASE,
)
# An "at" in brackets is written only to hide an e-mail address, so any ending will do after
# it: "owen.price[at]stannes-soho[dot]example", "head(at)ysgol.cymru", "j.lee [at] pta.london".
BRACKETED_AT_EMAIL_RE = re.compile(
    rf"(?<![\w.])([\w.+-]+(?:\s+dot\s+[\w+-]+)*)\s*{_BRACKETED_AT}\s*"
    rf"([\w-]+(?:\s*{_DOT}\s*[\w-]+)*\s*{_DOT}\s*[A-Za-z]{{2,}})\b",
    re.IGNORECASE,
)
# A personal address at a webmail provider, its ".com" left off: "jess dot byrne at icloud",
# "k.shah(at)gmail". The provider's name says it is an e-mail where no ending does.
WEBMAIL_RE = re.compile(
    r"(?<![\w.])"
    + _NOT_A_PRONOUN
    + r"([\w+-]+(?:(?:\s+dot\s+|\.)[\w+-]+)*(?:\s\d{1,4})?)\s*("
    + _AT
    + r")\s*"
    r"(gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol|protonmail|ymail|live|msn)"
    r"\b(?!\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*\w)",
    re.IGNORECASE,
)
# Outward code (area, district) and inward code; the space is optional. Royal Mail leaves
# C, I, K, M, O and V out of inward codes, but a postcode typed wrong ("E21 8KS") still
# says where a child lives: any letter, but not a time ("Y6 2PM").
POSTCODE_RE = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\s?([0-9](?![AaPp][Mm])[A-Za-z]{2})"
    r"(?![A-Za-z0-9])"
)
# The words Royal Mail street names end in (the common ones, England, Wales and Scotland).
STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|grove|way|crescent|cres|court|ct"
    "|place|pl|gardens|gdns|terrace|ter|mews|walk|park|row|square|sq|rise|view|green|hill|fold"
    "|brow|croft|meadow|meadows|parade|vale|wharf|yard|boulevard|lea|ley|leys|mount|bank"
    "|side|gate|garth|ings|heights|grange|chase|wynd|loke|nook|end|top|fields|field|paddock"
    "|approach|circus|hollow|orchard|spinney|dale|edge|brae|causeway|crest|dene|glade|glen"
    "|hey|holme|hurst|link|links|moor|pastures|ridge|royd|shaw|vue|wood|woods|acre|acres"
    "|bottom|clough|common|copse|cross|gait|mead|quay|reach|ride|rigg|road|slack|steps"
    "|terraces|town|villas|wharfe|wick|drove|embankment|esplanade|promenade|broadway"
    # Scots ("Fintry Loan", "Dryburgh Neuk", "the Vennel") and Essex new-town ("Tanners Tye",
    # "Pollard Hatch") street words
    "|loan|neuk|vennel|tye|hatch"
)
# Welsh street words come first: "Heol Fach", "Ffordd y Parc", "Stryd Fawr".
WELSH_STREETS = (
    "heol|ffordd|lon|stryd|rhodfa|maes|clos|cilgant|teras|llwyn|cae|bryn|pant|rhes|llys|cwrt"
)
# Named houses ("Rose Cottage", "Moor Farm"), which locate a home with or without a number.
HOUSE_TYPES = (
    "cottage|cottages|farm|farmhouse|house|barn|bungalow|villa|croft|cabin|chalet"
    # what British houses are called after what they were built as
    "|rectory|vicarage|manse|parsonage|lodge|mill|forge|smithy|granary|stables|schoolhouse"
)
# "The Old Chapel, Mill Lane", "The Old Post Office, Front Street": a building that has
# become a home keeps its old name with "Old" before it.
OLD_BUILDING = r"The\s+Old\s+(?:[A-Z][a-z'-]+\s+)?[A-Z][a-z'-]+"
# After the street type, no capitalised word on the same line: "Church Road Primary" is a
# school, not a street; the next line's first word is not part of it.
# A day or month after the street is a time, not more of the name: "Hudswell Lane Sat 10-2".
NOT_A_LONGER_NAME = (
    r"(?![ \t]+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b)[A-Z][a-z])"
)
# Street names are capitalised (case matters there); the street type may be in any case.
# "St" or "Dr" followed by a capitalised word is a saint or a doctor, not a street.
# A street's part after its type: "Clifton Drive North", "Queens Road East".
COMPASS = r"(?:[ \t]+(?:North|South|East|West|Upper|Lower))?"
# A number that counts a school's things is no house's: "the Year 9 Animal Farm unit",
# "Group 2 Meadow Farm". (Not "room": "Room 12, Olympic Way Guest House" is where a family
# lives.)
COUNTED_THINGS = ["year", "yr", "class", "page", "unit", "stage", "group", "level", "set",
                  "form", "chapter", "book", "lesson", "week", "day", "step", "part", "table",
                  "team", "bus", "gate", "block", "court", "hole"]  # fmt: skip
NOT_A_COUNT = "".join(rf"(?<!(?i:{word}) )" for word in COUNTED_THINGS)
ADDRESS_RE = re.compile(
    # not a time's minutes ("Doors open 8.30, Mill Leat Road entrance"), nor a phone number's
    # last group ("Office: 01632 960 418, Loughan Brae Road"); but after a time, as a bus
    # list gives its stops ("7.05 14 Curium Crescent")
    r"(?:(?<=\d[.:]\d\d[ \t])|(?<![\w£$])(?<!\d[.:])(?<!\d[ \t]))"
    + NOT_A_COUNT
    # nor a year and its comma ("in 1966, Ashton-born Geoff Hurst": "Hurst" is a street word)
    + r"(?!(?:1[89]|20)\d\d,)"
    + r"(?:(?i:flat)\s+\d+[a-zA-Z]?,?\s+)?(?:(?i:number|no\.?)\s+)?\d{1,4}[a-zA-Z]?,?\s+"
    r"(?:[A-Z][a-z'-]+\s+){1,3}(?i:" + STREET_TYPES + r")\b" + COMPASS + NOT_A_LONGER_NAME + r"\.?"
)


# Letters typed for digits in a number ("O7700 9OO123"): O for 0, l or I for 1. A run of
# digits, those letters and separators, with at least five real digits, is a number.
NUMBER_RUN_RE = re.compile(r"(?<![A-Za-z])[0-9OoIl+(][0-9OoIl \-.()]{6,}[0-9OoIl](?![A-Za-z])")


def _digits_for_letters(text: str) -> str:
    """The same text (same length) with look-alike letters inside numbers made digits."""

    def fix(match: re.Match) -> str:
        run = match.group()
        if sum(c.isdigit() for c in run) < 5:
            return run
        return run.translate(str.maketrans("OoIl", "0011"))

    return NUMBER_RUN_RE.sub(fix, text)


# A number read out in words ("seven seven zero zero, nine zero zero, three one two", "oh seven
# seven double oh, nine hundred, four one two"): a run of number words (digits, oh/nought,
# double/triple, teens, tens, hundred, thousand) with spaces, commas or hyphens between,
# read the way a person says a phone number, kept when it makes a UK number.
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT_WORDS = {word: str(digit) for digit, word in enumerate(_DIGITS)}
_DIGIT_WORDS |= {"oh": "0", "nought": "0", "o": "0"}
_TEENS = {w: str(10 + i) for i, w in enumerate(
    ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"))}  # fmt: skip
_TENS = {w: str(2 + i) for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}  # fmt: skip
_SCALES = {"hundred": 2, "thousand": 3}
_NUMBER_WORD = (
    "(?:" + "|".join([*_DIGIT_WORDS, *_TEENS, *_TENS, *_SCALES, "double", "triple"]) + ")"
)
SPOKEN_NUMBER_RE = re.compile(
    rf"\b{_NUMBER_WORD}(?:(?:[\s,-]+|\s+and\s+){_NUMBER_WORD}){{5,}}\b", re.IGNORECASE
)
# Part in figures, part in words: "07700 900 five one two", "oh seven seven double oh 900 512".
# Kept (in _spoken_numbers) only when it holds both and makes a UK number.
_NUMBER_TOKEN = rf"(?:{_NUMBER_WORD}|\d{{1,5}})"
MIXED_NUMBER_RE = re.compile(
    rf"(?<![\w.]){_NUMBER_TOKEN}(?:(?:[\s,-]+|\s+and\s+){_NUMBER_TOKEN}){{2,}}\b", re.IGNORECASE
)


def _below_hundred(words: list[str], at: int) -> tuple[str, int]:
    """A number from 10 to 99 said at words[at] ("twelve", "forty", "forty one"): its digits
    and how many words it took; ("", 0) if none is said there."""
    word = words[at] if at < len(words) else ""
    if word in _TEENS:
        return _TEENS[word], 1
    if word in _TENS:
        unit = words[at + 1] if at + 1 < len(words) else ""
        if unit in _DIGIT_WORDS and _DIGIT_WORDS[unit] != "0":
            return _TENS[word] + _DIGIT_WORDS[unit], 2
        return _TENS[word] + "0", 1
    return "", 0


def _spoken_digits(words: list[str]) -> str:
    """The digits a run of number words says: "double oh" 00, "nine hundred" 900,
    "forty one" 41, "nine hundred and twelve" 912."""
    out, repeat, i = [], 1, 0
    while i < len(words):
        word = words[i]
        if word in ("double", "triple"):
            repeat, i = (2 if word == "double" else 3), i + 1
        elif word == "and":
            i += 1
        elif word in _SCALES:  # "nine hundred (and twelve)": the digit before, widened
            i += 1
            if out and len(out[-1]) == 1:
                at = i + (i < len(words) and words[i] == "and")
                below, used = _below_hundred(words, at)
                if not used and at > i and at < len(words) and words[at] in _DIGIT_WORDS:
                    below, used = _DIGIT_WORDS[words[at]], 1  # "nine hundred and five"
                out[-1] += below.rjust(_SCALES[word], "0")
                i = at + used if used else i
        elif (said := _below_hundred(words, i))[1]:
            out.append(said[0])
            i += said[1]
        elif word.isdigit():  # a group written in figures
            out.append(word)
            repeat, i = 1, i + 1
        else:
            out.append(_DIGIT_WORDS[word] * repeat)
            repeat, i = 1, i + 1
    return "".join(out)


# UK number ranges that Ofcom allocates to organisations, never to a person's line:
# freephone (0800, 0808), 03 (public bodies and charities: the NHS's, a council's, a
# helpline's), 084/087 shared cost and 09 premium rate. A post giving one is passing on a
# service's number (a safeguarding notice's helpline), not a private person's contact
# details. Mobiles (07), personal numbers (070) and geographic lines (01, 02) stay.
ORGANISATION_TYPES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
}


def organisations_only(number) -> bool:
    """A valid UK number in a range only organisations are given (ORGANISATION_TYPES)."""
    return (
        number.country_code == 44
        and phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) in ORGANISATION_TYPES
    )


def _spoken_numbers(text: str) -> list[Span]:
    out = []
    mixed = [
        m for m in MIXED_NUMBER_RE.finditer(text)
        if re.search(r"\d", m.group()) and re.search(r"[A-Za-z]", m.group())
    ]  # fmt: skip
    for match in [*SPOKEN_NUMBER_RE.finditer(text), *mixed]:
        if any(s.start <= match.start() < s.end for s in out):
            continue
        number = _spoken_digits(re.findall(r"[a-z]+|\d+", match.group().lower()))
        if not number.startswith("0"):
            number = "0" + number  # "seven seven zero zero ..." leaves out the first 0
        try:
            parsed = phonenumbers.parse(number, "GB")
        except phonenumbers.NumberParseException:
            continue
        if (
            9 <= len(str(parsed.national_number)) <= 10
            and phonenumbers.is_possible_number(parsed)
            and not organisations_only(parsed)
        ):
            out.append(Span("PHONE", match.start(), match.end(), 0.8, phonenumbers.format_number(
                parsed, phonenumbers.PhoneNumberFormat.E164)))  # fmt: skip
    return out


# A number split over a line break ("07700 900\n893"): the break becomes a space (same
# length) when digits stand on both sides, so the number is read whole.
LINE_SPLIT_NUMBER_RE = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d)")


# A public service's own landline, named just before its number: "Liverpool Careline: 0151
# 233 3700", "call Hackney Children and Families Service on 020 8356 5500". A geographic
# number may be anybody's; the service's name before it says whose it is.
SERVICE_LINE_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w&'’-]*\s+){0,6}(?:Service|Services|Careline|Helpline|Advice\s*Line"
    r"|Council|Hub|Team|Front\s+Door|MASH|Police|Childline|Samaritans|NSPCC|NHS|Surgery"
    r"|Hospital|Clinic|Trust|Foundation|Charity|Authority|Partnership|Board|Department"
    r"|Library|Centre|Center)"
    r"(?:\s+(?:\([^)]{1,20}\)))?\s*(?:on|:|-|–|tel\.?|phone|number)?\s*$"
)


# A date written with dots, slashes or dashes at the start of what looks like a number.
WRITTEN_DATE_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d(?!\d)"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"  # "DOB 2012-09-30 – 78%"
)


_LENIENT = phonenumbers.Leniency.POSSIBLE


def phones(text: str) -> list[Span]:
    out = _spoken_numbers(text)
    text = _digits_for_letters(text)
    joined = LINE_SPLIT_NUMBER_RE.sub(lambda m: " " * len(m.group()), text)
    found = _phone_numbers(joined, text)
    # Joined first; then as written, for a number at a line's end before a numbered line
    # ("try 07700 900237\n2. Diogo Abreu"), which joined is too long to be a phone number.
    if joined != text:
        found += [s for s in _phone_numbers(text, text)
                  if not any(f.start < s.end and s.start < f.end for f in found)]  # fmt: skip
    return out + found


def _phone_numbers(text: str, written: str) -> list[Span]:
    out = []
    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=_LENIENT):
        number = match.number
        national = str(number.national_number)
        # UK numbers have 9-10 digits after the 0; shorter runs are years, prices, scores.
        if number.country_code == 44 and not 9 <= len(national) <= 10:
            continue
        if number.country_code != 44 and len(national) < 8:
            continue
        if organisations_only(number):
            continue
        if WRITTEN_DATE_RE.match(match.raw_string):
            continue  # "12.03.2017 – 8 today!": a date and an age, not a number to ring
        line_before = written[max(0, match.start - 80) : match.start].rsplit("\n", 1)[-1]
        if not national.startswith("7") and SERVICE_LINE_BEFORE_RE.search(line_before):
            continue  # a landline (a mobile may be a person's, whoever they work for)
        out.append(Span("PHONE", match.start, match.end, 0.9, phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.E164)))  # fmt: skip
    return out


# Written a letter at a time so that no scraper reads it: "d j k a z @ e x a m p l e . c o m".
# Single characters with single spaces between, an @ among them and a dot after it.
SPACED_EMAIL_RE = re.compile(r"(?<![\w.])(?:[\w.+-] ){2,}@(?: [\w-])+(?: \.(?: [\w-])+)+(?![\w-])")


# An "@" with spaces around it, and the dots spaced too, so that no scraper reads it:
# "J.Pearson @ fernhill-academy . example". The "@" says e-mail, so any ending will do; the
# ending is in lower case, as no sentence after a full stop is ("Lunch @ Greggs. Lovely").
SPACED_AT_EMAIL_RE = re.compile(
    r"(?<![\w.@])([\w.+-]*[\w+-])\s+@\s+([\w-]+(?:\s*\.\s*[\w-]+)*\s*\.\s*[a-z]{2,})(?![\w-])"
)


def _overlaps(match: re.Match, spans: list[Span]) -> bool:
    return any(s.start < match.end() and match.start() < s.end for s in spans)


def emails(text: str) -> list[Span]:
    out = []
    for match in EMAIL_RE.finditer(text):
        out.append(Span("EMAIL", match.start(), match.end(), 0.95, match.group().lower()))
    for match in SPACED_AT_EMAIL_RE.finditer(text):
        local, domain = match.group(1), re.sub(r"\s+", "", match.group(2))
        # a person's or an office's name ("j.pearson", "office2"), not a word ("Lunch", "us")
        if not re.search(r"[._\d]", local) or _overlaps(match, out):
            continue
        out.append(Span("EMAIL", match.start(), match.end(), 0.8, f"{local}@{domain}".lower()))
    for match in SPACED_EMAIL_RE.finditer(text):
        value = match.group().replace(" ", "").lower()
        out.append(Span("EMAIL", match.start(), match.end(), 0.8, value))
    for match in [*OBFUSCATED_EMAIL_RE.finditer(text), *BRACKETED_AT_EMAIL_RE.finditer(text)]:
        if _overlaps(match, out):
            continue
        written = match.group().lower()
        if re.search(r"\s\.|\.\s", written) and "@" not in written and "dot" not in written:
            continue  # "we met at Leeds. Uk trip": a full stop, not a spaced-out dot
        plain_at = re.search(r"\sat\s", written) and not re.search(r"[(\[{]at[)\]}]", written)
        if plain_at and "dot" not in written and not re.search(r"[.\d_]", match.group(1)):
            # "More info at operationencompass.org", "apply for a place at kirklees.gov.uk":
            # a word, "at", and a web address; someone hiding an e-mail writes "dot" too.
            continue
        dots = rf"\s*{_DOT}\s*"
        domain = re.sub(dots, ".", match.group(2), flags=re.I)
        local = re.sub(dots, ".", match.group(1), flags=re.I)
        if len(local) < 2 or local.lower() in {"me", "us", "we", "him", "her", "them", "it"}:
            continue
        out.append(Span("EMAIL", match.start(), match.end(), 0.8, f"{local}@{domain}".lower()))
    for match in WEBMAIL_RE.finditer(text):
        local, at, provider = match.groups()
        # "aine dot quinn 84 at gmail": the number said after the name is part of it.
        parts = re.split(r"\s+dot\s+|\.", re.sub(r"\s(?=\d+$)", "", local), flags=re.I)
        # Two parts or more ("jess dot byrne"), or an "at" no sentence writes ("(at)", "@"):
        # "see you at Outlook" is no address.
        if len(parts) < 2 and at.strip().lower() not in ("(at)", "[at]", "{at}", "(arroba)", "@"):
            continue
        if _overlaps(match, out):
            continue
        value = f"{'.'.join(parts)}@{provider}".lower()
        out.append(Span("EMAIL", match.start(), match.end(), 0.8, value))
    return out


def postcodes(text: str) -> list[Span]:
    out = []
    for match in POSTCODE_RE.finditer(text):
        outward, inward = match.group(1), match.group(2)
        # Mixed-case "Ab1 2Cd" is a word, not a postcode; all upper or all lower is.
        raw = outward + inward
        if not (raw.isupper() or raw.islower()) or raw.isdigit():
            continue
        value = f"{outward} {inward}".upper()
        out.append(Span("POSTCODE", match.start(), match.end(), 0.85, value))
    return out


# Streets named in French, as in Jersey and Guernsey (and as the detectors see them, accents
# folded): "La Rue du Bouillon", "Les Charrieres de Samares", "La Grande Route de St Martin",
# "Le Chemin des Monts". The street word comes first.
FRENCH_STREET_RE = (
    r"(?:(?:La|Le|Les|L['’])\s*)?(?:Rue|Ruette|Route|Ruelle|Chemin|Charrieres?|Clos|Vallee|Grande\s+Route"
    r"|Boulevard|Impasse|Allee|Chasse|Verte\s+Rue|Neuve\s+Route)\s+(?:de\s+la\s+|de\s+l['’]\s*"
    r"|du\s+|des\s+|de\s+|d['’]\s*)?[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|du|des)){0,3}"
    r"(?<!\sde)(?<!\sdu)(?<!\sdes)"
)
STREET_RE = (
    r"(?:(?:[A-Z][a-z'-]+\s+){1,3}(?i:"
    + STREET_TYPES
    + r")\b"
    + NOT_A_LONGER_NAME
    + r"|"
    + FRENCH_STREET_RE
    + r")"
)
# A flat by its number, before the landmark it is placed by: "flat 3, above the sweet shop".
NUMBERED_FLAT = r"flat\s+\d{1,4}[a-z]?,?"
# "Rose Cottage, Moor Lane", "Moor Farm on Long Lane", "the flat above the chippy on King
# Street", "Flat 3, 22 Hill View": a home located by what it is and the street it is on.
NAMED_HOME_RE = re.compile(
    r"(?<![\w£$])(?:"
    + OLD_BUILDING
    + r"|(?:[A-Z][a-z'-]+\s+){1,3}(?:"
    + HOUSE_TYPES.title()
    + r")|(?i:(?:the\s+(?:flats?|house|maisonette|bungalow|caravan|rooms?)|"
    + NUMBERED_FLAT
    + r")\s+(?:above|over|behind|next\s+to|opposite|beside)\s+"
    r"(?:the\s+)?[\w' -]{2,40}?))"
    r"(?:,\s*|\s+(?:on|off|in|at)\s+)" + STREET_RE
)


# "Flat 3, Riverside House", "flat 11/4, Birnam Tower" (Scottish: floor/door), "Flat 12
# Jubilee Heights": "flat" and a number say it is a home; the block's name follows.
FLAT_RE = re.compile(
    r"(?<![\w£$])(?i:flat|apartment|apt\.?)\s+\d{1,4}[a-zA-Z]?(?:/\d{1,3})?,?\s+(?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+\b(?!\s*\d)"
)
# "3 Dean Clough Cottages", "12 Moor Farm": a number and a named house.
NUMBERED_HOME_RE = re.compile(
    r"(?<![\w£$])"
    + NOT_A_COUNT
    + r"\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z'-]+\s+){1,3}(?:"
    + HOUSE_TYPES.title()
    + r")\b"
)
# "the end terrace opposite the Shoulder of Mutton", "the house next to the Co-op": a home
# placed by a landmark, with no street named.
HOME_BY_LANDMARK_RE = re.compile(
    r"(?i:(?:the\s+(?:end[\s-]terrace|terraced\s+house|semi|flat|house|maisonette|bungalow"
    r"|cottage|caravan|farmhouse)|" + NUMBERED_FLAT + r")\s+(?:above|over|behind"
    r"|next\s+(?:door\s+)?to|opposite|beside"
    r"|across\s+from)\s+(?:the\s+)?)(?:(?:[A-Z][\w'-]*)(?:\s+(?:of|the|and|&|on)?\s*[A-Z][\w'-]*){0,4}"
    # a landmark in lower case, then the village or street it is in: "the flat above the chip
    # shop in Sandwick"
    r"|[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?\s+(?:in|on|at)\s+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Christmas|Easter|Halloween)"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)
# "the end house on Haig Road", "the quarter on Slim Road" (an army house), "the end
# terrace on Checkland Road": a home said by what it is and the street it is on.
# Also said by whose it is and where on the street: "the blue house at the end of Ninian
# Close", "his house on Tenby Road", "the yellow one at the end of Whitchurch Lane" ("one"
# after a word that describes it), "the big house by the car wash on Spilsby Road".
_HOME_WORDS = (
    r"(?:house|home|terrace|end[\s-]terrace|semi|flat|bungalow|cottage|caravan|quarter"
    r"|maisonette|farmhouse|refuge)"  # a refuge's whereabouts are kept secret
)
# "the yellow one", "the end one": "one" for a home after its colour or place in a row (not
# "the new one", "the first one": a shop as well as a house)
_HOME_DESCRIBED = (
    r"(?:white|blue|red|yellow|green|pink|grey|gray|black|brown|orange|purple|cream|end"
    r"|corner|detached|terraced|pebble-?dashed)\s+one"
)
_WHERE_ON_STREET = (
    r"(?:(?:at|on|near)\s+the\s+(?:far\s+)?(?:end|top|bottom|corner)\s+of|on|in|off|along|up"
    r"|down|halfway\s+(?:up|down)|(?:by|near|next\s+to|opposite)\s+the\s+[\w' -]{2,30}?"
    r"\s+(?:on|in|off))"
)
HOME_ON_STREET_RE = re.compile(
    r"(?i:\b(?:the|his|her|their|our|my|your)\s+(?:[a-z]+['’]s\s+)?"
    rf"(?:(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}}{_HOME_WORDS}|{_HOME_DESCRIBED})\s+"
    rf"{_WHERE_ON_STREET}\s+)" + STREET_RE
)
# A home placed by a landmark, its "flat" or "house" left unsaid after someone who lives
# there: "She's above the sweet shop on Stoke Road", "they live over the chippy on King
# Street", "he's next door to the Co-op, Mill Lane".
LIVES_BY_LANDMARK_RE = re.compile(
    r"(?i:\b(?:(?:she|he|they|we)['’](?:s|re)|(?:she|he)\s+is|(?:they|we)\s+are"
    r"|live[sd]?|living|staying)\s+)"
    r"((?i:above|over|next\s+door\s+to)\s+(?:the\s+)?[\w' -]{2,40}?"
    r"(?:,\s*|\s+(?:on|off|in|at)\s+)"
    + STREET_RE
    + r"(?:,\s*(?i:opposite|next\s+to|by|near)\s+the\s+[\w' -]{2,30}?(?=[.,;!?\n]|$))?)"
)
# A flat in a named block, by its owner: "his flat in Tower House, 3rd floor", "their flat at
# Keats Court". The block's name is public; whose flat it is makes it an address.
FLAT_IN_BLOCK_RE = re.compile(
    r"(?i:\b(?:his|her|their|the\s+family['’]s|[a-z]+['’]s)\s+(?:flat|maisonette|home|place)"
    r"\s+(?:in|at|on\s+the\s+\w+\s+floor\s+of)\s+)"
    r"((?:[A-Z][a-z'-]+\s+){1,2}(?i:house|tower|court|heights|point|mansions|buildings|lodge"
    r"|block|towers)\b(?:,\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|top|ground|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+floor\b)?)"
)
# A house by its number or its name on a French-named street: "6 Les Charrieres de Samares",
# "La Chaumiere, La Rue de Samares" ("Maison Bleue, La Rue du Sacre Coeur": a name with the
# word for house first is HOUSE_WORD_FIRST_RE's).
FRENCH_HOME_RE = re.compile(
    r"(?<![\w£$])(?:\d{1,4}[a-zA-Z]?,?\s+|(?:Chalet|Le|La|Les|Clos)\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*)" + FRENCH_STREET_RE
)
# A street of one word, its type joined on, then its town: "2 Leaside, Gulberwick", "14
# Burnside, Dalkeith", "7 Moorcroft, Huddersfield" (the town after says it is an address).
ONE_WORD_STREET_RE = re.compile(
    r"(?<![\w£$])" + NOT_A_COUNT + r"\d{1,4}[a-zA-Z]?,?\s+[A-Z][a-z]{2,}(?:side|gate|fields?|croft"
    r"|lea|leys?|view|wood|bank|hill|brae|dale|garth|holme|hurst|mead|wynd|mount|rise|way|ings"
    r"|lands|fold|shaw|knowe|park|green|close|court)(?=,\s*[A-Z][a-z]+)"
)
# The same one-word street without the town, where the words before say someone lives
# there: "They're at 17 Westway", "moved to 4 Parkside".
ONE_WORD_STREET_BY_CUE_RE = re.compile(
    r"(?i:\b(?:lives?|living|lived|staying|stays|moved|moving|we'?re|they'?re|(?:we|they)\s+are"
    r"|(?:she|he)['’]s|(?:she|he)\s+is|address\s+is|address:)\s+(?:at|to|in|into)?\s*)"
    r"(\d{1,4}[a-zA-Z]?,?\s+[A-Z][a-z]{2,}(?:side|gate|fields?|croft|lea|leys?|view|wood|bank"
    r"|hill|brae|dale|garth|holme|hurst|mead|wynd|mount|rise|way|ings|lands|fold|shaw|knowe"
    r"|park|green|close|court))\b(?!\s+[A-Z])"
)
# A number and a name of any street, after words that say someone lives there: "he's at 14
# Kirkley Run now", "they've moved to 3 Cae Glas" (no street word the lists hold).
NUMBERED_HOME_BY_CUE_RE = re.compile(
    r"(?i:\b(?:lives?\s+at|living\s+at|staying\s+at|moved\s+(?:in\s+)?to|(?:she|he)['’]s\s+at"
    r"|(?:she|he)\s+is\s+at|they['’]re\s+at|(?:they|we)\s+are\s+at|we['’]re\s+at"
    r"|address\s+is)\s+(?:now\s+)?)"
    r"(\d{1,4}[a-zA-Z]?,?\s+[A-Z][a-z'’-]{2,}(?:\s+[A-Z][a-z'’-]{2,}){1,2})\b"
    # (not a school, a club or a public place: "we are at 3 Parkside Primary for the match")
    r"(?<!Primary)(?<!School)(?<!Academy)(?<!College)(?<!Nursery)(?<!Centre)(?<!Center)"
    r"(?<!Park)(?<!Hall)(?<!Church)(?<!Stadium)(?<!Ground)(?<!Club)(?<!Hospital)(?<!Hotel)"
)
# A home placed by its part of the street, after someone who lives there: "Leo lives at the
# bottom of Cow Lane", "they're at the far end of Mill Road".
LIVES_ON_STREET_PART_RE = re.compile(
    r"(?i:\b(?:(?:she|he|they|we)['’](?:s|re)|(?:she|he)\s+is|(?:they|we)\s+are"
    r"|live[sd]?|living|staying)\s+)"
    r"((?i:(?:at|on)\s+the\s+(?:far\s+)?(?:end|top|bottom|corner)\s+of)\s+" + STREET_RE + ")"
)
# A house named with the word for "house" first, in Cornish, Welsh, Gaelic or a language
# abroad, on its street: "Chy Gwyns, Back Lane", "Tigh na Mara, Shore Road", "Casa Rosa,
# Mill Lane".
HOUSE_WORD_FIRST_RE = re.compile(
    r"(?<![\w£$])(?:Chy|Ty|Tigh|Taigh|Maison|Villa|Casa|Quinta|Dom)\s+(?:(?:na|an|y|yr|de|du)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*|\s+(?:on|off|in)\s+)" + STREET_RE
)
# A house's own name, then its street, where the words before say it is somebody's home:
# "Saturday at ours - Penmorva, Tregarrick Lane", "pop round to Chy-an-Mor, Quay Road",
# "she lives at Orchard View, Chapel Drove". (A name and a street alone may be a shop's or
# a church's: "Greggs, Bridge Street".)
HOME_CUE = (
    r"(?i:\b(?:at\s+ours|at\s+(?:my|our)\s+(?:house|place|home)"
    r"|(?:pop|come|go|drop\s+\w+|bring\s+\w+|send\s+\w+)\s+(?:round|over)\s+(?:to|at)"
    r"|live[sd]?\s+at|living\s+at|staying\s+at|moved\s+in\s+at|address\s+is))\s*[-–—:,]?\s*"
)
# (not a saint's church or a shop's "'s": "St Mary's, Church Lane")
_HOUSE_NAME_WORD = r"(?!St\b|Saint\b)[A-Z][a-z]*(?:-[A-Za-z]+)*(?!['’])"
NAMED_HOME_BY_CUE_RE = re.compile(
    HOME_CUE + rf"((?:{_HOUSE_NAME_WORD}\s+){{0,2}}{_HOUSE_NAME_WORD},\s*" + STREET_RE + ")"
)
# "Room 14, Greenview Hotel, Great Cambridge Road": a family housed in a hotel or B&B, by
# the room (a trip's hotel is named without one).
_HOTEL = (
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}(?:Hotel|Inn|Lodge|Guest\s+House|B&B|Hostel)"
    r"|Travelodge|Premier\s+Inn|Ibis(?:\s+Budget)?)"  # the chains, by their own names
)
HOTEL_ROOM_RE = re.compile(
    r"(?<![\w£$])(?i:room)\s+\d{1,4}[a-zA-Z]?,?\s+(?:(?:at|in)\s+)?(?:the\s+)?"
    + _HOTEL
    + r"\b(?:,\s*"
    + STREET_RE
    + r")?"
    # or the hotel first: "the Linthorpe Lodge Hotel, room 214"
    r"|(?<![\w£$])" + _HOTEL + r",?\s+(?i:room)\s+\d{1,4}[a-zA-Z]?\b"
)
# "Ivy Cottage, Whashton", "Skeeby Grange Cottages": a cottage, bungalow or farmhouse is a
# home, whose name and village are its address (a farm, house, lodge or mill may be a
# business or a public venue: those need a street, NAMED_HOME_RE).
COTTAGE_RE = re.compile(
    r"(?<![\w£$])(?:[A-Z][a-z'-]+\s+){1,3}(?:Cottages?|Bungalow|Farmhouse)\b"
    r"(?:,\s*[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?)?(?![ \t]+[A-Z][a-z])"
)
# A named home with no street, then its village or town and a postcode on the same line: "Higher
# Clampitt Farm, nr Paignton TQ18 5DL", "The Old Granary, Upper Puckham, GL58 7QD" (a rural
# address is written so; the postcode says the words before it are where someone lives).
HOME_BEFORE_POSTCODE_RE = re.compile(
    # (the home's name ends at its kind and a comma: not "Vale Mill Road, B9 8QZ", a street,
    # nor "Ore Barn Primary School, TN95 2QE", a school)
    r"(?<![\w£$])(?:"
    + OLD_BUILDING
    + r"|(?:[A-Z][a-z'-]+[ \t]+){1,3}(?:"
    + HOUSE_TYPES.title()
    + r"))(?:,[ \t]*(?:(?:nr\.?|near)[ \t]+)?[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,2}){0,2}"
    # (the postcode is a finding of its own, beside it)
    r"(?=,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z0-9]))"
)
# A home abroad, written as its country writes it, the street first and the number after:
# "Agiou Georgiou 14, Kolossi", "ul. Długa 7", "Rua da Liberdade 23", "Hauptstraße 5",
# "Kerkstraat 12" (families who live there, or go back there, in the summer).
CONTINENTAL_HOME_RE = re.compile(
    r"(?<![\w£$])(?:(?:ul\.|ulica|ulitsa|rua|avenida|av\.|calle|carrer|via|viale|corso|strada"
    r"|str\.|odos|agiou|agias|agion|leoforos|plateia|rue|chemin|boulevard)[ \t]+"
    r"(?:(?:de|da|do|dos|das|del|di|della|la|le|du|des)[ \t]+)?(?-i:[A-ZÀ-Þ])"
    r"[\w'’.-]+(?:[ \t]+(?:de|da|do|dos|das|del|di|della|la|le|(?-i:[A-ZÀ-Þ])[\w'’.-]+)){0,3}"
    r"|(?-i:[A-ZÀ-Þ])\w+(?:straße|strasse|straat|gracht|laan|gatan|veien|vej|gade|utca|iela"
    r"|gatve|katu))"
    r",?[ \t]+(?!(?:19|20)\d\d\b)\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b(?![.:]\d)"
    # (then the line ends, or its town follows: not a year, a distance or a count: "along
    # the Via Appia 12 km", "Via Ferrata 3 times")
    r"(?=[ \t]*(?:$|[,.;:!?)\n–-]|(?:in|w|em|en|à|i)[ \t]+(?-i:[A-ZÀ-Þ])))",
    re.IGNORECASE,
)
# "on Melton Road, number 211": the street, then its number.
STREET_NUMBER_RE = re.compile(
    r"(?<![\w£$])" + STREET_RE + r",?\s+(?i:number|no\.?)\s+\d{1,4}[a-zA-Z]?\b"
)
# "number 41 on Scarborough Street": the house's number, then the street it is on.
NUMBER_ON_STREET_RE = re.compile(
    r"(?<![\w£$])(?i:number|no\.?)\s+\d{1,4}[a-zA-Z]?,?\s+(?i:on|in|off|along|up|down)\s+"
    + STREET_RE
)
# Lower case, after words that say it is where someone lives: "I'm at 27 bankfield terrace".
LIVES_AT_RE = re.compile(
    r"(?i:\b(?:i'?m|i\s+am|we'?re|we\s+are|lives?|living|staying|moved|address\s+is|based)"
    r"\s+(?:at|in|on|to|is)\s+)(\d{1,4}[a-z]?,?\s+(?:[a-z'-]+\s+){1,3}(?i:" + STREET_TYPES + r"))\b"
)

# A farm or house in the country named alone, where words say a family lives there: "the
# family at Low Gill", "living with him since last spring up at Thorn Garth", "lifts back
# up to High Birk Hatt". Its name, capitalised, is its address there. Not a day, a month,
# a festival or a public place ("the family at Christmas", "staying at the Premier Inn").
FARM_NAME_ENDS = (
    "Gill|Ghyll|Garth|Hatt|Top|Head|Side|Bank|Foot|End|Fold|Nook|Syke|Sike|Beck|Moor|Rigg"
    "|Riggs|Hagg|Howe|Thwaite|Intake|Croft|Cote|Scar|Edge|Lea|Ley|Hollow|Bottom|Knowe|Brae"
    "|Mains|Shiel|Shiels|Haugh|Cleugh|Hope|Combe|Coombe|Barton|Wick|Stead|Steading|Pen|Bryn"
)
PLACE_HOME_RE = re.compile(
    r"(?i:\b(?:the\s+(?:whole\s+)?famil(?:y|ies)|(?:live[sd]?|living|stay(?:s|ed|ing)?)"
    r"(?:\s+[a-z]+){0,5}?\s+(?:up|out|down|over)|lifts?(?:\s+back)?\s+(?:up|out|down|over))"
    r"\s+(?:at|to)\s+)"
    # two or three words, the last a word of the land that names farms and houses there
    # ("Gill", "Garth", "Hatt", "Top"): a town is not a home ("lifts back up to Leeds")
    r"((?:[A-Z][a-z'-]+\s+){1,2}(?:" + FARM_NAME_ENDS + r"))\b(?![ \t]+[A-Z])"
)
NOT_A_HOME_PLACE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|christmas|easter|eid|diwali|hanukkah|chanukah|halloween|school|academy|church|chapel"
    r"|hall|centre|center|hospital|park|club|inn|hotel|house|farm|shop|station|airport"
    r"|stadium|arena|camp|beach|zoo|museum|library|castle|abbey|cathedral|mosque|temple"
    r"|gurdwara|synagogue|shul|leisure|pool|field|fields|woods?)\b",
    re.IGNORECASE,
)


# A home on a Traveller site or a caravan park, by its plot or pitch number: "plot 9 up the
# private site on Sheephurst Lane", "pitch 3 on the Pennyfields site, Laddingford Road",
# "van 12 at Sunnyvale Park". The number says which home; the site alone is a public place
# ("the council site at Ballyhornan"), and an allotment's or a car park's plot is no home.
SITE_HOME_RE = re.compile(
    r"(?i:\b(?:plot|pitch|caravan|static|van|chalet|trailer)\s+(?:no\.?\s*)?\d{1,3}[a-z]?"
    r"(?:,\s*|\s+(?:on|at|up|in|of|down)\s+)(?:the\s+)?"
    r"(?:(?!allotment|car\b|burial|building|business|industrial|retail)[\w'’-]+\s+){0,3}?"
    r"(?:site|caravan\s+park|holiday\s+park|(?:mobile\s+)?home\s+park|park|yard))\b"
    r"(?:(?:,\s*|\s+(?:on|off)\s+)" + STREET_RE + r")?"
)

# "3 Heol Gwenallt", "Bryn Awel, Heol Fach", "14 Maes yr Haf", "Ger-y-Nant, Heol Tawe": a
# Welsh street, the street word first, often with the article (y, yr, 'r) before its name;
# a house's name of two or three words, or one joined by hyphens.
WELSH_ADDRESS_RE = re.compile(
    r"(?<![\w£$])(?:(?i:rhif\s+)?\d{1,4}[a-zA-Z]?,?\s+|(?:[A-Z][a-z'-]+\s+){1,2}[A-Z][a-z'-]+,\s+"
    r"|[A-Z][a-z']*(?:-[A-Za-z']+)+,\s+)"
    r"(?i:" + WELSH_STREETS + r")\s+(?:(?:y|yr)\s+)?(?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+)?"
)


# Scottish Gaelic streets also put the street word first, then often the article: "9 Sràid
# a' Chaolais", "11 Pàirc nan Ròn", "Rathad na Mara" (accents folded, as the detectors read
# them). A croft by its number in its township: "Croft 6, Baile Mhic Iain".
GAELIC_ADDRESS_RE = re.compile(
    r"(?<![\w£$])(?:(?:(?i:flat)\s+\d+[a-zA-Z]?,?\s+)?\d{1,4}[a-zA-Z]?,?\s+"
    r"(?i:sraid|rathad|pairc|cnoc|ceann|bruach|baile|druim|taobh|achadh|lon)\s+"
    r"(?:(?:a'|an|am|na|nan|nam|an\s+t-)\s*)?"
    r"|(?i:croit|croft)\s+\d{1,3}[a-zA-Z]?,\s+(?:(?:Baile|Taobh|Ceann|Cnoc)\s+))"
    # (a vowel after "na" takes "h-", after "an" a "t-": "Sràid na h-Eaglais")
    r"(?:[ht]-)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2}"
)

# A house's name and then a street whose Welsh word is only ever a street's ("Gorwel, Lôn
# Eithin", "Bryn Awel, Lôn Ddewi"): the house's name may be one word, and a word such as
# "Bryn" or "Maes" that also names houses is its name here, not the street (not "Carys
# Humphreys, Bryn Awel", a person and a house).
WELSH_HOUSE_ON_STREET_RE = re.compile(
    r"(?<![\w£$'-])(?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z']*(?:-[A-Za-z']+)*,\s+"
    r"(?i:heol|ffordd|lon|stryd|rhodfa|cilgant|teras)\s+(?:(?:y|yr)\s+)?[A-Z][a-z'-]+"
    r"(?:\s+[A-Z][a-z'-]+)?"
)


# The landmark form in Welsh (accents folded, as the detectors read it): "Fflat 2 uwchben y
# siop trin gwallt", "y byngalo gwyn gyferbyn a Chapel Bethesda", "y ty drws nesaf i'r
# dafarn": a home, a word or two that describe it, where it stands, and what by, up to
# the end of the clause (a street or village after a comma is part of it).
WELSH_HOME_BY_LANDMARK_RE = re.compile(
    r"(?i:\b(?:fflat|ty|byngalo|bwthyn|carafan|garafan|ffermdy)(?:\s+\d{1,4}[a-z]?)?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:uwchben|gyferbyn\s+(?:a|ag|efo|y|yr)|drws\s+nesa[f]?\s+(?:i|at)(?:'r)?"
    r"|tu\s+ol\s+i|tu\s+cefn\s+i|wrth\s+ymyl|dros\s+y\s+ffordd\s+i)\s+)"
    r"[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,4}(?:,\s+(?:[A-Z][\w'-]*\s*){1,3})*"
)


# A year, not a house's number: "On this day in 1889 Preston North End became ...".
YEAR_FIRST_RE = re.compile(r"(?:1[0-9]{3}|20[0-9]{2})\b")
YEAR_BEFORE_RE = re.compile(
    r"\b(?:in|since|from|until|till|before|after|by|of|circa|c\.)\s+$", re.IGNORECASE
)


def _a_year_first(text: str, start: int) -> bool:
    return bool(YEAR_FIRST_RE.match(text, start)) and bool(
        YEAR_BEFORE_RE.search(text[max(0, start - 10) : start])
    )


def addresses(text: str) -> list[Span]:
    return [s for s in _addresses(text) if not _a_year_first(text, s.start)]


def _addresses(text: str) -> list[Span]:
    out = []
    # A flat first: "Flat 3, Riverside House" is one address, not "3, Riverside House".
    for pattern, group in ((FLAT_RE, 0), (NAMED_HOME_RE, 0), (NUMBERED_HOME_RE, 0),
                           (HOME_BY_LANDMARK_RE, 0), (HOME_ON_STREET_RE, 0),
                           (STREET_NUMBER_RE, 0), (NUMBER_ON_STREET_RE, 0),
                           (COTTAGE_RE, 0), (LIVES_AT_RE, 1), (SITE_HOME_RE, 0),
                           (HOME_BEFORE_POSTCODE_RE, 0),
                           (LIVES_BY_LANDMARK_RE, 1), (FLAT_IN_BLOCK_RE, 0),
                           (FRENCH_HOME_RE, 0), (GAELIC_ADDRESS_RE, 0), (HOTEL_ROOM_RE, 0),
                           (CONTINENTAL_HOME_RE, 0),
                           (HOUSE_WORD_FIRST_RE, 0),
                           (ONE_WORD_STREET_RE, 0), (ONE_WORD_STREET_BY_CUE_RE, 1),
                           (LIVES_ON_STREET_PART_RE, 1), (NAMED_HOME_BY_CUE_RE, 1),
                           (NUMBERED_HOME_BY_CUE_RE, 1),
                           (WELSH_HOUSE_ON_STREET_RE, 0), (WELSH_ADDRESS_RE, 0),
                           (WELSH_HOME_BY_LANDMARK_RE, 0)):  # fmt: skip
        for match in pattern.finditer(text):
            start, end = match.span(group)
            if any(s.start < end and start < s.end for s in out):
                continue
            out.append(Span("ADDRESS", start, end, 0.75, " ".join(text[start:end].split()).lower()))
    for match in PLACE_HOME_RE.finditer(text):
        start, end = match.span(1)
        if NOT_A_HOME_PLACE.search(match.group(1)) or any(
            s.start < end and start < s.end for s in out
        ):
            continue
        out.append(Span("ADDRESS", start, end, 0.6, match.group(1).lower()))
    for match in ADDRESS_RE.finditer(text):
        words = match.group().split()
        # "3 Oak Class" never matches (no street type); "Year 6 Lane"-like noise needs a
        # capitalised street name, which the pattern requires.
        if not any(w[:1].isupper() for w in words[1:]):
            continue
        if _overlaps(match, out):
            continue
        out.append(Span("ADDRESS", match.start(), match.end(), 0.75, " ".join(words).lower()))
    return out


def find_contacts(text: str) -> list[Span]:
    return phones(text) + emails(text) + _joined(postcodes(text), addresses(text), text)


def _joined(codes: list[Span], homes: list[Span], text: str) -> list[Span]:
    """An address that runs into a postcode ends where the postcode begins: in "Rue de la
    Chênaie GY14 6FD" the street's words take the outward code, and whichever of the two
    overlapping findings won, the other half would be left in the post. Both are kept, side
    by side."""
    out = []
    for home in homes:
        for code in codes:
            if home.start < code.start < home.end < code.end:
                end = code.start
                while end > home.start and text[end - 1] in " \t,":
                    end -= 1
                value = " ".join(text[home.start : end].split()).lower()
                home = Span(home.entity, home.start, end, home.score, value)
        out.append(home)
    return codes + out
