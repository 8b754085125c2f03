"""What the text check does with the recognizers' results before they are findings: the
school's own details and public people dropped, birthdays joined, overlaps resolved by
priority (text_pii.py runs them in turn)."""

import re

from . import circumstances, other_person
from .dates import _AGE, _EMOJI, EVENT_RE, YEAR_END_RE, aged_days, born_of_school_age
from .normalise import fold, fold_name
from .person_context import POSTS_PUBLIC_MIN, PUBLIC_MIN, PersonContext, as_placeholder
from .register_names import RUN_OF_NAMES
from .tokens import quoted_title
from .welsh_mutation import looks_welsh
from .wordlists import all_given_names

# Which finding wins where two overlap (lower wins). An e-mail address first: a name inside
# it ("owainlloyd_teach@...") does not make it any less an address.
PRIORITY = {
    "EMAIL": -1, "STAFF_NAME": 0, "SCHOOL": 0, "PUPIL_FULL_NAME": 1, "UPN": 2,
    "PHONE": 3, "ADDRESS": 3, "POSTCODE": 4, "DATE_OF_BIRTH": 4, "OTHER_PERSON": 5,
    "PUPIL_FORENAME": 6, "PUPIL_INITIALS": 7, "DATE": 8,
}  # fmt: skip
PUPIL_NAMES = {"PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS"}


class _Item:
    __slots__ = ("entity", "start", "end", "score", "meta")

    def __init__(self, entity, start, end, score, meta):
        self.entity, self.start, self.end, self.score, self.meta = entity, start, end, score, meta


def _class_spans(text: str, index) -> list[_Item]:
    """The register's class names of two words or more ("Lydia Eva", "Red Kites"), where a
    post names them: part of the school, never a person."""
    phrases = index.class_phrases if index is not None else ()
    lowered = text.lower()
    return [
        _Item("SCHOOL", m.start(), m.end(), 1.0, {})
        for phrase in phrases
        for m in re.finditer(rf"(?<![\w]){re.escape(phrase)}(?![\w])", lowered)
    ]


def _school_spans(text: str, school: dict) -> list[_Item]:
    """The school's own name and address, wherever they appear: never findings."""
    out = []
    lowered = text.lower()
    for key in ("name", "address"):
        # (folded as the post is: "Les Câtillons" is read as "Les Catillons")
        value = fold(school.get(key) or "").text.strip().lower()
        if len(value) < 4:
            continue
        # Its parts too: "Church Bank, Hawbeck"; a bilingual name's halves, "Ysgol Gynradd
        # Glanteg / Glanteg Primary School".
        parts = [p.strip() for p in re.split(r"[,/]", value)]
        short = _short_names(parts) if key == "name" else set()
        for part in {value, *(p for p in parts if len(p) >= 4), *short}:
            for match in re.finditer(re.escape(part), lowered):
                out.append(_Item("SCHOOL", match.start(), match.end(), 1.0, {}))
        if key == "name":
            out += _school_in_hashtags(text, short | set(parts))
    return out


# Words that say what kind of school it is: staff and families leave them off ("popped into
# Little Acorns", "#AlNoorFamily" for "Al-Noor Primary School and Nursery").
SCHOOL_TYPE_WORDS = frozenset({
    "primary", "school", "academy", "nursery", "day", "pre-school", "preschool", "and", "&",
    "infant", "infants", "junior", "juniors", "college", "community", "sixth", "form",
    "federation", "trust", "high", "secondary", "middle", "first", "free", "catholic", "ce",
    "c", "of", "e", "church", "england", "rc", "voluntary", "aided", "controlled", "the",
    "children's", "centre", "special", "prep", "preparatory", "integrated", "grammar",
    "upper", "lower", "all-through", "learning", "pre", "montessori", "kindergarten",
})  # fmt: skip


def _short_names(parts: list[str]) -> set[str]:
    """The school's name without the words that say its kind: "little acorns", "al-noor".
    One word only when it is no given name (a "Hope Primary" is not shortened to "hope")."""
    out = set()
    for part in parts:
        ws = part.split()
        while ws and ws[-1] in SCHOOL_TYPE_WORDS:
            ws.pop()
        short = " ".join(ws)
        if (
            short != part
            and len(short) >= 4
            and (len(ws) > 1 or "-" in short or short not in all_given_names())
        ):
            out.add(short)
    return out


def _school_in_hashtags(text: str, names: set[str]) -> list[_Item]:
    """The school's name run together in a hashtag: "#AlNoorFamily", "#LittleAcornsLove"."""
    out = []
    joined = {re.sub(r"[\s'’&-]", "", n) for n in names}
    for tag in re.finditer(r"#(\w+)", text):
        body = tag.group(1).lower()
        for name in joined:
            if len(name) >= 5 and (at := body.find(name)) >= 0:
                start = tag.start(1) + at
                out.append(_Item("SCHOOL", start, start + len(name), 1.0, {}))
    return out


def _public_name_spans(text: str) -> list[_Item]:
    """Authors, characters and public figures ("Julia Donaldson", "Harry Potter"): they
    shadow what they overlap, like the school's own name."""
    from .register_names import _not_name_spans

    return [
        _Item("PUBLIC", a, b, 1.0, {})
        for a, b in _not_name_spans(text)
        if not NOT_THAT_ONE_RE.match(text, b) and not KIN_BEFORE_RE.search(text, 0, a)
    ]


# A famous name after a family word is a child's family, not the famous one: "Dad Martin
# McDonagh has asked us to use the site warden's phone" (the playwright's name). Not
# "father", "mother", "brother" or "sister": a priest, a nun or a monk, who may be public.
KIN_BEFORE_RE = re.compile(
    r"\b(?:mum|mam|mom|mummy|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|grandpa"
    r"|uncle|aunt|auntie|aunty|stepdad|stepmum|step-dad|step-mum|cousin)[ \t]+$",
    re.IGNORECASE,
)


# A famous name said of somebody else: "Treasurer is Stephen Hendry (no, not that one 😂)",
# "our new governor, Harry Kane (no relation!)".
NOT_THAT_ONE_RE = re.compile(
    r"\s*[(,–-]?\s*(?:no[,!.]?\s+)?(?:not\s+(?:that|the)\s+(?:one|famous)\b|no\s+relation\b)",
    re.IGNORECASE,
)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value or "")


def _drop_school_details(items: list[_Item], school: dict) -> list[_Item]:
    phone = _digits(school.get("phone"))
    phone = "44" + phone[1:] if phone.startswith("0") else phone
    email = (school.get("email") or "").strip().lower()
    domains = {d for d in (email.partition("@")[2], _host(school.get("website", ""))) if d}
    postcode = re.sub(r"\s+", "", (school.get("postcode") or "").upper())
    address = (school.get("address") or "").lower()
    keep = []
    for item in items:
        value = str(item.meta.get("value", ""))
        if item.entity == "PHONE" and phone and _digits(value) == phone:
            continue
        if item.entity == "EMAIL" and (value == email or _role_mailbox(value, domains)):
            continue
        if item.entity == "POSTCODE" and postcode and value.replace(" ", "") == postcode:
            continue
        if item.entity == "ADDRESS" and address and value.rstrip(".") in address:
            continue
        keep.append(item)
    return keep


# Mailboxes of the school's own roles: public like the office address. A person's own
# address at the school's domain (f.mellor@…) is that person's contact details.
ROLE_MAILBOXES = {
    "office", "admin", "admissions", "enquiries", "enquiry", "info", "head", "headteacher",
    "head.teacher", "bursar", "finance", "senco", "sendco", "send", "reception", "school",
    "hello", "contact", "pta", "ptfa", "friends", "safeguarding", "dsl", "attendance",
    "absence", "absences", "clerk", "governors", "careers", "hr", "jobs", "recruitment",
    "lettings", "catering", "kitchen", "it", "website", "communications", "comms", "media",
    "newsletter", "parents", "trips", "payments", "accounts", "wraparound", "breakfastclub",
    "afterschool", "nursery", "sport", "pe", "music", "library", "eco", "schoolcouncil",
}  # fmt: skip


def _role_mailbox(value: str, domains: set[str]) -> bool:
    local, _, domain = value.partition("@")
    at_school = any(domain == d or domain.endswith("." + d) for d in domains)
    return at_school and local in ROLE_MAILBOXES


def _host(website: str) -> str:
    host = re.sub(r"^[a-z]+://", "", (website or "").strip().lower()).split("/")[0]
    return host.removeprefix("www.")


PERSON_NAMES = PUPIL_NAMES | {"OTHER_PERSON", "STAFF_NAME"}


def _birthdays(text: str, items: list[_Item]) -> list[_Item]:
    """In a post about birthdays, a date on the same line as a person's name and close to
    it is that person's date of birth; other dates are dropped."""
    # Not a forename in lower case in a post written with capitals: "join us at midnight
    # aarti" is the prayer, whoever on the register is called Aarti.
    cased = not text.islower()
    names = [
        i for i in items
        if i.entity in PERSON_NAMES and not (cased and text[i.start : i.end].islower())
    ]  # fmt: skip
    aged = set(aged_days(text)) if any(i.entity == "DATE" for i in items) else set()
    lone_date = sum(i.entity in ("DATE", "DATE_OF_BIRTH") for i in items) == 1  # (below)
    out = []
    for item in items:
        if item.entity != "DATE":
            out.append(item)
            continue
        for name in names:
            a, b = (name.end, item.start) if name.end <= item.start else (item.end, name.start)
            gap = text[a:b]
            if (item.start, item.end) in aged and name.end <= item.start:
                # "our little Kizzy has a Christmas birthday 🎄 she turns five on the 25th":
                # the age says it is a birthday; the name before it in the paragraph, whose.
                if b - a <= 200 and "\n\n" not in gap:
                    out.append(_Item("DATE_OF_BIRTH", item.start, item.end, 0.75, item.meta))
                    break
            elif 0 <= b - a <= 30 and "\n" not in gap and not re.search(r"[.!?;]\s", gap):
                out.append(_Item("DATE_OF_BIRTH", item.start, item.end, 0.75, item.meta))
                break
        else:
            if names and lone_date and _the_birthday_of_the_post(text, item, names):
                out.append(_Item("DATE_OF_BIRTH", item.start, item.end, 0.7, item.meta))
            elif PRONOUN_BIRTHDAY_RE.search(text, max(0, item.start - 40), item.start) and any(
                n.end <= item.start and "\n\n" not in text[n.end : item.start]
                and item.start - n.end <= 200 for n in names
            ):  # fmt: skip
                # "Janet Sowerby's 60th on Sat ... Her birthday is the 28th!": whose, by the
                # pronoun, is the person named before it
                out.append(_Item("DATE_OF_BIRTH", item.start, item.end, 0.7, item.meta))
    return out


# A birthday said by a pronoun, straight before its date: "Her birthday is the 28th",
# "his bday's on the 3rd".
PRONOUN_BIRTHDAY_RE = re.compile(
    r"\b(?:his|her|their)\s+(?:birthday|b'?day)(?:\s+(?:is|was)|['’]s)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# An age reached now: "My Eira is 7 tomorrow", "Matilde who is 7 today".
AGE_NOW_RE = re.compile(
    rf"(?:\b(?:is|turns?)|['’]s)\s+{_AGE}\s+(?:today|2day|tomorrow|tmrw)\b", re.I
)
SENTENCE_OPEN_RE = re.compile(rf"(?:^|[.!?]|[{_EMOJI}])[\s{_EMOJI}]*$")


def _the_birthday_of_the_post(text: str, item: _Item, names: list[_Item]) -> bool:
    """A date further from the name, the only date in a post about one person's birthday,
    that can only be theirs: in a year that makes a child of them ("Happy 9th birthday to
    my niece Celyn Evans! 🎉 16.03.2016 a day I'll never forget"), or opening a sentence
    after an age reached today ("My Eira is 7 tomorrow 😭 ... 2nd February forever my
    favourite day"). Not an event's."""
    paragraph = text.rfind("\n\n", 0, item.start)
    end = text.find("\n\n", item.end)
    if not any(paragraph < n.start and (end < 0 or n.end < end) for n in names):
        return False
    sentence = re.split(r"[.!?\n]", text[item.end : item.end + 60])[0]
    before = text[max(0, item.start - 40) : item.start]
    if EVENT_RE.search(re.split(r"[.!?\n]", before)[-1] + sentence):
        return False
    date = text[item.start : item.end]
    if YEAR_END_RE.search(date):
        return born_of_school_age(date)
    return (
        bool(AGE_NOW_RE.search(text)) and SENTENCE_OPEN_RE.search(text[: item.start]) is not None
        and not re.match(r"\s*[:–-]", sentence)  # "14th March: non-uniform day", a notice
    )  # fmt: skip


def _drop_public_names(text: str, items: list[_Item]) -> list[_Item]:
    """Names inside a public person's name, a book title or a place ("Julia Donaldson",
    "George's Marvellous Medicine", "Ben Nevis") are no pupil and no private person; the
    phrase shadows only names: a phone number or an address beside it stays."""
    # Other people listed among public ones are public too, and shadow the names inside
    # them as a public name does ("Ilhan Omar, Priti Patel, Diane Abbott": no pupil Ilhan).
    among_public = _listed_among_public(text, items)
    public = [i for i in items if i.entity == "PUBLIC" or id(i) in among_public]

    def shadowed(i: _Item) -> bool:
        if i.entity == "PUPIL_FULL_NAME" and any(
            i.start <= p.start and _without_possessive(text, p) <= i.end for p in public
        ):
            # The register has a pupil of that name ("Ronnie O'Sullivan" of Year 4, not the
            # snooker player), or one whose name holds a public one ("João Pedro Silva", not
            # the footballer João Pedro): a missed child costs more than a warning too many.
            return False
        # A one-word public name ("Haworth", the Brontës' village) shadows that word only,
        # not the full name of a Claire Haworth around it.
        return any(
            p.start <= i.start
            and i.end <= p.end
            or p.start < i.end
            and i.start < p.end
            and " " in text[p.start : p.end]
            for p in public
        )

    def spelt(i: _Item) -> bool:
        # "Paulo Ferreira – paulo.ferreira81@...": a parent, not the footballer (asked only of
        # a name a public one shadows: the post's e-mails are not read for every name)
        return i.entity == "OTHER_PERSON" and other_person.spelt_by_an_email(text, i.start, i.end)

    return [i for i in items if not (i.entity in PERSON_NAMES and shadowed(i) and not spelt(i))]


# Between two names of one list: a comma, "and", "&", "/", or a new line with its number or
# bullet ("1. Captain Cook\n2. Bob Mortimer\n3. Steph McGovern").
LIST_GAP_RE = re.compile(r"\s*(?:[,;/&]|\band\b|\n\s*(?:\d{1,2}[.)]|[-•*·])?)\s*(?:and\s+)?")
PUBLIC_LISTED = 2  # public people a list must hold for its other names to be public too


def _listed_among_public(text: str, items: list[_Item]) -> set[int]:
    """Other people in a list that is mostly of public people ("most famous person from
    Middlesbrough? 1. Captain Cook 2. Bob Mortimer 3. Steph McGovern 4. Chris Rea"): the
    lists cannot hold every public figure, but nobody lists a parent among them."""
    public = [i for i in items if i.entity == "PUBLIC" and " " in text[i.start : i.end].strip()]
    if len(public) < PUBLIC_LISTED:
        return set()
    names = sorted(public + [i for i in items if i.entity == "OTHER_PERSON"],
                   key=lambda i: i.start)  # fmt: skip
    out: set[int] = set()
    run: list[_Item] = names[:1]
    for item in [*names[1:], None]:
        gap = text[run[-1].end : item.start] if item is not None else ""
        if item is not None and item.start >= run[-1].end and LIST_GAP_RE.fullmatch(gap):
            run.append(item)
            continue
        listed_public = sum(1 for i in run if i.entity == "PUBLIC")
        if listed_public >= PUBLIC_LISTED and 2 * listed_public >= len(run):
            out |= {id(i) for i in run if i.entity == "OTHER_PERSON"}
        run = [item] if item is not None else []
    return out


def _without_possessive(text: str, item: _Item) -> int:
    """Where a name ends without its "'s" ("James Cook's" in "Tyler-James Cook's EHCP")."""
    return item.end - 2 if text[item.end - 2 : item.end] in ("'s", "’s") else item.end


def _priority(item: _Item) -> float:
    # A register forename of two words ("Fatima Zahra") is surer than a guess that the
    # same words are some other person's full name.
    if item.meta.get("whole_forename"):
        return PRIORITY["OTHER_PERSON"] - 0.5
    return PRIORITY.get(item.entity, 9)


def _resolve_overlaps(items: list[_Item], text: str) -> list[_Item]:
    """Where findings overlap, the more specific wins (PRIORITY), then the longer."""
    items = [i for i in items if not (
        _pupils_listed(i, items, text) or _fond_word_before(i, items, text))]  # fmt: skip
    public = [i for i in items if i.entity == "PUBLIC"]  # they shadow names only (above)
    items = sorted((i for i in items if i.entity != "PUBLIC"),
                   key=lambda i: (_priority(i), -(i.end - i.start), i.start))  # fmt: skip
    school = [i for i in items if i.entity == "SCHOOL"]
    kept: list[_Item] = []
    for item in items:
        # once per item, not per overlap
        beyond = _beyond_school(item, school, text) or _town_word_as_pupil(item, school, text)
        if any(k.start < item.end and item.start < k.end and not (k.entity == "SCHOOL" and beyond)
               for k in kept):  # fmt: skip
            continue
        kept.append(item)
    return sorted(kept + public, key=lambda i: i.start)


def _pupils_listed(item: _Item, items: list[_Item], text: str) -> bool:
    """Is this "full name" two pupils' forenames listed without a comma ("Reuben Biddy and
    Milan all got through", Biddy being another pupil's preferred name)? Each of its words a
    different pupil's forename, in a list of pupils' names: the pupils, not one adult ("I'm
    Mariam Ali, not Maryam" is an adult whose two names two pupils have)."""
    if item.entity != "OTHER_PERSON":
        return False
    inside = [i for i in items if i.entity == "PUPIL_FORENAME"
              and item.start <= i.start and i.end <= item.end]  # fmt: skip
    if len(inside) < 2:
        return False
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text[item.start : item.end])
    pupils = [frozenset(getattr(p, "ref", p) for p in i.meta.get("people") or []) for i in inside]
    if len(inside) != len(words) or len(set(pupils)) != len(pupils):
        return False
    if len(inside) >= RUN_OF_NAMES:
        return True  # "Maryam Ellie-Mae Hêvî": three pupils' forenames are a list by themselves
    return any(
        i.entity in PUPIL_NAMES and not (item.start <= i.start and i.end <= item.end)
        and LIST_SEP_RE.match(text[min(i.end, item.end) : max(i.start, item.start)])
        for i in items
    )  # fmt: skip


# Words said fondly before a child's name, never a forename: "Little Kai told me his dad's in
# jail", "Wee Dominik", "Baby Amara" (not "Kai Little": a surname comes after).
FOND_WORDS = {"little", "wee", "lil", "baby", "tiny", "big", "young", "bonny", "bonnie"}


def _fond_word_before(item: _Item, items: list[_Item], text: str) -> bool:
    """Is this "full name" a fond word and then a pupil's forename ("Little Manny")? The
    pupil, not an adult called Little."""
    if item.entity != "OTHER_PERSON":
        return False
    first, _, rest = text[item.start : item.end].partition(" ")
    return first.lower() in FOND_WORDS and any(
        i.entity in PUPIL_NAMES and i.end == item.end and text[i.start : i.end] == rest.strip()
        for i in items
    )  # fmt: skip


def _beyond_school(item: _Item, school: list[_Item], text: str) -> bool:
    """An address that holds a part of the school's name or address (its village, its
    street) and words beyond them is somebody's home: "Low Gill Farm, Hawbeck Lane" in a
    school at Hawbeck; "Ysgol Gynradd Glanteg, Heol y Cwm" is the school's own. So is a
    register pupil's full name whose surname is the school's town: "Harley Brandon" in a
    school at Brandon. (Not a guess at some adult's name: "Sutton CAMHS", "Kent Highways"
    and "Devon Children" are the school's own places; an adult "Pauline Brandon" missed
    costs a warning, on the read halves five clean posts flagged for one name found.)"""
    if item.entity not in ("ADDRESS", "PUPIL_FULL_NAME"):
        return False
    covered = [False] * (item.end - item.start)
    for s in school:
        for pos in range(max(s.start, item.start), min(s.end, item.end)):
            covered[pos - item.start] = True
    return any(
        not done and text[item.start + offset].isalnum() for offset, done in enumerate(covered)
    )


# Before a word that is the school's town, what makes it the place: "in Brandon", "to
# Kendal", "School, Brandon"; after it, more of a place's name: "Brandon Country Park".
PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|at|to|near|from|around|of|into|towards|through|via|outside|visit(?:ed|ing)?)"
    r"|[,#@(/]|\n)\s*$",
    re.IGNORECASE,
)
PLACE_AFTER_RE = re.compile(r"^(?:\s+[A-Z]|['’]s\s+[A-Z]|\s*,\s*[A-Z])")


def _town_word_as_pupil(item: _Item, school: list[_Item], text: str) -> bool:
    """A pupil's forename that is the school's town, used as a name: "Brandon has a nut
    allergy" in a school at Brandon. The school's word shadows it only where it reads as
    the place ("a trip to Brandon", "Lakenheath Fen Primary, Brandon", "Brandon Country
    Park")."""
    if item.entity != "PUPIL_FORENAME" or not any(
        (s.start, s.end) == (item.start, item.end) for s in school
    ):
        return False
    before, after = text[max(0, item.start - 20) : item.start], text[item.end : item.end + 20]
    return not (PLACE_BEFORE_RE.search(before) or PLACE_AFTER_RE.match(after))


# (and of a pair sharing a surname: "by Janet and Allan Ahlberg")
AUTHOR_RE = re.compile(r"\bby\s+(?:(?-i:[A-Z][\w'’-]+)\s+(?:and|&)\s+)?$", re.IGNORECASE)
# A title in quotes ("'The Twits' by Roald Dahl"): an opening quote, not the apostrophe of
# "Parents' group" or "Sam's".
WORK_RE = re.compile(r"[\"‘“]|(?:^|\s)'\w|\b(?:book|novel|story|stories|poem|poems|author"
                     r"|written|illustrated|picture book|series|song|film)\b",
                     re.IGNORECASE)  # fmt: skip
# A title in capitals right before "by": "The Name Jar by", "Cider with Rosie by" (two
# words or more, the last capitalised; not "Photo by", "collected by").
TITLE_BY_RE = re.compile(
    # (a title's small words in the families' languages too: "Cysgod y Cryman by")
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|with|in|on|a|an|to|for|at|from"
    r"|y|yr|ar|o|de|la|le|el|du|des|del|da|do|di|van|von|und|et))*"
    r"\s+[A-Z][\w'’-]*\s+by\s+$"
)
# A public place or honour named after somebody: the person of that surname in the same post
# is its namesake ("the Horniman Museum ... Frederick Horniman"). Not a shop or a firm, which
# a private family may own and run.
NAMESAKE_WORDS = (
    r"Museum|Gallery|Library|Park|Trust|Foundation|Institute|Theatre|Theater|University"
    r"|Stadium|Memorial|Observatory|Collection|Prize|Award|Medal|Lecture|Gardens|Monument"
)


def _namesake(text: str, item: _Item) -> bool:
    """Is the person's surname, elsewhere in the post, the name of a museum, a park, a
    prize or the like ("the Horniman Museum")?"""
    surname = re.findall(r"[^\W\d_][\w'’-]*", text[item.start : item.end])[-1:]
    if not surname or len(surname[0]) < 3:
        return False
    named = re.compile(rf"\b{re.escape(surname[0])}(?:['’]s)?\s+(?:{NAMESAKE_WORDS})\b")
    return any(not (item.start <= m.start() < item.end) for m in named.finditer(text))


LIST_SEP_RE = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$")
# The same list, with up to three more of its items between: "Bob Marley, Toots and the
# Maytals, Millie Small": each item a capitalised name of a few words (a band's "and the").
_LIST_ITEM = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|the|of|&)){0,4}"
_LIST_SEP = r"\s*(?:,|;|and|&|,\s*and)\s*"
LIST_RUN_RE = re.compile(rf"^{_LIST_SEP}(?:{_LIST_ITEM}{_LIST_SEP}){{0,3}}$")
# Words that put the person named next in public life: an office, a public calling, or
# fame itself ("the next ...", "just like ...").
_PUBLIC_ROLES = (
    r"(?:mayor(?:\s+of\s+[A-Z][\w ]{2,30}?)?|mp|msp|mla|mep|member\s+of\s+parliament"
    r"|provost|minister|first\s+minister|prime\s+minister)(?:\s+(?:mr|mrs|ms|miss|dr)\.?)?"
    r"|president|bishop|archbishop|councillor|cllr|author|illustrator|poet(?:\s+laureate)?"
    r"|children's\s+laureate|novelist|olympian|paralympian|olympic\s+champion"
    r"|world\s+champion|footballer|lioness|astronaut|explorer|scientist|composer"
    # ("the famous convenor Tommy Brennan": fame, and a calling between)
    r"|(?:the\s+)?next|just\s+like|famous(?:\s+[a-z-]+){0,2}|named\s+after|in\s+memory\s+of\s+the"
    # a calling with "the": "made in 1978 by the artist Liz Leyh" (not "our artist Jo Platt")
    r"|(?<!\bour\s)(?<!\bmy\s)the\s+(?:artist|sculptor|painter|architect|comedian"
    r"|singer|songwriter|actor|actress|broadcaster|playwright|cartoonist)"
    # a club's or a town's own: "Palace legend Mark Bright", "Wolverhampton's own Beverley
    # Knight" (a capitalised name first: "our lollipop legend" is a private adult)
    r"|(?-i:[A-Z][\w'’-]+)\s+(?:legend|great|icon)|(?-i:[A-Z][\w-]+)['’]s\s+(?:very\s+)?own"
)
PUBLIC_ROLE_BEFORE_RE = re.compile(rf"\b(?:{_PUBLIC_ROLES})\s*[,:]?\s*$", re.IGNORECASE)
# An organisation named after a person: "the Ben Kinsella Trust", "Anthony Nolan Foundation".
_ORGANISATION_WORDS = (
    r"Trust|Foundation|Fund|Charity|Memorial|Institute|Society|Centre|Center"
    r"|Hospice|Appeal|Award|Prize|Scholarship|Lecture|Cup|Trophy|House|Hall|Building|Wing"
    r"|Barbers|Bakery|Bakers|Butchers|Salon|Garage|Restaurant|Takeaway|Pharmacy|Opticians"
    r"|Solicitors|Dental|Nursery|Academy|School|College|Kitchen|Cafe|Café|Deli|Bistro|Grill"
    r"|Diner|Brewery|Bookshop|Books|Farm\s+Shop|Stores|Fisheries|Motors|Union|Women|Ladies"
)
ORGANISATION_AFTER_RE = re.compile(
    # or a firm named after its founder: "Sir William Arrol & Co", "J. Smith and Sons Ltd"
    rf"^(?:(?:'s)?\s+(?:{_ORGANISATION_WORDS})\b|\s*(?:&|and)\s+(?:Co|Sons|Daughters)\b"
    r"|\s+(?:Ltd|Limited|plc|LLP)\b)"
)
# The name read with the organisation's word in it: "Bao Bao Kitchen", "Sam Smith Motors".
ORGANISATION_LAST_RE = re.compile(rf"\s(?:{_ORGANISATION_WORDS})$")
# A dressing-up post ("World Book Day: Mrs Lee as Little Nell, Mr Kemp as the Artful
# Dodger"): a full name right after "as" is the costume's character.
COSTUME_RE = re.compile(
    r"\b(?:dress(?:ed|ing)?\s+up|costumes?|fancy\s+dress|book\s+(?:day|week)|came\s+as"
    r"|come\s+as|dressed\s+as)\b",
    re.IGNORECASE,
)
# (a rank or title of the character's between: "dressed as Captain Jack Sparrow")
AS_BEFORE_RE = re.compile(r"\bas\s+(?:the\s+|a\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?$", re.IGNORECASE)
_ROLES_AFTER = (
    r"author|illustrator|poet|writer|novelist|playwright|composer|painter|artist|scientist"
    r"|footballer|striker|midfielder|defender|goalkeeper|cricketer|boxer|olympian|athlete"
    r"|singer|rapper|musician|mayor|president|prime\s+minister|king|queen|saint|campaigner"
    r"|founder|explorer|inventor|hero|heroine|leader|activist|philosopher|prophet"
    r"|maker|designer|architect|engineer|actor|actress|presenter|broadcaster|comedian"
    r"|sculptor|photographer|historian|mathematician|astronomer|naturalist|suffragette"
    r"|pioneer|aviator|mountaineer|dramatist"
)
PUBLIC_ROLE_AFTER_RE = re.compile(
    r"^(?:'s\s+['\"‘“]|,?\s+(?:MP|MS|MSP|MLA|AM|OBE|MBE|CBE|KBE|DBE|VC|GC)\b"
    # "Timothy Eaton, who founded a department store chain": what history remembers (not
    # "who founded our breakfast club")
    r"|,?\s+who\s+(?:founded|invented|discovered|pioneered)\s+(?!our\b|the\s+school|this\b)"
    # "Magnus MacFarlane-Barrow, founder of Mary's Meals" (not "our" own club's)
    r"|,\s+(?:co-?)?founder\s+of\s+(?!our\b|the\s+school|this\b)"
    # "Kazi Nazrul Islam, the national poet of Bangladesh", "Taras Shevchenko is Ukraine's
    # national poet", "Mo Salah, Liverpool's star striker": a public calling said after.
    rf"|,?\s+(?:(?:is|was)\s+)?(?:the|[A-Z][\w'’]+['’]s)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{_ROLES_AFTER})s?\b"
    # "a full set of Catherine Cookson novels": a name that says whose works they are (not
    # words that are also verbs: "Sam Taylor plays / films / books the hall").
    r"|\s+(?:novels?|poems?|poetry|stories|albums?|paintings?|illustrations|trilogy)\b"
    # seen or heard by everyone: "Steph McGovern on the telly this morning"
    r"|\s+(?:was\s+|is\s+)?on\s+(?:the\s+)?(?:telly|tv|television|radio)\b)"
)
# Words before a full name that make it no private adult: an event celebrated ("celebrated
# Ivan Kupala"), a hill climbed ("climbing Ben Wyvis"), a birth name ("she was born Maria
# Skłodowska"), a thing named after somebody ("an Eddie Stobart lorry", "a pair of Ben
# Foster goalie gloves": a lower-case noun follows, see THING_AFTER_RE).
NOT_A_PERSON_BEFORE_RE = re.compile(
    r"\b(?:celebrat(?:e|ed|es|ing)|climb(?:ed|ing|s)?(?:\s+up)?|(?:summit|top)\s+of"
    r"|was\s+born|is\s+born)\s+$",
    re.IGNORECASE,
)
# ("a" after a lower-case word only, in an English post: Welsh "a" is "and": "Sandra a
# Keith Pugh")
THING_BEFORE_RE = re.compile(r"(?:\b[a-z]+\s+a|\b[Aa]n|\b(?:pair|set|box|packet|tin)\s+of)\s+$")
THING_AFTER_RE = re.compile(r"^[ \t]+(?-i:[a-z]{3,})\b(?![ \t]+(?:and|&)\b)")
FEAST_LAST_RE = re.compile(r"\s(?:Christmas|Xmas|Easter|Diwali|Eid|Hanukkah|Halloween|Vaisakhi)$")


# A quotation's author: the name right after a closing double quote and a dash ("'Destiny
# is not a matter of chance' – William Jennings Bryan"). Not a testimonial's parent, or its
# mentor at work ("... loved every minute" – Jo Platt, Year 2 parent; "..." ~ Sam Taylor,
# Director, Taylor & Sons).
QUOTED_BY_RE = re.compile(r"[\"”]\s*[-–—~]\s*$")
TESTIMONIAL_AFTER_RE = re.compile(
    r"^[^\n]{0,30}?\b(?:parents?|mum|mam|dad|carer|gran|grandparents?|grandma|grandad|nan"
    r"|family|volunteer|governor|pta|pupil|student|alumn\w*|old\s+\w+|former|director"
    r"|manager|ceo|owner|mentor|coach|partner|officer|chair|ltd|limited)\b",
    re.IGNORECASE,
)


def _drop_public_people(text: str, items: list[_Item], people: PersonContext) -> list[_Item]:
    """Full names that belong to public life, not private people: the author of a book
    ("'The Gruffalo' by Julia Donaldson"), one of a list with a known public figure
    ("Florence Nightingale, Mary Seacole and Edith Cavell"), a pope or a monarch by number,
    or a name the sentence around it speaks of as a public figure's (person_context.py);
    and no person at all: a charity or a firm named after somebody, a street said as where
    something is."""
    public = [i for i in items if i.entity == "PUBLIC"]
    sentences = circumstances.sentences_of(text)  # once for every name, both passes
    costumes = bool(COSTUME_RE.search(text))
    contacts = [i for i in items if i.entity in ("PHONE", "EMAIL")]
    keep = []
    for item in items:
        if item.entity == "OTHER_PERSON" and not _given_contact(text, sentences, item, contacts):
            a, b = _sentence_around(sentences, text, item.start)
            if AUTHOR_RE.search(text[a : item.start]) and WORK_RE.search(text[a:b]):
                continue
            if TITLE_BY_RE.search(text[max(a, item.start - 80) : item.start]):
                continue  # "Hogsmill loved The Name Jar by Yangsook Choi": a title's author
            if _namesake(text, item):
                continue  # "Frederick Horniman" in a post about the Horniman Museum
            if STREET_LAST_RE.search(text[item.start : item.end]) and (
                LISTED_STREET_BEFORE_RE.search(text[max(0, item.start - 40) : item.start])
                or LISTED_STREET_AFTER_RE.match(text[item.end : item.end + 40])
            ):
                continue  # "Rose Street, Iona Street, Duncan Place": a list of streets
            if PUBLIC_ROLE_BEFORE_RE.search(text[max(a, item.start - 50) : item.start]):
                continue  # "the Mayor of West Yorkshire, Tracy Brabin", "the next Ian Wright"
            if PUBLIC_ROLE_AFTER_RE.match(text[item.end : item.end + 60]) and not (
                other_person.a_parents_condition(text, item.start, item.end)
            ):
                continue  # "Mary Hoffman's 'Amazing Grace'", "Kim Leadbeater MP"
            if QUOTED_BY_RE.search(text[max(0, item.start - 6) : item.start]) and not (
                TESTIMONIAL_AFTER_RE.match(text[item.end : item.end + 40])
            ):
                continue  # the author of the quotation just given
            if ORGANISATION_AFTER_RE.match(
                text[item.end : item.end + 30]
            ) or ORGANISATION_LAST_RE.search(text[item.start : item.end]):
                continue  # "the Ben Kinsella Trust": a charity named after somebody
            if ON_A_STREET_RE.search(text[max(0, item.start - 8) : item.start]) and (
                STREET_LAST_RE.search(text[item.start : item.end])
                and not POSSESSIVE_AFTER_RE.match(text[item.end :])
            ):
                continue  # "the police presence on Spencer Vale this morning": a street
            if WORK_QUOTED_RE.search(text[max(0, item.start - 40) : item.start]) and re.match(
                r"[\"”’']", text[item.end : item.end + 1]
            ):
                continue  # 'a Nepali folk song, "Resham Firiri"': a work's title in quotes
            if re.search(r"[\"“‘']$", text[max(0, item.start - 1) : item.start]) and (
                WORK_AFTER_QUOTES_RE.match(text, item.end)
            ):
                continue  # '"Billy Elliot" auditions': a work's title, then its kind
            if NOT_A_PERSON_BEFORE_RE.search(text[max(a, item.start - 20) : item.start]):
                continue  # "celebrated Ivan Kupala", "climbing Ben Wyvis"
            if (
                THING_BEFORE_RE.search(text[max(a, item.start - 20) : item.start])
                and THING_AFTER_RE.match(text[item.end : item.end + 20])
                and not looks_welsh(text)
            ):
                continue  # "an Eddie Stobart lorry": a thing named after somebody
            if FEAST_LAST_RE.search(text[item.start : item.end]) and THING_AFTER_RE.match(
                text[item.end : item.end + 20]
            ):
                continue  # "Gavin & Stacey Christmas jumper day": a feast's thing, nobody
            if quoted_title(text, item.start, item.end):
                continue  # 'our Christmas concert "Seren Bethlehem"'
            if THE_BEFORE_RE.search(text[max(0, item.start - 5) : item.start]):
                continue  # "to receive the Victoria Cross": nobody is "the" by name
            if REGNAL_RE.search(text[item.start : item.end]) or POSTNOMINAL_RE.search(
                text[item.start : item.end]
            ):
                continue  # "Henry VIII", "Robert Quigg VC": a monarch's number, an honour
            if _in_history(text, sentences, item):
                continue  # "Michael Nairn opened his floorcloth factory in 1847"
            if _titled_earlier(text, item):
                continue  # "Sir Arthur Conan Doyle ... Conan Doyle stayed at the Duchy Hotel"
            if costumes and AS_BEFORE_RE.search(text[max(a, item.start - 12) : item.start]):
                continue  # "Mr Fielding as Bill Sikes" on World Book Day: a character
            listed = [p for p in public if LIST_RUN_RE.match(
                text[min(p.end, item.end) : max(p.start, item.start)])]  # fmt: skip
            if listed:
                continue
        keep.append(item)
    return _drop_by_context(text, sentences, keep, people)


# A street said as where something is ("on Spencer Vale", "down Cotton Lane"), not somebody
# whose surname is a street's word ("thanks to Jo Lane"; "on Ben Lane's team" is his). Only
# the street words of contact.STREET_TYPES that are seldom a surname's last word (not Hill,
# Green, Wood, Park, Bank, Cross...).
ON_A_STREET_RE = re.compile(r"\b(?:on|along|down|up|off|onto)\s+$", re.IGNORECASE)
STREET_LAST_RE = re.compile(
    r"\s(?:Road|Street|Avenue|Lane|Drive|Close|Grove|Way|Crescent|Terrace|Mews|Gardens|Vale"
    r"|Parade|Rise|Walk|Place|View|Fold|Croft|Brow|Wynd|Garth|Row|Square)$"
)
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")
# Another street beside it in a list: "Rose Street, Iona Street, Duncan Place, Henderson
# Street".
_STREET_ITEM = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:Road|Street|Avenue|Lane|Place)"
LISTED_STREET_BEFORE_RE = re.compile(_STREET_ITEM + r"\s*(?:,|and|&)\s*$")
LISTED_STREET_AFTER_RE = re.compile(r"^\s*(?:,|and|&)\s*" + _STREET_ITEM + r"\b")
WORK_QUOTED_RE = re.compile(
    r"\b(?:song|songs|hymn|carol|anthem|tune|poem|rhyme|book|story|film|play|musical|dance"
    r"|concert|show|nativity|panto|pantomime|production|performance|exhibition"
    r"|called|titled|entitled)\b[^.!?\n\"“]{0,20}[\"“‘']$",
    re.IGNORECASE,
)
# ... or with the work's kind after the quotes: '"Billy Elliot" auditions after half term'.
WORK_AFTER_QUOTES_RE = re.compile(
    r"[\"”’']\s+(?:auditions?|rehearsals?|tickets?|performances?|production|musical|show"
    r"|film|movie|book|cast|screening|premiere|trailer|matinee)\b",
    re.IGNORECASE,
)
THE_BEFORE_RE = re.compile(r"(?<![A-Za-z])the\s+$")  # lower case: not a sentence's "The"
REGNAL_RE = re.compile(r"\s(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")
# A name that carries its honour: "Robert Quigg VC".
POSTNOMINAL_RE = re.compile(r"\s(?:VC|GC)$")
# A year long past, said as a time ("in 1847", "the fire of 1709", "the 1880s"): the people
# of that sentence, or of the one after it, are history's, not the school's. Before 1900:
# nobody then grown up is alive ("Ivy's great-nan remembers walking to this school in 1935"
# is a private adult's memory); only "in" and "of", as "from 1600" and "until 1830" are
# times of day.
# And a death before 1950, which no school's living adult has had ("Marie Ozanne, who
# protested during the Occupation, and died in 1943").
PAST_YEAR_RE = re.compile(
    r"\b(?:in|of)\s+1[0-8]\d\d\b|\b1[0-8]\d0s\b"
    r"|\b(?:died|killed|executed|murdered)\s+(?:\w+\s+){0,3}?in\s+(?:1[0-8]\d\d|19[0-4]\d)\b"
    # a timeline's line that begins with its year: "1549: 16,000 rebels camped on Mousehold
    # Heath with Robert Kett."
    r"|(?m:^[ \t]*1[0-8]\d\d[ \t]*[:–—-])",
    re.IGNORECASE,
)


def _in_history(text: str, sentences: list[tuple[int, int]], item: _Item) -> bool:
    """Does the name's sentence, or the one before it, say a year long past?"""
    a, b = _sentence_around(sentences, text, item.start)
    earlier = [s for s, e in sentences if e <= a]
    start = earlier[-1] if earlier else a
    return PAST_YEAR_RE.search(text, start, b) is not None


# A title of honour or office before a name: "Sir Arthur Conan Doyle", "Dame Jacqueline
# Wilson". Named so once, the same name later is that public person.
HONOURED_BEFORE_RE = re.compile(
    r"\b(?:Sir|Dame|Lord|Lady|Baroness|Baron|Professor|Prof|Saint|St)\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}$"
)


def _titled_earlier(text: str, item: _Item) -> bool:
    name = text[item.start : item.end]
    at = text.find(name)
    while -1 < at < item.start:
        if HONOURED_BEFORE_RE.search(text[max(0, at - 40) : at]):
            return True
        at = text.find(name, at + 1)
    return False


def _drop_by_context(text: str, sentences: list[tuple[int, int]], items: list[_Item],
                     people: PersonContext) -> list[_Item]:  # fmt: skip
    """Other people whose sentence reads as a public figure's ("Mairi Hedderwick's
    illustrations are gorgeous"), judged together in one pass of the sentence model."""
    others = [i for i in items if i.entity == "OTHER_PERSON"]
    contacts = [i for i in items if i.entity in ("PHONE", "EMAIL")]
    families = _pupils_surnames(text, items)
    judged = [o for o in others if not _given_contact(text, sentences, o, contacts)
              and not HANDED_TO_RE.search(text[max(0, o.start - 60) : o.start])
              and _last_name(text, o) not in families]  # fmt: skip
    if not judged:
        return items
    spans = [(i.start, i.end) for i in others]
    said, said_on = [], []
    for item in judged:
        a, b = _sentence_around(sentences, text, item.start)
        said.append(as_placeholder(text, a, max(b, item.end), spans))
        # The sentence after, when it names nobody else, may be the one that says who they
        # are: "Thank you Curtis Davies for coming. A Hull City defender who played at
        # Wembley."
        c, d = _sentence_around(sentences, text, b) if b < len(text) else (b, b)
        alone = not any(c <= o.start < d for o in others)
        said_on.append(as_placeholder(text, a, d, spans) if d > b and alone else "")
    # One pass of the model for both readings; a name without a next sentence scores 0 there.
    # The opinion fitted on posts reads each name's own sentence, and the name.
    names = [text[i.start : i.end] for i in judged]
    judgements, in_posts = people.readings(said + [s for s in said_on if s], names)
    alone, after = judgements[: len(said)], iter(judgements[len(said) :])
    with_next = [next(after) if s else 0.0 for s in said_on]
    public = {id(i) for i, p, q, r in zip(judged, alone, with_next, in_posts, strict=True)
              if max(p, q) >= PUBLIC_MIN or r >= POSTS_PUBLIC_MIN}  # fmt: skip
    return [i for i in items if id(i) not in public]


def _last_name(text: str, item: _Item) -> str:
    words = NAME_PARTS_RE.findall(text[item.start : item.end].lower())
    return words[-1] if words else ""


def _pupils_surnames(text: str, items: list[_Item]) -> set[str]:
    """The surnames, and each part of a double one, of the pupils named in full in the post:
    an adult who shares one is the child's family, whatever the sentence sounds like
    ("Sandra Barnes (Ellie-Rose Barnes): ...", "Please ring Sandra Barnes about Ellie-Rose
    Barnes"): the sentence model is not asked whether they are a public figure."""
    out: set[str] = set()
    for i in items:
        if i.entity == "PUPIL_FULL_NAME":
            words = NAME_PARTS_RE.findall(text[i.start : i.end].lower())
            # The words that are not the pupil's forename, wherever they stand: a name written
            # surname first ("HAQUE Rumana") still gives the surname.
            firsts = {w for p in i.meta.get("people") or [] for f in getattr(p, "forenames", ())
                      for w in NAME_PARTS_RE.findall(fold_name(f))}  # fmt: skip
            rest = [w for w in words if w not in firsts] if firsts else words[1:]
            out.update(w for w in rest if len(w) > 2)
    return out


NAME_PARTS_RE = re.compile(r"[^\W\d_]+")


# Whom a child is released to, collected by or handed over to, or must not be: a private
# adult, whatever else the sentence sounds like ("Do not release Tyler to Craig Weldon -": a
# film or a record is released too, and the sentence model hears that).
HANDED_TO_RE = re.compile(
    r"(?:\breleas(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,3}?to"
    r"|\b(?:be|being|been|is|are|was|were|get|gets|getting)\s+(?:collected|picked\s+up)\s+by"
    r"|\bhand(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,3}?over\s+to"
    r"|\b(?:go|goes|going|went|sent)\s+home\s+with)\s+$",
    re.IGNORECASE,
)
CONTACT_REACH = 40  # characters from a name to the number or address given for them


def _given_contact(text: str, sentences: list[tuple[int, int]], item: _Item,
                   contacts: list[_Item]) -> bool:  # fmt: skip
    """A phone number or e-mail address given for them: nobody posts a public figure's own
    ("Ring Neil Outhwaite on oh seven seven ...", "Run by Mirela Stan, text her on ... to
    book": no book's author), so no reading of the sentence makes them public."""
    return any(0 <= c.start - item.end <= CONTACT_REACH
               and _sentence_around(sentences, text, item.start)
               == _sentence_around(sentences, text, c.start) for c in contacts)  # fmt: skip


def _sentence_around(sentences: list[tuple[int, int]], text: str, pos: int) -> tuple[int, int]:
    for a, b in sentences:
        if a <= pos < b:
            return a, b
    return 0, len(text)
