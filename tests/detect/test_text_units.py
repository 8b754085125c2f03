"""The text detectors one by one: folding, contact details, dates of birth, records, names."""

import pytest

from clearpost.detect.text.contact import find_contacts
from clearpost.detect.text.dates import dates_of_birth
from clearpost.detect.text.normalise import fold
from clearpost.detect.text.records import upns
from clearpost.detect.text.register_names import NameIndex, find_names
from clearpost.register.views import PupilView, StaffView


def test_folding_removes_invisibles_and_look_alikes_and_maps_offsets_back():
    original = "Hi \u041elivi\u0430 Bar\u200bker 🎉"
    folded = fold(original)
    assert folded.text == "Hi Olivia Barker 🎉"
    start = folded.text.index("Olivia Barker")
    a, b = folded.span(start, start + len("Olivia Barker"))
    assert original[a:b] == "\u041elivi\u0430 Bar\u200bker"


@pytest.mark.parametrize(
    "original, word",
    [
        ("Zoe\u0308 won", "Zoe"),
        ("Ｏlivia", "Olivia"),
        ("𝐎livia", "Olivia"),
        ("O\u2019Neill", "O'Neill"),
    ],
)
def test_folding_handles_combining_marks_fullwidth_and_math_letters(original, word):
    folded = fold(original)
    start = folded.text.index(word)
    a, b = folded.span(start, start + len(word))
    assert fold(original[a:b]).text == word


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ring 07700 900123 today", "07700 900123"),
        ("ring +44 7700 900123 today", "+44 7700 900123"),
        ("ring +44 (0)7700 900123", "+44 (0)7700 900123"),
        ("ring 07700900123", "07700900123"),
        ("ring 01484-844210", "01484-844210"),
        ("ring 0161.496.0000", "0161.496.0000"),
        ("ring (0161) 496 0000", "(0161) 496 0000"),
        ("mail j.smith@gmail.com now", "j.smith@gmail.com"),
        ("mail j.smith at gmail dot com now", "j.smith at gmail dot com"),
        ("mail office at school dot sch dot uk", "office at school dot sch dot uk"),
        # a webmail provider's name, its ending left off
        ("drop her a line at jess dot byrne at icloud", "jess dot byrne at icloud"),
        ("mail k.shah(at)gmail please", "k.shah(at)gmail"),
        ("she lives at 14 Elm Grove, Marple", "14 Elm Grove"),
        ("postcode SK6 7HT", "SK6 7HT"),
        ("postcode sk6 7ht", "sk6 7ht"),
        ("postcode M1 1AE.", "M1 1AE"),
    ],
)
def test_contact_details_in_the_usual_writings(text, expected):
    assert expected in [text[s.start : s.end] for s in find_contacts(text)]


@pytest.mark.parametrize(
    "text",
    ["We won 12-10 in 2017-2018", "Tickets £5.50 at 10am", "We met at school at 3pm",
     "Year 6 and Year 5 in room 12", "See page 3 of 10", "See you at Outlook later",
     "Find us at the live lounge"],
)  # fmt: skip
def test_numbers_that_are_not_contact_details(text):
    assert find_contacts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She was born on 3rd May 2017.", "3rd May 2017"),
        ("DOB 03/05/2017", "03/05/2017"),
        ("her 7th birthday is on 12 June!", "12 June"),
        ("date of birth: 2017-05-03", "2017-05-03"),
        ("12 June is Tom's birthday", "12 June"),
        # an age reached today or yesterday, with the date; a birth certificate's date
        ("Happy birthday Kit! 7 today, 9th March - the cake was gone in minutes", "9th March"),
        ("🎈🎈 four today, Tuesday 2nd June! Thank you for the cupcakes", "2nd June"),
        ("Ori turned 5 yesterday, on the second night of Hanukkah", "Hanukkah"),
        ("Admissions: the birth cert says 14/02/2020, the form says 14/03", "14/02/2020"),
    ],
)
def test_dates_of_birth(text, expected):
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["On 3rd May we went to the zoo.", "Sports day is on 12 June.",
     "The school's 50th birthday is on 4 July.", "Happy birthday to the school, 50 years old!",
     "We had 12 today at breakfast club. The next club is on 3rd March."],
)  # fmt: skip
def test_dates_that_are_not_birthdays(text):
    assert dates_of_birth(text) == []


def test_upns():
    text = "L801200015001 has an EHCP; so has L 8012 0001 5001."
    assert [s.value for s in upns(text)] == ["L801200015001", "L801200015001"]


def _pupil(upn, forename, surname, preferred=""):
    return PupilView(upn, forename, surname, preferred, "Year 4", "Oak",
                     f"{preferred or forename} {surname[0]}. (Year 4)", {}, False, None, 0, None,
                     None, False, True)  # fmt: skip


@pytest.fixture
def index():
    pupils = [
        _pupil("L801200015001", "Olivia", "Barker"),
        _pupil("A801200015002", "Thomas", "Hughes", "Tom"),
        _pupil("P801200015003", "Summer", "Lee"),
        _pupil("X1", "Jack", "O'Neill"),
        _pupil("X2", "Rose", "Smith-Jones"),
        _pupil("X3", "May", "Patel"),
        _pupil("X4", "Aoife", "O'Brien"),
        _pupil("X5", "Zainab", "Khan"),
        _pupil("X6", "Amir", "Rahman"),
    ]
    staff = [StaffView("sarah hughes", "Mrs", "Sarah", "Hughes", "Head", "Mrs Hughes", True, False)]
    return NameIndex(pupils, staff)


def names(text, index):
    return [(m.entity, text[m.start : m.end]) for m in find_names(fold(text).text, index)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Well done Olivia Barker!", [("PUPIL_FULL_NAME", "Olivia Barker")]),
        ("well done olivia barker", [("PUPIL_FULL_NAME", "olivia barker")]),
        ("WELL DONE OLIVIA BARKER", [("PUPIL_FULL_NAME", "OLIVIA BARKER")]),
        ("Olivia   Barker's medal", [("PUPIL_FULL_NAME", "Olivia   Barker")]),
        ("#OliviaBarker #SportsDay", [("PUPIL_FULL_NAME", "#OliviaBarker")]),
        ("Tom Hughes scored", [("PUPIL_FULL_NAME", "Tom Hughes")]),
        ("Thomas Hughes scored", [("PUPIL_FULL_NAME", "Thomas Hughes")]),
        ("Jack O'Neill and Rose Smith-Jones", [("PUPIL_FULL_NAME", "Jack O'Neill"),
                                               ("PUPIL_FULL_NAME", "Rose Smith-Jones")]),
        ("Thank you Mrs Hughes", [("STAFF_NAME", "Mrs Hughes")]),
        ("Well done Olivia!", [("PUPIL_FORENAME", "Olivia")]),
        ("Well done O.B. and T. H.", [("PUPIL_INITIALS", "O.B."), ("PUPIL_INITIALS", "T. H.")]),
        ("Well done Summer!", [("PUPIL_FORENAME", "Summer")]),
        ("Congratulations to Rose and Olivia", [("PUPIL_FORENAME", "Rose"),
                                                ("PUPIL_FORENAME", "Olivia")]),
        ("Well done Olivia\nBarker", [("PUPIL_FULL_NAME", "Olivia\nBarker")]),
        ("BARKER Olivia, Year 4", [("PUPIL_FULL_NAME", "BARKER Olivia")]),
        ("Aoife O' Brien sang", [("PUPIL_FULL_NAME", "Aoife O' Brien")]),
        ("#WellDoneOliviaBarker", [("PUPIL_FULL_NAME", "OliviaBarker")]),
        ("#welldoneoliviabarker", [("PUPIL_FULL_NAME", "oliviabarker")]),
        ("Medals for z.k. and a.r.", [("PUPIL_INITIALS", "z.k."), ("PUPIL_INITIALS", "a.r.")]),
        ("Well done to ZK and AR!", [("PUPIL_INITIALS", "ZK"), ("PUPIL_INITIALS", "AR")]),
    ],
)  # fmt: skip
def test_register_names_in_their_many_forms(index, text, expected):
    assert names(text, index) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our play, Jack and the Beanstalk, was a hit",
        "We hope you have a lovely summer",
        "Come and see the rose garden",
        "The Summer Fair is on Saturday",
        "See you after May half term",
        "Sports day is on 3rd May",
        "PE kits on Monday, R.E. on Tuesday",
        "Summer is here at last",
        "ZK Sports are sponsoring our kit",
        "AR glasses in the science lesson",
    ],
)
def test_words_that_only_look_like_names(index, text):
    assert names(text, index) == []


def test_an_adults_full_name_then_the_childs_is_not_a_name_surname_first(index):
    """ "Julie Barker, Olivia's nan": the adult's full name, then the child's (whose full
    name the family's surname tells); a register writes "Barker, Olivia" with neither a
    first name before nor "'s" after."""
    assert names("Thank you to Julie Barker, Olivia's nan!", index) == [
        ("PUPIL_FULL_NAME", "Olivia")
    ]
    assert names("Reading list: Barker, Olivia and Khan, Zainab", index) == [
        ("PUPIL_FULL_NAME", "Barker, Olivia"), ("PUPIL_FULL_NAME", "Khan, Zainab")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Note for music: Summer in 8D will sit near the front please.",
         [("PUPIL_FORENAME", "Summer")]),
        ("May in 10B and Summer in 7JH led the assembly", [("PUPIL_FORENAME", "May"),
                                                           ("PUPIL_FORENAME", "Summer")]),
    ],
)  # fmt: skip
def test_a_word_name_before_a_secondary_form_group_is_a_pupil(index, text, expected):
    assert names(text, index) == expected


@pytest.mark.parametrize(
    "text", ["Summer in 3D: the art club's new printer", "See you in May in 6th form"]
)
def test_what_only_looks_like_a_form_group_after_a_word(index, text):
    assert names(text, index) == []


@pytest.fixture
def welsh_index():
    pupils = [
        _pupil("W1", "Dafydd", "Jones"),
        _pupil("W2", "Cerys", "Bowen"),
        _pupil("W3", "Mabli", "Hughes"),
        _pupil("W4", "Twm", "Owen"),
        _pupil("W5", "Gethin", "Parry"),
        _pupil("W6", "Gwion", "Roberts"),
        _pupil("W7", "Llyr", "Evans"),
        _pupil("W8", "Cai", "Lloyd"),
        _pupil("W9", "Pedr", "Morgan"),
    ]
    return NameIndex(pupils, [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Llongyfarchiadau mawr i Ddafydd am ennill y ras heddiw!",
         [("PUPIL_FORENAME", "Ddafydd")]),
        ("Da iawn i Gerys Bowen, mae hi wedi gweithio'n galed",
         [("PUPIL_FULL_NAME", "Gerys Bowen")]),
        ("Diolch i Fabli a Thwm am helpu heddiw", [("PUPIL_FORENAME", "Fabli"),
                                                   ("PUPIL_FORENAME", "Thwm")]),
        ("Roedd hi'n ddiwrnod gwych gyda Thwm Owen yn y gwersyll",
         [("PUPIL_FULL_NAME", "Thwm Owen")]),
        ("Mae fy Nhwm bach wedi cael medal heddiw!", [("PUPIL_FORENAME", "Nhwm")]),
        ("Pen-blwydd hapus i Ethin ac i Wion yn ein dosbarth", [("PUPIL_FORENAME", "Ethin"),
                                                               ("PUPIL_FORENAME", "Wion")]),
        ("Cardiau i Lyr a Chai, diolch yn fawr iawn", [("PUPIL_FORENAME", "Lyr"),
                                                       ("PUPIL_FORENAME", "Chai")]),
    ],
)  # fmt: skip
def test_welsh_names_as_welsh_grammar_mutates_them(welsh_index, text, expected):
    """Soft, nasal and aspirate mutation after the words that cause them."""
    assert names(text, welsh_index) == expected


@pytest.mark.parametrize(
    "text",
    [
        "What a Big day at the farm, i Think we all loved it",  # English: no Welsh mutation
        "Trip to Fan y Big and Pen y Fan",  # Welsh place names, no trigger before a name
        "Diolch i Gymru am y croeso heddiw, mae pawb wedi mwynhau",  # Cymru, not a pupil
        "Mae Bedr wedi gorffen y ras",  # "mae" mutates nothing: not Pedr
    ],
)
def test_words_that_only_look_like_mutated_names(welsh_index, text):
    assert names(text, welsh_index) == []


def _real_findings(key: str, pupils: list, staff: list = ()):
    """text -> the real detector's findings (spaCy's parse, its English lemmas, the real
    sentence model) with `pupils` (and `staff`) as the register."""
    from clearpost.detect.text.text_pii import shared_text_detector

    detector = shared_text_detector()
    detector.load()

    def find(text):
        # The detector is shared: another fixture may have given it its own register since.
        detector.use_register(key, lambda: (pupils, list(staff)))
        return detector.find(text, {})

    return find


def _entities(key: str, pupils: list, staff: list = ()):
    """text -> [(entity, text)] of the real detector's findings."""
    find = _real_findings(key, pupils, staff)
    return lambda text: [(f.entity, f.text) for f in find(text)]


@pytest.fixture(scope="module")
def circumstance_finder():
    """The real detector: the circumstances it finds (category, words)."""
    find = _real_findings(
        "units", [_pupil("L801200015001", "Olivia", "Barker"), _pupil("X6", "Amir", "Rahman")]
    )
    return lambda text: [
        (f.detail.get("category"), f.text) for f in find(text) if f.entity == "PUPIL_RECORD"
    ]


@pytest.mark.parametrize(
    "text, category",
    [
        ("Thank you to Olivia's foster carers for the cakes!", "care"),
        ("Amir, who looks after his dad at home, won the maths prize.", "care"),
        ("Olivia has a court hearing on Tuesday.", "family"),
        ("Amir's dad is in prison.", "family"),
        ("Olivia is back with us after her chemotherapy.", "health"),
        ("Amir needs a halal and dairy-free lunch.", "health"),
        ("Olivia was excluded for two days.", "behaviour"),
        ("Amir's family are seeking asylum.", "immigration"),
        # The immigration system's own words (EU Settlement Scheme, a residence permit)
        ("Helped Amir's mum fill in his settled status forms after school.", "immigration"),
        ("Olivia's biometric residence permit came through at last.", "immigration"),
        ("Olivia gets free school meals.", "welfare"),
        ("Well done Amir! His social worker came to watch.", "safeguarding"),
        # The name kept for last: the sentences before it that say "she" are about her.
        (
            "Gutted. Found out this morning she's being moved to a new foster placement on "
            "Friday. Olivia, you were a joy to teach.",
            "care",
        ),
    ],
)
def test_circumstances_about_a_named_pupil(circumstance_finder, text, category):
    assert category in [c for c, _ in circumstance_finder(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Please remember your child's inhaler on the trip.",
        "Our foster carers' evening is at the town hall on Monday.",
        "Well done Olivia for winning the spelling bee!",
        "Amir's team played brilliantly on the netball court.",
        "Olivia's mum, a nurse at the hospital, talked to Year 2 about her job.",
        # Named last, but the sentences before it name two pupils' worth of people: the
        # foster placement could be anyone's.
        "She's being moved to a new foster placement on Friday. Olivia and Amir, you were "
        "a joy to teach.",
    ],
)
def test_no_circumstance_without_a_pupil_or_in_harmless_news(circumstance_finder, text):
    assert circumstance_finder(text) == []


@pytest.fixture(scope="module")
def pupil_names_found():
    """The real detector: which pupils' names it finds."""
    pupils = [
        _pupil("K1", "Rain", "Pascoe"),
        _pupil("K2", "Patience", "Eze"),
        _pupil("K3", "Hope", "Trevithick"),
        _pupil("K4", "Chidera", "Obi"),
        _pupil("K5", "Jericho", "Lane"),
        _pupil("K6", "Summer", "Rowe"),
    ]

    find = _real_findings("word-names", pupils)
    return lambda text: [(f.entity, f.text, f.detail.get("category")) for f in find(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        # A word that does something and is then called she, here or in the next sentence.
        ("It's close to our hearts because Patience has sickle cell herself.", "Patience"),
        ("Rain is very quiet today. It's a year since her mum died.", "Rain"),
        # The same child as the full name elsewhere in the post.
        ("Bake sale for Hope! Hope Trevithick starts her chemo next week.", "Hope"),
        # A register forename that is no English word, whatever surrounds it, in any case.
        ("Mr Rainey is shaving his head for Chidera next Friday.", "Chidera"),
        ("shout out to jericho and chidera for the weather forecast", "chidera"),
    ],
)
def test_word_names_and_unknown_names_found_by_how_the_post_uses_them(
    pupil_names_found, text, name
):
    assert name in [t for e, t, _ in pupil_names_found(text) if e == "PUPIL_FORENAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Our seeds went in after Summer half term and she loved it.",  # a season in a phrase
        "There is hope for the weather. His forecast says sun.",  # lower case, no person
    ],
)
def test_word_names_not_taken_for_pupils_without_reason(pupil_names_found, text):
    assert [t for e, t, _ in pupil_names_found(text) if e == "PUPIL_FORENAME"] == []


def test_a_circumstance_stays_with_the_child_while_the_post_says_he(pupil_names_found):
    text = (
        "Welcome back Jericho! It's been a big few months for him - his adoption was made "
        "official in October and he has a new surname."
    )
    found = pupil_names_found(text)
    assert ("PUPIL_RECORD", "adoption", "care") in found
    # "they" does not carry it on: anyone may be "they".
    text = "Well done Jericho! Thanks to all the families. They came to the adoption talk."
    assert [f for f in pupil_names_found(text) if f[0] == "PUPIL_RECORD"] == []


@pytest.mark.parametrize(
    "text, category",
    [
        # "their" two sentences on, past a short fragment, is the two pupils just named.
        ("We had kind offers of clothes for Olivia and Amir – diolch o galon. The family are "
         "waiting on their asylum decision, so coats would help.", "immigration"),
        # "they" goes on meaning the two children while the post keeps saying it.
        ("Olivia and Amir planted strawberries today. They took the first crop home - mum said "
         "they have been relying on the food bank.", "welfare"),
        # The sentence after the name, no pronoun: a strong word the model agrees with.
        ("TAF meeting for Olivia moved to Thursday. Social services are involved since the "
         "incident at home.", "safeguarding"),
        ("Olivia may be off Thursday. She's going with her mam to visit her dad in HMP Swansea.",
         "family"),
    ],
)  # fmt: skip
def test_circumstances_in_the_sentences_after_the_name(circumstance_finder, text, category):
    assert category in [c for c, _ in circumstance_finder(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Well done Olivia for the poster. Our food bank collection is on Friday.",
        "Thank you Olivia for reading in assembly. The police came to talk to Year 6 about roads.",
        "Olivia and Amir won the relay. They have been training hard at the club all term.",
    ],
)
def test_the_next_sentence_without_a_pronoun_needs_a_circumstance_about_someone(
    circumstance_finder, text
):
    assert circumstance_finder(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("who is 5 today, 12th November!", "12th November"),
        ("Born on Santes Dwynwen's day, how perfect", "Santes Dwynwen's day"),
        ("born on St Piran's Day 2018", "St Piran's Day 2018"),
        # A cell of a record's row beside a name, in a school-age year; "babies".
        ("SIMS errors:\nADEBAYO, Oluwaseun | 04/10/2012 | R330211417022", "04/10/2012"),
        ("Ava Jones\t12.03.2015\tY5", "12.03.2015"),
        ("Mo is the youngest in Year 7 - 31st August 2015 babies unite", "31st August 2015"),
    ],
)
def test_dates_of_birth_said_by_age_today_a_saints_day_or_a_record_row(text, expected):
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == [expected]


def test_a_birthday_post_gives_days_of_the_month_alone_for_the_names_beside_them():
    from clearpost.detect.text.dates import dates

    text = "Birthday book this month: Amara on the 3rd, Osian (Weds 11th) and Lili-Mai on the 29th!"
    assert [text[s.start : s.end] for s in dates(text)] == ["the 3rd", "Weds 11th", "the 29th"]
    # An age and a place in a race are no dates.
    assert dates("Happy 5th birthday Tom! He came 2nd in the race.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("her address is 14 Maes yr Haf, SA8 4DP", "14 Maes yr Haf"),
        ("the walking bus starts outside 23 Heol y Glyn", "23 Heol y Glyn"),
        ("the party is at Bryn Awel, Heol y Graig, Rhos", "Bryn Awel, Heol y Graig"),
        ("leave presents at Ger-y-Nant, Heol Tawe, Glanteg", "Ger-y-Nant, Heol Tawe"),
        ("text her on seven seven zero zero, nine zero zero, three one two (she wrote it so)",
         "seven seven zero zero, nine zero zero, three one two"),
    ],
)  # fmt: skip
def test_welsh_addresses_and_numbers_read_out_in_words(text, expected):
    assert expected in [text[s.start : s.end] for s in find_contacts(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("call Coach Gary on oh seven seven double oh, nine hundred, four one two. Cheers!",
         "+447700900412"),
        ("ring o seven seven double o nine hundred and twelve four five six", "+447700912456"),
        ("ring oh one six three two, nine six oh, one hundred and five", "+441632960105"),
        ("If you see him please call 07700 900\n893 pls share", "+447700900893"),
        # Part in figures, part in words.
        ("Khalida's new mobile is 07700 900 five one two, text after 6", "+447700900512"),
        ("ring oh seven seven double oh 900 512 if late", "+447700900512"),
    ],
)  # fmt: skip
def test_phone_numbers_said_as_people_say_them_or_split_over_a_line(text, expected):
    from clearpost.detect.text.contact import phones

    assert [s.value for s in phones(text)] == [expected]


def test_numbers_in_words_or_on_two_lines_that_are_no_phone_number():
    from clearpost.detect.text.contact import phones

    assert phones("we raised one hundred and twenty pounds, thanks to forty one families") == []
    assert phones("Year 7 scored 2\n3 points, Year 8 scored 41\n12") == []
    # Figures and number words side by side that make no UK number.
    assert phones("In 2024 one hundred and twenty children ran, raising 1500 and two") == []
    assert phones("Room 12 at two thirty, then Year 6 two three four") == []


@pytest.mark.parametrize(
    "text",
    [
        "Domestic and Sexual Abuse Helpline (24 hours): 0808 802 1414",
        "Worried about a child? Call the Gateway Team on 0300 1000 300 or the NSPCC on "
        "0800 028 3550.",
        "Childline is free on oh eight hundred, one one one one.",
        "Tickets via the box office 0844 477 1000 or the quiz line 0909 879 0000",
    ],
)  # fmt: skip
def test_numbers_only_organisations_are_given_are_no_persons_contact(text):
    """Freephone, 03, shared-cost and premium-rate ranges are allocated to organisations
    (a helpline in a safeguarding notice), never to a person's line."""
    from clearpost.detect.text.contact import phones

    assert phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Worried about a child? Leeds Careline: 0113 496 0000. If in danger ring 999.",
        "You can call Barnet Children and Families Service on 020 7946 0000 at any time.",
    ],
)
def test_a_public_services_own_landline_named_before_it_is_no_contact_detail(text):
    assert [s for s in find_contacts(text) if s.entity == "PHONE"] == []


def test_a_persons_mobile_or_home_line_beside_a_helpline_is_still_found():
    from clearpost.detect.text.contact import phones

    text = "Call Childline on 0800 1111, or ring Sam's mum on 07911 123456 or 0114 496 0321."
    assert [s.value for s in phones(text)] == ["+447911123456", "+441144960321"]


def test_digit_words_that_are_no_phone_number():
    assert find_contacts("We counted one two three four five six seven eight nine ten!") == []


@pytest.mark.parametrize(
    "text, condition",
    [
        ("Olivia has scoliosis so she will sit out of PE.", "scoliosis"),
        ("Amir's alopecia means he wears a hat.", "alopecia"),
        ("Amir has a cleft palate.", "cleft palate"),
        ("Olivia is off with chickenpox.", "chickenpox"),
    ],
)
def test_a_health_condition_nobody_listed_by_hand_is_found_through_wordnet(
    circumstance_finder, text, condition
):
    assert ("health", condition) in circumstance_finder(text)


@pytest.mark.parametrize(
    "text",
    ["Olivia made teaching aids for Reception.", "Amir made a mosaic of a rust-coloured fox."],
)
def test_an_everyday_word_wordnet_also_files_as_a_condition_needs_the_model(
    circumstance_finder, text
):
    assert circumstance_finder(text) == []


def test_a_given_name_is_no_condition():
    # "Amelia" is a birth defect in WordNet (set2's "Amelia-Rose" was blocked as health).
    from clearpost.detect.text.circumstance_terms import terms

    assert not any(t.words == (frozenset({"amelia"}),) for t in terms())


@pytest.mark.parametrize(
    "text, category",
    [
        # Spoken to by name, then "ur": the same child.
        ("Amir u were a star at the gala 2day!! didn't let ur asthma stop u 💪", "health"),
        # After a spaced dash the sentence goes on.
        ("Please keep Olivia's family in your thoughts – the Home Office appeal is on Monday.",
         "immigration"),
        # "Dad" with no "my" or "the" is the family of the child just named.
        ("Hard week for Amir Rahman. Dad has moved out and things are tough.", "family"),
        # A heading in capitals keeps its inflection: "Looked After Children's" is still it.
        ("Olivia now goes to the Looked After Children's reading group at the library.", "care"),
        # The same care for a brother with a word between.
        ("Amir helps care for his baby brother every evening.", "care"),
        # Scotland's words.
        ("Olivia's Children's Hearing is next Tuesday so she'll be off.", "family"),
        ("Amir's family now get the Scottish Child Payment.", "welfare"),
    ],
)  # fmt: skip
def test_circumstances_said_the_ways_other_sets_said_them(circumstance_finder, text, category):
    assert category in [c for c, _ in circumstance_finder(text)]


@pytest.mark.parametrize(
    "text",
    [
        # "you" after a name that is not spoken to: the parents are.
        "Well done Olivia for the poster. Please tell us if your child has an inhaler.",
        # "Mums and dads" speaks to every family.
        "Amir read brilliantly today. Mums and dads, the reading meeting is on Monday.",
    ],
)
def test_you_and_mum_point_back_only_when_the_post_speaks_so(circumstance_finder, text):
    assert [c for c, _ in circumstance_finder(text) if c in ("health", "family")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Capitalised mid-sentence for no reason but a name, then called she.
        ("Cant stop thinking about Hope today, shes had a hard week.", "Hope"),
        # A class code after the name (Scotland's P1-P7, Wales's and NI's too).
        ("Happy birthday to Summer in P1 who is 5 today!", "Summer"),
    ],
)
def test_word_names_by_capital_and_pronoun_or_class(pupil_names_found, text, name):
    assert name in [t for e, t, _ in pupil_names_found(text) if e == "PUPIL_FORENAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Hope you had a lovely break! Patience and kindness are what we need this week.",
        "We are all full of Hope for the new year, said the head. She thanked everyone.",
    ],
)
def test_word_names_in_a_list_of_words_are_words(pupil_names_found, text):
    assert [t for e, t, _ in pupil_names_found(text) if e == "PUPIL_FORENAME"] == []


def test_birthday_dates_in_figures_beside_a_cake_or_on_their_own_line():
    from clearpost.detect.text.dates import dates

    text = "Birthday list: Amara 14/12, Osian 15/12\nLili-Mai - 3rd\nTomos - 11th\nBus at 10.30"
    found = sorted((s.start, text[s.start : s.end]) for s in dates(text))
    assert [t for _, t in found] == ["3rd", "11th"]
    # a day and month in figures after "birthday" says whose by its own words
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == ["14/12", "15/12"]
    text = "Happy birthday to my niece!! 🎂 12/03/2019 feels like yesterday"
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == ["12/03/2019"]


def test_a_historical_figures_birth_date_is_no_date_of_birth():
    assert dates_of_birth("Robert Burns was born on 25 January 1759 in Alloway.") == []
    assert dates_of_birth("Grandad was born on 25 January 1952 in Ayr.") != []


@pytest.mark.parametrize(
    "text, medicine",
    [
        ("Staff: Amir's salbutamol is in the green bag.", "salbutamol"),
        ("We'll make sure Amir has his Elvanse at breakfast club.", "Elvanse"),
        ("Olivia, please pack your hydroxyurea and a water bottle.", "hydroxyurea"),
        ("Olivia's Ritalin is in the office.", "Ritalin"),
    ],
)
def test_a_pupils_medicine_is_health(circumstance_finder, text, medicine):
    assert ("health", medicine) in circumstance_finder(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olivia played acoustic guitar in assembly.",
        "Amir's adrenaline was pumping on the last lap!",
        "Amir scored in extra time to win the cup.",
    ],
)
def test_words_that_are_medicines_only_in_a_dictionary_are_not_health(circumstance_finder, text):
    assert not [c for c in circumstance_finder(text) if c[0] == "health"]


@pytest.mark.parametrize(
    "text, term",
    [
        ("Pastoral team: CP conference for Olivia B has moved to Thursday.", "CP conference"),
        ("Amir will be at alternative provision Mon/Wed/Fri from next week.",
         "alternative provision"),
        ("Amir and Olivia - your PP-funded guitar lessons start Monday.", "PP"),
        ("Olivia Barker, your bursary payment for Term 2 has gone in.", "bursary"),
        ("Amir R has been linked to a county lines network by the police.", "county lines"),
        ("Olivia is confirmed for 25% extra time in the mocks.", "% extra time"),
    ],
)  # fmt: skip
def test_a_secondary_schools_pastoral_words_about_a_pupil(circumstance_finder, text, term):
    assert term.lower() in [c[1].lower() for c in circumstance_finder(text)]


@pytest.fixture(scope="module")
def found():
    """The real detector with a register of word-names, initials and a place-name."""
    pupils = [
        _pupil("K2", "Patience", "Eze"),
        _pupil("K3", "Hope", "Trevithick"),
        _pupil("K7", "Tia", "Adams"),
        _pupil("K8", "Dan", "Hill"),
        _pupil("K9", "Maya", "Young"),
        _pupil("K10", "Aston", "Reid"),
        _pupil("K11", "Noor", "Akhtar"),
        _pupil("K12", "Ronnie", "O'Sullivan"),
        _pupil("K13", "Thulasi", "Sivakumar"),
        _pupil("K14", "Wisdom", "Nwosu"),
        _pupil("K15", "Joy", "Adeyemi"),
        _pupil("K16", "Grace", "Rowe"),
    ]

    find = _real_findings("more-forms", pupils)
    return lambda text: [(f.entity, f.text) for f in find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An award named before a word-name.
        ("Player of the match: Hope with two goals!", ("PUPIL_FORENAME", "Hope")),
        # A list only in the words: the name does something on its own and is called she.
        ("Staff: the inhaler is in the green bag and Patience needs her tablets at lunch.",
         ("PUPIL_FORENAME", "Patience")),
        # "TA" is a teaching assistant, except in a list of initials with a name cue.
        ("Big shoutout to DH and TA in Year 11 for the coffee morning!",
         ("PUPIL_INITIALS", "TA")),
        # Lower-case adults after a title, or in brackets after a role.
        ("thanks to the parents, esp mrs ngozi eze who knew every answer",
         ("OTHER_PERSON", "ngozi eze")),
        ("Room booked for the social worker (joy nwosu) and mum.", ("OTHER_PERSON", "joy nwosu")),
        # A heading over pupils given by UPN: the circumstance is theirs.
        ("Fixed-term suspension notifications to the LA this week:\nT330211418014 - 2 days",
         ("PUPIL_RECORD", "Fixed-term suspension")),
        # Initials with full stops do not end the sentence.
        ("D.H. and T.A. are confirmed for 25% extra time; M.Y. will have a reader and a scribe.",
         ("PUPIL_RECORD", "a reader and a scribe")),
        # A pupil with a famous name is still the pupil (the register outranks the list).
        ("shoutout to ronnie o'sullivan who scored a hat trick for the under-10s",
         ("PUPIL_FULL_NAME", "ronnie o'sullivan")),
        # A name that is no English word before a lower-case noun: no noun phrase.
        ("kitchen pls note 4 tmrw: Thulasi veg only no egg", ("PUPIL_FORENAME", "Thulasi")),
        ("Well done Hope, Grace and Joy for your reading!", ("PUPIL_FORENAME", "Joy")),
        # Lower-case helpers listed; names with a phone or e-mail in brackets; family words.
        ("parent helpers: agnieszka wrobel & tunde bakare, ur on the back seats",
         ("OTHER_PERSON", "tunde bakare")),
        ("Interpreters: Somali – Farhia Jama (07700 900 546); Tamil – Selvi Kanagaratnam "
         "(selvi.k@example.co.uk).", ("OTHER_PERSON", "Selvi Kanagaratnam")),
        ("our oldest guest was great-grandma Kazimiera Kowalczyk who is 95",
         ("OTHER_PERSON", "Kazimiera Kowalczyk")),
        # Attendance as a safeguarding matter.
        ("Attendance: Ronnie O'Sullivan left for a family wedding, unauthorised absence.",
         ("PUPIL_RECORD", "unauthorised absence")),
    ],
)  # fmt: skip
def test_names_and_circumstances_in_a_secondary_schools_forms(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The DH and TA will run the club on Friday.",  # deputy head, teaching assistant
        "shoutout to my form for the cake sale!",  # "my" is no M.Y.
        "Ozzy Osbourne grew up in Aston, Year 9 found out.",  # a place, says the model
        "Noor means light: Year 7 RE looked at festivals of light.",  # a word's meaning
        "Our choir sang O Come, O Come, Emmanuel beautifully.",  # a carol
        # A series of words ending in "and", even with one pupil's name among them.
        "Our values this term: Hope, Respect, Kindness and Wisdom. Which will you show?",
        "Joy, wonder and a LOT of glitter as Sparrows made Diwali lamps.",
    ],
)
def test_forms_that_are_no_pupil(found, text):
    assert not [f for f in found(text) if f[0].startswith("PUPIL")], found(text)


def test_a_name_that_means_the_world_is_still_a_pupil(found):
    assert ("PUPIL_FORENAME", "Noor") in found("Noor means the world to us, she worked so hard.")


def test_a_dated_row_with_no_name_or_an_adults_year_is_no_birth_date():
    assert dates_of_birth("Trip | 04/10/2012 | archive") == []
    assert dates_of_birth("Staff list:\nJo Bloggs | 04/10/1980 | maths") == []


def test_a_day_alone_in_a_birthday_post_before_too_or_an_emoji():
    from clearpost.detect.text.dates import dates

    text = "a party for MY birthday and then Destiny said hers is on sat 9th too 😂🎂"
    assert [text[s.start : s.end] for s in dates(text)] == ["sat 9th"]
    assert dates("Happy 9th 🎂 birthday Sam") == []


@pytest.mark.parametrize(
    "text",
    [
        "Year 3 (named after Kazi Nazrul Islam, the national poet of Bangladesh) laid flowers.",
        "Taras Shevchenko is Ukraine's national poet and the children recited his poem.",
        "Our library now has a full set of Winifred Hollowell novels, donated by the library.",
        "Thanks to the PTA for a box of Margery Fenwick poems for Year 6.",
    ],
)
def test_a_public_calling_said_after_the_name_is_public(found, text):
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


def test_a_private_adult_described_with_a_or_an_stays_private(found):
    text = "Thanks to Maria Lopez, a local author and mum of two, for the visit."
    assert ("OTHER_PERSON", "Maria Lopez") in found(text)


def test_a_day_after_a_weekday_is_a_date_whatever_follows():
    from clearpost.detect.text.dates import dates

    text = "Birthday girl alert! Nusrat turns 7 today (Saturday 14th actually but we celebrated)"
    assert [text[s.start : s.end] for s in dates(text)] == ["Saturday 14th"]
    assert dates("Happy birthday Sam! Friday 9th birthday party for the twins") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # One address a line: the next line's first word is not part of the street.
        ("Hampers:\nIrene Fallon - 9 Abercorn Street\nGoran Petrovic - 41 Denmilne Street",
         "9 Abercorn Street"),
        # A flat in a block, Scottish floor/door numbers too.
        ("HOME VISITS:\nNADIA KARIMI - flat 11/4, Birnam Tower\nKAYDEN", "flat 11/4, Birnam Tower"),
        ("Please post it to Flat 3, Riverside House by Friday", "Flat 3, Riverside House"),
        # A house named after what it was built as.
        ("Collection point is The Old Chapel, Mill Lane (the garage)", "The Old Chapel, Mill Lane"),
        ("the garden of our PTA chair at The Old Rectory, Church Road, Ballyclare",
         "The Old Rectory, Church Road"),
        ("she lives in the flats above the launderette on Sandford Street",
         "the flats above the launderette on Sandford Street"),
        # An e-mail spelt out a letter at a time.
        ("bookings → d j k a z @ e x a m p l e . c o m 🎧", "d j k a z @ e x a m p l e . c o m"),
    ],
)  # fmt: skip
def test_addresses_in_lists_flats_old_buildings_and_spelt_out_emails(text, expected):
    assert expected in [text[s.start : s.end] for s in find_contacts(text)]


@pytest.mark.parametrize(
    "text", ["Church Road Primary won the cup", "flat 2 is fine", "Flat 5 Year 6 trip"]
)
def test_a_school_on_a_street_or_a_flat_word_is_no_address(text):
    assert [s for s in find_contacts(text) if s.entity == "ADDRESS"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Happy birthday Kayla in 8C!! 13 on the 9th December and the form sang",
            "the 9th December",
        ),
        ("omg our Szymon is 5 tmrw, 14 nov 🎈 party at the leisure centre", "14 nov"),
    ],
)
def test_an_age_said_with_the_day_it_is_reached_gives_a_date_of_birth(text, expected):
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == [expected]


def test_who_is_sixteen_on_a_day_of_the_month_makes_it_a_birthday_post():
    from clearpost.detect.text.dates import dates

    text = "they did a cake for Eddie who's sixteen on the 3rd and hid it"
    assert [text[s.start : s.end] for s in dates(text)] == ["the 3rd"]
    assert dates("Year 6 on the 3rd of May will visit the Tate.") == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Amir ran the 60m for the first time since his knee operation.", "knee operation"),
        ("Olivia is off this week with a fractured wrist.", "fractured wrist"),
        ("Amir has a heart condition, so staff know what to do.", "heart condition"),
    ],
)
def test_a_part_of_the_body_and_what_was_done_to_it_is_health(circumstance_finder, text, words):
    assert ("health", words) in circumstance_finder(text)


def test_a_heart_drawn_is_no_health(circumstance_finder):
    assert circumstance_finder("Amir drew a heart on his card for Mother's Day.") == []


def test_a_sentence_that_points_back_is_read_after_the_one_that_names_the_pupil(
    circumstance_finder,
):
    """Alone, "His dad's been stationed in Germany since the summer" is about anyone's dad
    (0.64); after the sentence that names the pupil it is about his family (0.93:
    circumstances.in_context). No listed word in it ("posted abroad" now is one)."""
    text = "Amir was SO proud at the RAF day. His dad's been stationed in Germany since the summer."
    found = circumstance_finder(text)
    assert [words for _, words in found] == ["His dad's been stationed in Germany since the summer"]


def test_head_boy_is_a_pupils_office_not_a_teachers_title(found):
    text = "Congratulations to our Head Girl Maya Young on her Oxford offer!"
    assert ("PUPIL_FULL_NAME", "Maya Young") in found(text)


@pytest.mark.parametrize(
    "text",
    ["Lincoln City won 2-0 and Danny Cowley was delighted.", "Look at our Joy Tree in the hall!"],
)
def test_a_club_or_a_thing_named_like_a_person_is_no_person(found, text):
    assert not [f for f in found(text) if f[0] in ("OTHER_PERSON", "PUPIL_FORENAME")
                and f[1] in ("Lincoln City", "Joy")], found(text)  # fmt: skip


@pytest.fixture(scope="module")
def welsh_found():
    """The real detector with a Welsh-medium school's register."""
    pupils = [
        _pupil("W1", "Dafydd", "Jones"),
        _pupil("W2", "Cerys", "Bowen"),
        _pupil("W3", "Mabli", "Hughes"),
        _pupil("W4", "Twm", "Owen"),
        _pupil("W6", "Gwion", "Roberts"),
        _pupil("W10", "Seren", "Pritchard"),
        _pupil("W11", "Mali", "Griffiths"),
        _pupil("W12", "Mared", "Lewis"),
    ]
    find = _real_findings("welsh", pupils)
    return lambda text: [(f.entity, f.text, f.detail.get("category")) for f in find(text)]


@pytest.mark.parametrize(
    "text, category",
    [
        # Said in Welsh, mutated as Welsh grammar mutates it ("ei thad", "yn y ddalfa").
        ("Da iawn Cerys heddiw. Mae ei thad yn y carchar ers mis Medi.", "family"),
        ("Mae Dafydd wedi bod yn y ddalfa dros y penwythnos, medd yr heddlu.", "family"),
        ("Diolch i rieni maeth Mabli am y cacennau heddiw!", "care"),
        ("Mae Twm yn ofalwr ifanc i'w fam ac mae'n gwneud yn wych.", "care"),
        ("Croeso nol i Gwion. Bu farw ei nain fis diwethaf.", "family"),
        ("Mae gan Dafydd glefyd siwgr math 1, felly cofiwch y byrbrydau.", "health"),
        ("Mae Mabli yn aros am asesiad awtistiaeth, diolch am eich amynedd.", "health"),
        ("Mae teulu Twm yn dal i aros am benderfyniad y Swyddfa Gartref.", "immigration"),
        ("Mae Cerys wedi cael ei gwahardd am dri diwrnod.", "behaviour"),
        ("Cafodd Gwion brydau ysgol am ddim eleni.", "welfare"),
        ("Mae gweithwraig gymdeithasol Dafydd yn dod i'r cyfarfod.", "safeguarding"),
    ],
)
def test_circumstances_said_in_welsh(welsh_found, text, category):
    """circumstance_terms_cy.txt, every mutated form; Welsh pronouns tie it to the pupil."""
    assert category in [c for e, _, c in welsh_found(text) if e == "PUPIL_RECORD"]


@pytest.mark.parametrize(
    "text",
    [
        # The same Welsh words in an English post are nobody's circumstance; a Welsh post
        # that names no pupil has none.
        "Cerys loved the trip to Carchar Rhuthun, the old county gaol!",
        "Mae'r heddlu wedi ymweld a'r ysgol heddiw i siarad am ddiogelwch y ffordd.",
        "Diolch i bawb a gefnogodd y banc bwyd lleol eleni, mae'n golygu llawer.",
    ],
)
def test_welsh_words_that_are_no_pupils_circumstance(welsh_found, text):
    assert [f for f in welsh_found(text) if f[0] == "PUPIL_RECORD"] == []


@pytest.mark.parametrize(
    "text",
    [
        # spaCy's English model reads Welsh words as people: articles, "mae", lower case.
        "⭐ SEREN YR WYTHNOS ⭐ Bydd tystysgrifau yn cael eu rhannu yn y gwasanaeth bore Gwener.",
        "Mae'n iawn i beidio bod yn iawn. Mae gan bob dosbarth focs pryderon.",
        "Eisteddfod Ysgol! Ty Glyder enillodd y darian eleni, diolch i'r beirniaid.",
        "Diolch i Mabon ap Gwynfor AS am ymweld a'r Senedd Ysgol heddiw.",
        "Mae Sion Corn yn dod i'r Ffair Nadolig dydd Sadwrn, dewch i weld!",
    ],
)
def test_welsh_words_are_no_private_person(welsh_found, text):
    assert [f for f in welsh_found(text) if f[0] == "OTHER_PERSON"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fflat 2 uwchben y siop trin gwallt, Stryd Fawr, Llanrug",
         "Fflat 2 uwchben y siop trin gwallt, Stryd Fawr, Llanrug"),
        ("mae hi yn y byngalo gwyn gyferbyn a Chapel Bethesda, Pentre Eithin.",
         "byngalo gwyn gyferbyn a Chapel Bethesda, Pentre Eithin"),
        ("newid cyfeiriad: Rhif 4, Rhes Fictoria, Deiniolen", "Rhif 4, Rhes Fictoria"),
    ],
)  # fmt: skip
def test_welsh_homes_placed_by_a_landmark_or_a_numbered_terrace(text, expected):
    assert expected in [text[s.start : s.end] for s in find_contacts(text)]


def test_a_private_name_stops_at_a_dash_before_an_address(welsh_found):
    found = welsh_found("Swyddfa: newid cyfeiriad i Meinir Pugh – Rhif 4, Rhes Fictoria.")
    assert ("OTHER_PERSON", "Meinir Pugh", None) in found


@pytest.fixture(scope="module")
def nicknames_found():
    pupils = [
        _pupil("N1", "Tobias", "Nowak"),
        _pupil("N2", "Mason", "Reed"),
        _pupil("N3", "Kizzy", "Lee"),
        _pupil("N4", "Blessing", "Okafor"),
        _pupil("N5", "Zeynep", "Kaya"),
        _pupil("N6", "Frida", "Holm"),
    ]
    find = _real_findings("nicknames", pupils)
    return lambda text: [(f.entity, f.text) for f in find(text) if f.entity.startswith("PUPIL")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tobs, Mase and Kiz on the pads today 🥊", "Tobs"),
        ("Tobs, Mase and Kiz on the pads today 🥊", "Mase"),
        ("Tobs, Mase and Kiz on the pads today 🥊", "Kiz"),
        ("Blessy smashed her presentation!", "Blessy"),
        ("Massive well done to Zey for the reading award", "Zey"),
    ],
)
def test_a_forename_cut_short_is_still_the_pupil(nicknames_found, text, name):
    """register_names._clipped: a clipped forename, with or without a nickname ending."""
    assert ("PUPIL_FORENAME", name) in nicknames_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cake sale on Fri after school, all welcome!",  # a day, though it begins "Frida"
        "The Masons' Hall is booked for the disco.",  # an English word
        "Tobacco and vaping awareness talk for Year 9 parents.",  # an English word
    ],
)
def test_words_that_only_begin_like_a_forename(nicknames_found, text):
    assert nicknames_found(text) == []


def test_a_full_name_surname_first_in_lower_case_as_a_spreadsheet_has_it():
    find = _real_findings(
        "reversed", [_pupil("C1", "Callum", "Dempsey"), _pupil("C2", "Rose", "Hill")]
    )
    assert ("PUPIL_FULL_NAME", "dempsey callum") in [
        (f.entity, f.text) for f in find("Well done dempsey callum!! Oops, spreadsheet brain.")
    ]
    # Two English words the other way round are words: "hill rose".
    assert not [f for f in find("we walked up the hill rose early") if f.entity.startswith("PUPIL")]
    # Capitalised, as a list copied from a register has it.
    assert ("PUPIL_FULL_NAME", "Dempsey Callum") in [
        (f.entity, f.text) for f in find("Transition list:\nK1 - Dempsey Callum - EAL")
    ]
    assert not [f for f in find("Up the Hill Rose ran") if f.entity == "PUPIL_FULL_NAME"]


@pytest.mark.parametrize(
    "text",
    [
        # A charity named after somebody is an organisation.
        "Knife crime workshops this week with the Ben Kinsella Trust, powerful stuff.",
        # A dressing-up day: the full name after "as" is the costume's character.
        "World Book Day! Mr Fielding came as Bill Sikes and Mrs Lee as Little Nell.",
    ],
)
def test_organisations_and_costumes_named_after_people_are_no_private_adult(found, text):
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


def test_a_private_adult_is_still_one_beside_a_trust_or_a_costume_day(found):
    text = "Thanks to Joanne Cartwright for sewing every costume for World Book Day!"
    assert ("OTHER_PERSON", "Joanne Cartwright") in found(text)


def test_a_pupil_who_is_a_young_parent(circumstance_finder):
    found = circumstance_finder("So proud of Olivia, a young mum and back for her GCSEs.")
    assert "family" in [c for c, _ in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pen-blwydd hapus i Mabli! Wedi'i geni ar y 4ydd o Ragfyr 2017, mewn storm eira.",
         "y 4ydd o Ragfyr 2017"),
        ("Pen-blwydd hapus yn 10 oed i Fegw! 🎂 Fory, y 7fed o Fawrth, mae hi'n cael parti.",
         "y 7fed o Fawrth"),
    ],
)  # fmt: skip
def test_dates_of_birth_in_welsh(text, expected):
    assert expected in [s.value for s in dates_of_birth(text)]


def test_a_welsh_date_that_is_no_birthday():
    assert dates_of_birth("Eisteddfod yr ysgol ar y 1af o Fawrth 2027, dewch i gefnogi!") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mared fach a'i theulu yn ein meddyliau heddiw 💐 Collodd ei mam yn sydyn nos Sul.",
        "Mae Mabli a'i theulu wedi colli eu cartref yn y tân ar y fferm.",
    ],
)
def test_a_loss_said_in_welsh(welsh_found, text):
    assert "family" in [c for e, _, c in welsh_found(text) if e == "PUPIL_RECORD"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The child or the family spoken of without a name, the name kept for last.
        ("I'm raging. A family at our school were evicted last weekend. Wee Olivia is "
         "sleeping on a sofa at her aunt's.", ("family", "evicted")),
        ("Went to youth court with one of mine today. Not a job they tell you about. Amir, "
         "well done for facing it.", ("safeguarding", "youth court")),
    ],
)  # fmt: skip
def test_a_child_spoken_of_without_a_name_then_named(circumstance_finder, text, expected):
    assert expected in circumstance_finder(text)


def test_a_family_event_before_a_name_is_nobodys_circumstance(circumstance_finder):
    text = "A family at our school won the hamper! Thanks Olivia for drawing the raffle."
    assert circumstance_finder(text) == []


def test_a_birthday_on_stephens_day():
    text = "Someone's 16 on Stephen's Day and wants a party 🙈 Love you Roisin xx"
    assert "Stephen's Day" in [s.value for s in dates_of_birth(text)]


@pytest.mark.parametrize(
    "text, category",
    [
        ("Had an Encompass call about Olivia at 8:05 this morning.", "safeguarding"),
        ("Amir's family have been served a section 21 and may have to move.", "family"),
        ("Helped Amir's mum fill in the EUSS form after school.", "immigration"),
        ("Bailiffs were at the house while Olivia was eating her cornflakes.", "welfare"),
        ("Training on FASD this week has changed how I see Amir.", "health"),
        ("Shout out to Olivia's nan, bringing up three grandkids on her pension.", "care"),
        ("Olivia's dad deployed to Estonia last week for six months.", "family"),
        ("Amir made a card for his dad, who is away on deployment until March.", "family"),
        ("Olivia is PEG fed so this was huge sensory work for her.", "health"),
        ("Amir's CP has never once stopped him.", "health"),
        ("Proud nan moment: we've had him since he was six and Amir read a whole chapter.",
         "care"),
        ("Olivia's dad is on police bail and must not come to the school gate.",
         "safeguarding"),
        ("Amir came to the trip with his arm still in plaster.", "health"),
        ("Strictly confidential: Olivia is 14 weeks pregnant.", "family"),
        ("Fixed-term suspension for Amir this week, 2 days.", "behaviour"),
    ],
)  # fmt: skip
def test_the_schemes_and_the_laws_own_names(circumstance_finder, text, category):
    assert category in [c for c, _ in circumstance_finder(text)]


def test_a_street_with_a_compass_point_after_it_and_number_before():
    text = "party at our house, number 18, Clifton Drive North (flamingo on the door)"
    assert "number 18, Clifton Drive North" in [text[s.start : s.end] for s in find_contacts(text)]


@pytest.fixture(scope="module")
def gaelic_found():
    pupils = [_pupil("G1", "Seumas", "MacLeod"), _pupil("G2", "Eilidh", "Munro")]
    find = _real_findings("gaelic", pupils)
    return lambda text: [(f.entity, f.text, f.detail.get("category")) for f in find(text)]


@pytest.mark.parametrize(
    "text, category",
    [
        # Lenited as Gaelic grammar lenites it ("a' phrìosan"); a parent named without a
        # name ("athair": his father) points back to the child, as "dad" does in English.
        ("Tha Seumas air ais san sgoil an-diugh. Tha athair anns a' phrìosan.", "family"),
        ("Meal an naidheachd Eilidh! Chaochail a màthair am bliadhna.", "family"),
        ("Tapadh leibh Eilidh, tha i ann an cùram agus tha i cho math.", "care"),
    ],
)
def test_circumstances_said_in_gaelic(gaelic_found, text, category):
    """circumstance_terms_gd.txt, every lenited form, only in a post that reads as Gaelic."""
    assert category in [c for e, _, c in gaelic_found(text) if e == "PUPIL_RECORD"]


def test_gaelic_words_in_an_english_post_are_nobodys_circumstance(gaelic_found):
    text = "Eilidh walked a mile before her meal to see Cùirt Mhòr castle, maths after."
    assert [f for f in gaelic_found(text) if f[0] == "PUPIL_RECORD"] == []


@pytest.fixture
def gaelic_index():
    return NameIndex(
        [
            _pupil("G1", "Màiri", "MacLeod"),
            _pupil("G2", "Ciorstaidh", "Murray", "Kirsty"),
            _pupil("G3", "Fionnlagh", "Macaulay", "Finlay"),
            _pupil("G4", "Eòghann", "MacRae", "Ewan"),
            _pupil("G5", "Catrìona", "MacDonald"),
            _pupil("G6", "Peter", "Smith"),
        ],
        [],
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # The register in English, the post in Gaelic: "Mac" is "Nic" for a girl, any
        # other surname is its Gaelic equivalent (data/gaelic_names.txt).
        ("Meal an naidheachd air Màiri NicLeòid à 3G!", [("PUPIL_FULL_NAME", "Màiri NicLeòid")]),
        ("Meal an naidheachd do Ciorstaidh Moireach à S4", [("PUPIL_FULL_NAME",
                                                             "Ciorstaidh Moireach")]),
        ("Congratulations to Catriona NicDhomhnaill", [("PUPIL_FULL_NAME",
                                                       "Catriona NicDhomhnaill")]),
        # Lenited and slender as Gaelic grammar makes a name spoken to or of.
        ("Slàn leat, a Chatrìona! Bidh sinn gad ionndrainn.", [("PUPIL_FORENAME", "Chatrìona")]),
        ("Cha tig athair Fhionnlaigh a-steach an deireadh-sheachdain seo, tha e trang.",
         [("PUPIL_FORENAME", "Fhionnlaigh")]),
        ("Eòghainn (4G): tha e cho math agus tha sinn uile moiteil.",
         [("PUPIL_FORENAME", "Eòghainn")]),
        ("Dealbh brèagha de Mhàiri agus a caraidean, tapadh leibh uile",
         [("PUPIL_FORENAME", "Mhàiri")]),
        # An English form the register does not hold, in a Gaelic post.
        ("Tha Peadar agus Mary cho math anns an sgoil an-diugh",
         [("PUPIL_FORENAME", "Peadar"), ("PUPIL_FORENAME", "Mary")]),
    ],
)  # fmt: skip
def test_gaelic_names_as_gaelic_writes_and_changes_them(gaelic_index, text, expected):
    assert sorted(names(text, gaelic_index)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # In an English post a lenited word is only a word, and an English form of a
        # Gaelic forename is somebody else.
        "Mary Berry's recipe won the bake off, and Chaluim's shop sold the flour.",
        # Not "Hugh MacRae": an English form with the family's surname may be the father.
        "Tapadh leibh do Hugh MacRae agus do Sheumas airson na bàta",
    ],
)
def test_words_that_only_look_like_gaelic_names(gaelic_index, text):
    assert names(text, gaelic_index) == []


@pytest.fixture(scope="module")
def adults_found():
    find = _real_findings("adults", [_pupil("A1", "Kit", "Faulkner")])
    return lambda text: [(f.entity, f.text, f.detail.get("about")) for f in find(text)]


@pytest.mark.parametrize(
    "text, about",
    [
        ("Confidential: Gareth Hughes was at the gate again shouting at 3:15. He's on bail "
         "with conditions not to contact the family.", "Gareth Hughes"),
        ("Reception: Marcos Ferreira is NOT to collect anyone. Ring 999 if he turns up.",
         "Marcos Ferreira"),
    ],
)  # fmt: skip
def test_what_the_law_keeps_a_named_adult_from_is_the_familys(adults_found, text, about):
    """Said of a private adult the post names, the family's circumstance is found, and says
    of whom."""
    assert about in [a for e, _, a in adults_found(text) if e == "PUPIL_RECORD"]


@pytest.mark.parametrize(
    "text",
    [
        # An adult's own story, death or job is no family circumstance of a pupil's.
        "We were saddened to hear of the death of Pat Mulhearn, a former governor. May she "
        "rest in peace.",
        "Refugee Week: thank you to our speakers Mulugeta Haile and Iwona Dudek who shared "
        "their stories of coming to Liverpool.",
    ],
)
def test_an_adults_own_story_is_no_familys_circumstance(adults_found, text):
    assert [f for f in adults_found(text) if f[0] == "PUPIL_RECORD"] == []


def test_a_name_after_a_service_rank_is_no_pupil():
    find = _real_findings("ranks", [_pupil("C1", "Callum", "Dempsey")])
    text = (
        "Remembrance: the Shell read the names of the fallen, among them Lieutenant Callum "
        "Dempsey, aged 19. We will remember them."
    )
    assert not [f for f in find(text) if f.entity.startswith("PUPIL")]
    # The pupil of the same name is still the pupil, and a team's captain is a pupil.
    found = [(f.entity, f.text) for f in find("Well done Callum Dempsey, captain of the U11s!")]
    assert ("PUPIL_FULL_NAME", "Callum Dempsey") in found


@pytest.fixture(scope="module")
def dales_found():
    """A village school's register: the real detector, and the school's own details."""
    from clearpost.detect.text.text_pii import shared_text_detector

    pupils = [_pupil("D1", "Jonjo", "McDonagh"), _pupil("D2", "Mary", "Metcalfe"),
              _pupil("D3", "Levi", "Lee"), _pupil("D4", "Bobby", "Raw")]  # fmt: skip
    school = {"name": "St Wilfrid's CE Primary / Ysgol Sant Wilfrid",
              "address": "Church Bank, Hawbeck, Wensleydale"}  # fmt: skip
    detector = shared_text_detector()
    detector.load()

    def find(text):
        detector.use_register("dales", lambda: (pupils, []))
        return [(f.entity, f.text) for f in detector.find(text, school)]

    return find


@pytest.mark.parametrize(
    "text, expected",
    [
        # A year group straight after initials, as a staff note writes it.
        ("DSL log: MM Y6 disclosed at lunch. Referral made to MASH.", ("PUPIL_INITIALS", "MM")),
        # The pupil's surname cut short: "McD" for McDonagh.
        ("SENCO update – Jonjo McD: EHCP draft received.", ("PUPIL_FORENAME", "Jonjo")),
        # A farm in the school's own village is still somebody's home.
        ("We're going to Low Gill Farm, Hawbeck Lane on Tuesday, thanks to Bobby's family.",
         ("ADDRESS", "Low Gill Farm, Hawbeck Lane")),
        # A non-molestation order as staff write it.
        ("Levi Lee starts Monday; there's a non-mol in place.", ("PUPIL_RECORD", "non-mol")),
        # A grandparent with the possessive: the family of the children just named.
        ("Levi Lee out from 4th June for Appleby. Work packs sent home with him. Grandad's "
         "funeral is the week after so please be gentle.", ("PUPIL_RECORD", "funeral")),
    ],
)  # fmt: skip
def test_a_village_schools_notes(dales_found, text, expected):
    assert expected in dales_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The school's own address, its name's halves before it: never a home.
        "Our address for the Christmas post is Ysgol Sant Wilfrid, Church Bank, Hawbeck.",
        # "Summer Fair" stays a fair: a capitalised word after a forename that does not
        # begin the pupil's surname.
        "Mary Berry judged the cakes at our Summer Fair!",
        # Dad's Army is a programme, not a family.
        "Levi Lee loved the Dad's Army episode in our wartime topic. Dad's Army is on BBC Two.",
    ],
)
def test_what_a_village_school_may_post(dales_found, text):
    found = dales_found(text)
    assert not [f for f in found if f[0] in ("ADDRESS", "PUPIL_RECORD")]
    assert ("PUPIL_FORENAME", "Mary") not in found


@pytest.mark.parametrize(
    "text, words",
    [
        # A time's full stop does not end the sentence: the meeting and "He" stay with Olivia.
        ("SLT note: Olivia Barker – fixed-term suspension, 2 days. Re-integration meeting "
         "Monday 8.30 with dad. She's been under the early help team since October.",
         "early help"),
        # "Mum" is still the named pupil's mum after a sentence about somebody else.
        ("DSL update: Olivia Barker – step-down agreed at conference. The worker is Rachel "
         "Goodall, 01632 960 552. Mum's partner has moved out.", "moved out"),
    ],
)  # fmt: skip
def test_a_paragraph_about_one_pupil_stays_about_them(circumstance_finder, text, words):
    assert any(words in said for _, said in circumstance_finder(text)), circumstance_finder(text)


def test_mum_after_a_gap_is_no_pupils_when_two_are_named(circumstance_finder):
    text = (
        "Well done Olivia and Amir for the relay. They ran so fast. The coach was brilliant. "
        "Mum's partner has moved out."
    )
    assert circumstance_finder(text) == []


def test_an_age_reached_on_a_day_makes_that_day_a_birthday():
    from clearpost.detect.text.dates import dates

    text = "Kizzy has a Christmas birthday 🎂 she turns five on the 25th so we're having cake!"
    assert [text[s.start : s.end] for s in dates(text)] == ["the 25th"]
    text = "Kizzy has a birthday 🎂 she turns five on the 25th of May"
    assert "the 25th" not in [text[s.start : s.end] for s in dates(text)]


def test_an_obfuscated_email_at_a_providers_country_domain():
    text = "Families who'd like help can contact her at andreea.i [at] yahoo.ro 💙"
    assert [text[s.start : s.end] for s in find_contacts(text)] == ["andreea.i [at] yahoo.ro"]


def test_a_word_name_that_owns_a_thing_is_not_listed_with_the_thing_before(pupil_names_found):
    text = "I've got the reading folder and Summer's coat in my car"
    assert ("PUPIL_FORENAME", "Summer", None) in pupil_names_found(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # Names no list of ours holds, said where a person is named.
        ("Welcome to our new liaison volunteers Tulsi Gurung, Seini Bola and Kelly-Anne Hird",
         "Tulsi Gurung"),
        ("Welcome to our new liaison volunteers Tulsi Gurung, Seini Bola and Kelly-Anne Hird",
         "Kelly-Anne Hird"),
        ("Babysitter recommendation: Penina Khedouri (Benji's big sister, 17), lovely girl",
         "Penina Khedouri"),
        ("Thank you to Reuven Sassoon and his wife Ilana for the new bookcase", "Reuven Sassoon"),
        ("Sefa's mum Losana Naivalu brought in the most incredible palusami", "Losana Naivalu"),
    ],
)  # fmt: skip
def test_a_private_adult_whose_names_no_list_holds(found, text, name):
    assert ("OTHER_PERSON", name) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chag Sameach from all of us! Maoz Tzur sung beautifully by Year 2.",
        "Year 2 can now say the whole of Birkat Hamazon (grace after meals) by heart!",
        "Thank you to Medway Foodbank for the Christmas boxes",
        "Thank you Newham Libraries for the author visit!",
        "Designated Safeguarding Lead: Mrs Khan.",
    ],
)
def test_unknown_words_without_a_person_cue_are_no_private_adult(found, text):
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("collect from Low Gill Farm, Hudswell Lane Sat 10–2", "Low Gill Farm, Hudswell Lane"),
        ("police were called to the quarter on Slim Road last night", "the quarter on Slim Road"),
        ("Mon 9.30 — the end house on Haig Road (the one with the trampoline)",
         "the end house on Haig Road"),
        ("Tue 9.30 — Ivy Cottage, Whashton.", "Ivy Cottage, Whashton"),
        ("any help with lifts from Skeeby Grange Cottages would be appreciated",
         "Skeeby Grange Cottages"),
        ("She lives above the Polish shop on Melton Road, number 211 and her mum",
         "Melton Road, number 211"),
        # whose it is, its colour, where on the street, or beside what
        ("drop it at the green house at the top of Fern Close please",
         "the green house at the top of Fern Close"),
        ("Bags are at her nan's house on Moss Lane", "her nan's house on Moss Lane"),
        ("it's the white one at the end of Carr Road", "the white one at the end of Carr Road"),
        ("they're in the flat by the launderette on Kings Road now",
         "the flat by the launderette on Kings Road"),
        # a farm named alone where a family lives
        ("thinking of all the family at Birks Gill this week", "Birks Gill"),
        ("Lifts back up to Far Rigg End after club would be great", "Far Rigg End"),
    ],
)  # fmt: skip
def test_homes_said_by_what_they_are_and_where(text, address):
    assert address in [text[s.start : s.end] for s in find_contacts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Church Road Primary won the cup",
        "Lunch at Rose Cottage Tearooms",
        "We went to Hill Top Farm",
        "The new one on Station Road opens on Monday",
        "the first one on Market Street is the Co-op",
        "The whole family at Oakfield Primary wish you well",
        "Lifts back up to Kirkby Stephen after the match",
    ],
)
def test_venues_named_like_homes_are_no_address(text):
    assert [s for s in find_contacts(text) if s.entity == "ADDRESS"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Can't believe my twins are 7!! Born erev Yom Kippur 2019 and still busy",
         "erev Yom Kippur 2019"),
        ("Happy birthday Laxmi!! 🎉 Six on the 3rd of November and she lit the diyo",
         "the 3rd of November"),
    ],
)  # fmt: skip
def test_births_on_festivals_and_ages_after_an_emoji(text, expected):
    assert expected in [text[s.start : s.end] for s in dates_of_birth(text)]


def test_hbd_makes_a_birthday_post():
    from clearpost.detect.text.dates import dates

    text = "HBD to Simran in 11AT 🥳 sixteen on the 15th!! Cake in form at 8.40"
    assert [text[s.start : s.end] for s in dates(text)] == ["the 15th"]
    assert dates_of_birth("Happy Diwali! Our Diwali lamps are in the hall.") == []


def test_a_listed_word_and_the_rest_of_the_circumstance_are_found(circumstance_finder):
    # The whole circumstance goes, not just the listed word ("DSL").
    text = (
        "To DSL team: Olivia said in circle time that they're sleeping at the women's house "
        "with the big gate now and Daddy doesn't know where."
    )
    found = circumstance_finder(text)
    assert any("women's house" in said for _, said in found), found


def test_the_model_reads_the_clauses_it_always_read():
    """Each clause's span in the post holds the words the model reads for it."""
    from clearpost.detect.text.circumstances import _clause_spans, _plain, _plain_map

    class Name:
        pass

    text = "Proud of this one today,  \n#well done Olivia Barker, who has been through a lot "
    text += "this year after moving in with her nan"
    Name.start = text.index("Olivia")
    Name.end = Name.start + len("Olivia Barker")
    assert _plain(text, 0, len(text), [Name]).startswith(
        "Proud of this one today, #well done Alex,"
    )
    clauses = _clause_spans(*_plain_map(text, 0, len(text), [Name]))
    assert len(clauses) == 3
    for said, (s, e) in clauses:
        assert " ".join(text[s:e].split()) == said


@pytest.fixture(scope="module")
def spelt_found():
    """The real detector with forenames that are often spelt otherwise."""
    pupils = [_pupil("S1", "Ayaan", "Farah"), _pupil("S2", "Khushi", "Parmar"),
              _pupil("S3", "Matthew", "Hall"), _pupil("S4", "Amir", "Khan")]  # fmt: skip
    find = _real_findings("spelt", pupils)
    return lambda text: [(f.entity, f.text) for f in find(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("🏀 Y10 basketball: MVP was Ayan with 18 points.", "Ayan"),
        ("Well done Khushee for your speech in assembly!", "Khushee"),
        ("Mathew read his poem to the whole school today.", "Mathew"),
    ],
)
def test_a_forename_spelt_as_it_sounds(spelt_found, text, name):
    assert ("PUPIL_FORENAME", name) in spelt_found(text), spelt_found(text)


def test_a_different_name_is_not_a_spelling(spelt_found):
    assert not [f for f in spelt_found("Amara and Omar won the relay.") if f[0] != "OTHER_PERSON"]


@pytest.mark.parametrize(
    "text, words",
    [
        # The parse reads the name as a compound of the verb: the words beside it still count.
        ("Residential: Olivia wets the bed sometimes, liner packed.", "wets the bed"),
        ("Amir sleepwalks so bottom bunk near the door.", "sleepwalks"),
        ("PE staff pls: Olivia's Libre sensor came off at swimming again.", "Libre sensor"),
    ],
)
def test_health_said_by_a_verb_beside_the_name(circumstance_finder, text, words):
    assert ("health", words) in circumstance_finder(text), circumstance_finder(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # A number given for them: nobody posts a public figure's own.
        ("Anyone able to help with the tractor run? Ring Neil Outhwaite on oh seven seven "
         "double oh, nine hundred, three two six or message the page.", "Neil Outhwaite"),
        # The apostrophe of "Parents'" is no quoted title: "by" is not an author's.
        ("Parents' group: the carpool to Kilkeel is being organised by Declan McGrady, ring or "
         "text him on 078 3355 1820", "Declan McGrady"),
    ],
)  # fmt: skip
def test_a_private_adult_with_a_contact_or_beside_an_apostrophe(found, text, name):
    assert ("OTHER_PERSON", name) in found(text), found(text)


def test_an_author_after_a_quoted_title_is_still_public(found):
    assert not [
        f for f in found("We read 'The Twits' by Roald Dahl today") if f[0] == "OTHER_PERSON"
    ]


def test_unknown_names_after_ring_or_message_are_a_private_adult(found):
    text = "Lift share: message Tulsi Gurung on the group chat or ring Penina Khedouri tonight"
    people = [f[1] for f in found(text) if f[0] == "OTHER_PERSON"]
    assert people == ["Tulsi Gurung", "Penina Khedouri"], found(text)


def test_a_title_of_nobility_inside_the_models_person_is_public(found):
    text = "Three Queen Esthers and a very convincing King Achashverosh in the Purim parade!"
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Harrison House, the veterans' recovery charity, were guests at our assembly.",
        "Thanks to Sam Smith's Bakery for the bread for our harvest festival!",
        "Thank you to Pho Minh Kitchen on the High Road for the staff lunch!",
    ],
)
def test_a_building_or_business_named_after_someone_is_no_private_adult(found, text):
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


def test_a_listed_word_naming_an_awareness_event_is_nobodys_circumstance(circumstance_finder):
    text = "Olivia read our book for Children's Mental Health Week and Autism Awareness Day"
    assert circumstance_finder(text) == []
    assert circumstance_finder("Olivia has been struggling with her mental health this term.")


def test_a_pupils_name_that_owns_a_business_is_no_pupil(spelt_found):
    assert spelt_found("Matthew's Barbers on Melton Road are doing free trims") == []


@pytest.fixture(scope="module")
def unnamed_found():
    """The real detector: circumstances with no pupil named, and the child they are about."""
    find = _real_findings("unnamed", [_pupil("U1", "Isla", "Moffat")])
    return lambda text: [
        (f.detail.get("category"), f.detail.get("child")) for f in find(text)
        if f.entity == "PUPIL_RECORD" and not f.people
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, category, child",
    [
        ("Please check lunchboxes: a little boy in Year 2 has a severe peanut allergy and "
         "carries an adrenaline pen.", "health", "a little boy in Year 2"),
        ("One of my Year 4s told me today that his dad hits his mum when he has been "
         "drinking.", "family", "One of my Year 4s"),
        ("Went to court with one of mine today. She was so brave giving evidence.",
         "family", "one of mine"),
        ("The family in the flat above the bakery were evicted last week and the two girls "
         "are sleeping at a friend's.", None, "The family"),
        # A name the register does not hold (a nickname), said with the child's form group
        ("Pastoral: Bally (7AT) hasn't had his ADHD meds for three days, the pharmacy's out "
         "of stock.", "health", "Bally (7AT)"),
        ("Macca in my Y10 set has had a rough old term but his new foster carers in "
         "Cleveleys are brilliant with him.", "care", "Macca in my Y10 set"),
    ],
)  # fmt: skip
def test_a_circumstance_about_a_child_described_but_not_named(unnamed_found, text, category,
                                                              child):  # fmt: skip
    """Those who know the class or the family know the child: the circumstance is found,
    and says which child the post describes."""
    found = unnamed_found(text)
    assert child in [c for _, c in found]
    assert category is None or category in [k for k, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "If a child in your class has an allergy, please tell the office.",
        "A little girl in Reception won the colouring competition today!",
        "The children's hospital choir sang at our assembly.",
        "We support every family through our food bank.",
        "Several children in school have severe allergies, so we are a nut-free school.",
        "This means that when the police attend an incident, so that child can get support.",
        "Trip letters (Y4) went home today: the coach leaves at 9am.",
    ],
)
def test_children_in_general_or_in_good_news_are_no_unnamed_child(unnamed_found, text):
    assert unnamed_found(text) == []


def test_the_author_of_a_quotation_is_public_and_a_testimonials_parent_private(found):
    quote = '"Be the change you wish to see" – Mahatma Gandhi. Well done to our School Council!'
    assert not [f for f in found(quote) if f[0] == "OTHER_PERSON"], found(quote)
    quote = '"Kindness costs nothing" – Marjorie Ellenby. Thinking of all our Year 6s this week.'
    assert not [f for f in found(quote) if f[0] == "OTHER_PERSON"], found(quote)
    testimonial = '"Our two love coming here every day" – Joanne Platterby, Year 2 parent'
    assert ("OTHER_PERSON", "Joanne Platterby") in found(testimonial)
    mentor = '"A privilege to mentor her this year." ~ Colin Ashdale, Director, Ashdale Joinery'
    assert ("OTHER_PERSON", "Colin Ashdale") in found(mentor)


def test_the_public_phrases_trie_matches_the_longest_phrase_as_an_alternation_would():
    import re

    from clearpost.detect.text.register_names import _trie_pattern

    phrases = ["mary", "mary poppins", "mary seacole", "mo farah", "mo", "st. david's day"]
    trie = re.compile(r"(?<![a-z])(?:" + _trie_pattern(phrases) + r")(?![a-z])")
    longest_first = sorted(phrases, key=len, reverse=True)
    plain = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, longest_first)) + r")(?![a-z])")
    text = "mary poppins, mary seacolex, mo farah and mo met mary on st. david's day; marymo"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in trie.finditer(text)] == [
        "mary poppins", "mary", "mo farah", "mo", "mary", "st. david's day"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 loved Naga Munchetty's visit to talk about the news!",
        "Mo Gilligan and Jason Manford made us laugh at the charity gala.",
        "Good luck to Vaughan Gething at the Senedd today",
        "Gregg Wallace judged the school bake off in the end!",
    ],
)
def test_public_people_of_every_walk_of_life_are_no_private_adult(found, text):
    """The list of public people (data/public_people.txt) holds presenters, comedians and
    politicians, not only authors and saints: the sentence alone may not say so."""
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


@pytest.fixture(scope="module")
def nursery():
    """The real detector with a nursery's register (Aurora, Kit, Ruby) and its school details:
    text -> [(entity, text)]."""
    from clearpost.detect.text.text_pii import shared_text_detector

    pupils = [_pupil("N1", "Aurora", "Quinn"), _pupil("N2", "Kit", "Adeyemi"),
              _pupil("N3", "Ruby", "Okafor"), _pupil("N4", "Jacob", "Lindqvist")]  # fmt: skip
    school = {"name": "Little Acorns Day Nursery & Pre-School", "address": "9 Hollybank Avenue"}
    detector = shared_text_detector()
    detector.load()

    def find(text, details=school):
        detector.use_register("nursery", lambda: (pupils, []))
        return [(f.entity, f.text) for f in detector.find(text, details)]

    return find


@pytest.mark.parametrize(
    "text",
    [
        "Father Christmas popped into Little Acorns this morning and every child got a book.",
        "What a week! #LittleAcornsFamily #Didsbury",
    ],
)
def test_the_schools_name_without_its_kind_and_in_a_hashtag_is_the_school(nursery, text):
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == []
    school = {"name": "Al-Noor Primary School and Nursery"}
    assert [f for f in nursery("See you Monday #AlNoorFamily", school)] == []


def test_a_given_name_of_one_word_is_no_short_name_of_the_school():
    from clearpost.detect.text.text_filters import _short_names

    assert _short_names(["hope primary school"]) == set()
    assert _short_names(["little acorns day nursery & pre-school"]) == {"little acorns"}
    assert _short_names(["al-noor primary school and nursery"]) == {"al-noor"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Saw the aurora over Stockport last night?? Unreal.", "aurora"),
        ("New kit alert! Oak Tree have their own waterproofs thanks to Didsbury Rotary.", "kit"),
        ("This week we read Ruby's Worry by Tom Percival and drew our worries.", "Ruby"),
    ],
)
def test_a_word_name_as_a_noun_or_in_a_books_title_is_no_pupil(nursery, text, name):
    assert not [f for f in nursery(text) if f[1] == name], nursery(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Well done kit for tidying the whole room!", "kit"),
        ("Ruby's big sister came to read with us by the fire.", "Ruby"),
        ("Ruby's Worry is Ruby Okafor's favourite book.", "Ruby Okafor"),
    ],
)
def test_the_same_word_names_used_as_names_are_still_pupils(nursery, text, name):
    assert [f for f in nursery(text) if f[1] == name], nursery(text)


def test_a_person_named_before_a_place_word_is_the_place(nursery):
    text = "Forest school at Fletcher Moss Gardens: we found moss and mushrooms."
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == []
    assert ("OTHER_PERSON", "Jess Byrne") in nursery("Thanks to Jess Byrne for the cakes!")


@pytest.mark.parametrize(
    "text, address",
    [
        ("Jacob now goes to his dad's after club, flat 3 above the Co-op on School Lane.",
         "flat 3 above the Co-op on School Lane"),
        ("a library book addressed to flat 3, above the sweet shop on Savile Road.",
         "flat 3, above the sweet shop on Savile Road"),
        ("a grey cat sitting outside number 41 on Scarborough Street since yesterday",
         "number 41 on Scarborough Street"),
        ("the two of them are at the refuge on Crown Drive for now", "the refuge on Crown Drive"),
    ],
)  # fmt: skip
def test_a_numbered_flat_a_house_number_on_a_street_and_a_refuge_are_addresses(text, address):
    assert address in [text[s.start : s.end] for s in find_contacts(text)]


def test_names_listed_after_a_prophet_or_saint_are_the_storys(nursery):
    from clearpost.detect.text.text_pii import shared_text_detector

    pupils = [_pupil("M1", "Isa", "Lunat"), _pupil("M2", "Maryam", "Patel")]
    detector = shared_text_detector()
    detector.use_register("prophets", lambda: (pupils, []))
    story = "Year 4 compared the stories of Prophet Musa, Isa and Maryam in the Qur'an and Bible."
    assert [f.text for f in detector.find(story, {})] == []
    pupils_named = "Well done Isa and Maryam for leading the class assembly!"
    assert [f.text for f in detector.find(pupils_named, {})] == ["Isa", "Maryam"]


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to all who ran in the Easter Ross Schools Cross Country at Tain.",
        "Our classroom has moved to the Harriet Cole Unit on level 6.",
        "Next week, a trip to the Wallace Collection to see the painting in person!",
    ],
)
def test_a_name_in_an_institutions_name_is_no_private_adult(nursery, text):
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == [], nursery(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Olivia gave us a mini lesson on how her central line works!", "central line"),
        ("Maths in the garden with Amir today cos his oxygen tank makes the house too warm.",
         "oxygen tank"),
        ("Olivia is off having her tonsils out at Pinderfields, get well soon!", "tonsils out"),
        ("Amir went up the climbing frame alone, huge for him with his hypermobility.",
         "hypermobility"),
        ("Olivia's mum has been sectioned and her nan has both kids now.", "been sectioned"),
        ("Amir is back on crutches after the trampoline park.", "crutches"),
    ],
)  # fmt: skip
def test_a_childs_treatment_said_by_its_line_tube_or_aid(circumstance_finder, text, term):
    assert term in [c[1] for c in circumstance_finder(text)], circumstance_finder(text)


@pytest.fixture(scope="module")
def families():
    """The real detector with two pupils whose families the posts name."""
    pupils = [_pupil("F1", "Zuzia", "Nowak"), _pupil("F2", "Hope", "Critchley")]
    find = _real_findings("families", pupils)
    return lambda text: [(f.entity, f.text, f.detail.get("surname_from")) for f in find(text)]


@pytest.mark.parametrize(
    "text, forename, adult",
    [
        ("For lifts ring Justyna Nowak, Zuzia's mum, on 07700 900123.", "Zuzia",
         "Justyna Nowak"),
        ("Massive thank you to Julie Critchley, Hope's nan, for the mince pies!", "Hope",
         "Julie Critchley"),
        ("Zuzia and her mum Justyna Nowak came to the fair", "Zuzia", "Justyna Nowak"),
    ],
)  # fmt: skip
def test_a_forename_with_a_family_members_full_name_is_the_full_name(families, text, forename,
                                                                     adult):  # fmt: skip
    assert ("PUPIL_FULL_NAME", forename, adult) in families(text), families(text)


@pytest.mark.parametrize(
    "text",
    ["Mrs Nowak says well done Zuzia!", "Well done Zuzia! Photo by Anna Smith."],
)
def test_a_forename_with_a_staff_title_or_another_surname_stays_a_forename(families, text):
    assert ("PUPIL_FORENAME", "Zuzia", None) in families(text), families(text)


@pytest.mark.parametrize(
    "text, adult",
    [
        ("Jazakallah khair to our volunteer readers: Rizwana Patel and Yaseen Bhayat!",
         "Rizwana Patel"),
        ("Thank you to Faduma Abdi for translating at parents' evening.", "Faduma Abdi"),
    ],
)  # fmt: skip
def test_parents_names_from_more_communities_are_private_adults(families, text, adult):
    assert ("OTHER_PERSON", adult, None) in families(text), families(text)


def test_a_forename_label_is_found_by_the_stricter_full_name_finding():
    from text_eval import score

    post = {"id": "x", "text": "Zuzia's mum Justyna Nowak", "account": "official",
            "photo": False, "verdict": "block", "tags": [],
            "expected": [{"rule": "text.pupil_forename", "text": "Zuzia"}]}  # fmt: skip
    full = [{"rule": "text.pupil_full_name", "start": 0, "end": 5, "severity": "block"}]
    other = [{"rule": "text.other_person", "start": 0, "end": 5, "severity": "warn"}]
    assert score([post], [("block", full)]).recall() == 1.0
    assert score([post], [("block", other)]).recall() == 0.0


def test_a_forename_label_is_the_name_standing_alone_not_the_start_of_a_longer_one():
    from text_eval import score

    text = "Good luck Alfred Mawer! Isaac Hellier too. Well done, Alf and Isaac!"
    post = {"id": "x", "text": text, "account": "official", "photo": False, "verdict": "block",
            "tags": [], "expected": [{"rule": "text.pupil_full_name", "text": "Alfred Mawer"},
                                     {"rule": "text.pupil_full_name", "text": "Isaac Hellier"},
                                     {"rule": "text.pupil_forename", "text": "Alf"},
                                     {"rule": "text.pupil_forename", "text": "Isaac"}]}  # fmt: skip

    def at(rule, word, nth=0):
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return {"rule": rule, "start": start, "end": start + len(word), "severity": "block"}

    full = [at("text.pupil_full_name", "Alfred Mawer"), at("text.pupil_full_name", "Isaac Hellier")]
    alone = [at("text.pupil_forename", "Alf", 1), at("text.pupil_forename", "Isaac", 1)]
    assert score([post], [("block", full + alone)]).recall() == 1.0
    assert score([post], [("block", full)]).recall() == 0.5


@pytest.mark.parametrize(
    "text, term",
    [
        # (the finding covers who died too: redaction removes both)
        ("We planted a cherry tree for Olivia's baby brother who died in October.",
         "brother who died"),
        ("Amir's grandad died at Easter, so please be gentle with him.", "grandad died"),
        ("Olivia has been quiet since the death of her nan.", "death of her nan"),
        ("It is Amir's first Christmas without his paati, so he made her a card.",
         "first Christmas without his"),
        ("Olivia had her first Eid without her abo this year.", "first Eid without her"),
        ("Amir's first Christmas in the new flat after the women's shelter.", "women's shelter"),
        ("Olivia gets wheezy in the cold, so she stays in at break.", "wheezy"),
    ],
)  # fmt: skip
def test_a_death_in_the_pupils_family_a_shelter_and_a_wheeze(circumstance_finder, text, term):
    assert term in [c[1] for c in circumstance_finder(text)], circumstance_finder(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olivia read a poem about the day her hamster died.",
        "Amir told us how the Queen's death was announced in 2022.",
        "Olivia's first day without her mum at nursery went brilliantly!",
    ],
)
def test_a_death_outside_the_family_or_a_first_day_is_no_circumstance(circumstance_finder, text):
    assert circumstance_finder(text) == []


def test_a_lower_case_abbreviation_does_not_end_a_sentence():
    from clearpost.detect.text.circumstances import sentences_of

    text = ("New starter: Olivia B, d.o.b. 30 Jan 2019, newly diagnosed sickle cell. "
            "Meet at 3 p.m. today.")  # fmt: skip
    said = [text[a:b].strip() for a, b in sentences_of(text)]
    assert said == ["New starter: Olivia B, d.o.b. 30 Jan 2019, newly diagnosed sickle cell.",
                    "Meet at 3 p.m. today."]  # fmt: skip


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mrs Cheung has kindly offered, email her at anitac.hk (at) gmail (dot) com",
         "anitac.hk@gmail.com"),
        ("to book a stall write to rosangela.souza.festa (arroba) gmail.com",
         "rosangela.souza.festa@gmail.com"),
    ],
)  # fmt: skip
def test_an_email_after_a_pronoun_and_written_with_arroba(text, value):
    assert value in [s.value for s in find_contacts(text) if s.entity == "EMAIL"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("new address for nan: plot 9 up the private site on Sheephurst Lane, the grey gate.",
         "plot 9 up the private site on Sheephurst Lane"),
        ("pitch 3 on the Pennyfields site, Laddingford Road, the last trailer on the left",
         "pitch 3 on the Pennyfields site, Laddingford Road"),
        ("She lives in van 12 at Sunnyvale Park now.", "van 12 at Sunnyvale Park"),
    ],
)  # fmt: skip
def test_a_plot_or_pitch_on_a_site_is_a_home(text, address):
    assert address in [text[s.start : s.end] for s in find_contacts(text)]


@pytest.mark.parametrize(
    "text",
    ["Our plot 4 at the allotment site is growing well.", "Please park in bay 3 of the car park."],
)
def test_an_allotments_or_car_parks_plot_is_no_home(text):
    assert [s for s in find_contacts(text) if s.entity == "ADDRESS"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Fossil hunting after reading about Mary Anning, the girl from Lyme Regis.",
        "A warm welcome to our new boarders from Hong Kong and Kuala Lumpur!",
        "Romany Gypsy and Irish Traveller families have worked these hop gardens for generations.",
        "Happy Thai Pongal to all our Tamil families!",
    ],
)
def test_places_and_peoples_of_two_capitalised_words_are_no_private_adult(nursery, text):
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == [], nursery(text)


def test_a_parent_whose_name_is_also_a_place_is_still_a_private_adult(nursery):
    # GeoNames has a Glen Allen and a Mary Esther; models/build_places.py leaves them out.
    found = nursery("Thanks to Glen Allen and Mary Esther for running the tombola.")
    assert [f[1] for f in found if f[0] == "OTHER_PERSON"] == ["Glen Allen", "Mary Esther"], found


@pytest.mark.parametrize(
    "text",
    [
        "Our chess club watched Magnus Carlsen's endgames this week.",
        "Year 5 read poems by Taras Shevchenko and Lesya Ukrainka for Ukrainian Independence Day.",
        "Nasheed of the week: Yusuf Islam's A is for Allah.",
    ],
)
def test_the_worlds_famous_people_are_no_private_adult(nursery, text):
    # Pantheon 1.0's names (models/build_famous_people.py): no hand-written line holds them.
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == [], nursery(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # "Ahmed I" and "Li Na" are in Pantheon; the build leaves out regnal forms and names
        # with a word of two letters, and a common given name with a common surname.
        ("Thanks to Li Na Zhou and Sultana Begum for the henna stall.", ["Li Na Zhou"]),
        (
            "Thank you to James Brown and Adam Smith for the new benches.",
            ["James Brown", "Adam Smith"],
        ),
    ],
)
def test_a_parent_whose_name_a_famous_person_shares_is_still_private(nursery, text, names):
    found = [f[1] for f in nursery(text) if f[0] == "OTHER_PERSON"]
    assert all(n in found for n in names), nursery(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Three pages of a letter this morning! #ProudOfYouAurora", "Aurora"),
        ("Star writer of the week #WellDoneJacob", "Jacob"),
    ],
)
def test_a_forename_closing_a_hashtag_is_the_pupil(nursery, text, name):
    assert ("PUPIL_FORENAME", name) in nursery(text), nursery(text)


def test_a_word_name_closing_a_hashtag_is_the_word(nursery):
    found = nursery("Guinea pig of the week #GoldenRuby #TeamKit")
    assert [f for f in found if f[0] == "PUPIL_FORENAME"] == [], found


@pytest.mark.parametrize(
    "text, term",
    [
        ("Olivia wrote three pages to her dad who's in Elmley.", "in Elmley"),
        ("Amir has a family visit at Swaleside on Saturday, so he'll be tired Monday.",
         "at Swaleside"),
        ("Olivia's uncle is in Wormwood Scrubs again.", "in Wormwood Scrubs"),
    ],
)  # fmt: skip
def test_a_prison_by_its_name_is_a_family_circumstance(circumstance_finder, text, term):
    assert term in [c[1] for c in circumstance_finder(text)], circumstance_finder(text)


def test_a_rank_is_no_part_of_a_name(nursery):
    found = nursery("Thanks to Sqn Ldr Frean and Flt Lt Penhale, and to Sgt Lee Fenwick, a dad.")
    assert [f[1] for f in found if f[0] == "OTHER_PERSON"] == ["Lee Fenwick"], found


@pytest.mark.parametrize(
    "text, address",
    [
        ("In honour of the Year 9 Animal Farm unit, welcome Napoleon.", None),
        ("Group 2 Meadow Farm visit is on Friday.", None),
        ("the family are in Room 12, Olympic Way Guest House", "12, Olympic Way Guest House"),
        ("new address: 12 Hill Farm, by the church", "12 Hill Farm"),
    ],
)  # fmt: skip
def test_a_number_that_counts_a_schools_things_is_no_house_number(text, address):
    found = [text[s.start : s.end] for s in find_contacts(text) if s.entity == "ADDRESS"]
    assert found == ([address] if address else []), found


@pytest.fixture(scope="module")
def pet_forms():
    """The real detector with pupils whose pet forms and preferred names posts use."""
    pupils = [_pupil("P1", "Grace", "Appleby"), _pupil("P2", "Reuben", "Stokes"),
              _pupil("P3", "Bridget", "Ward", "Biddy"), _pupil("P4", "Milan", "Kovac"),
              _pupil("P5", "Mariam", "Begum"), _pupil("P6", "Maryam", "Ali"),
              _pupil("P7", "Mohammed", "Hussain", "Ali")]  # fmt: skip
    return _real_findings("pet_forms", pupils)


def test_a_pet_form_of_a_pupil_named_in_the_post_is_the_pupil(pet_forms):
    found = pet_forms("Congratulations to Grace Appleby on the prize! So proud of you Gracie x")
    assert [(f.entity, f.text) for f in found] == [
        ("PUPIL_FULL_NAME", "Grace Appleby"), ("PUPIL_FORENAME", "Gracie")]  # fmt: skip
    assert [f.text for f in pet_forms("So proud of you Gracie x")] == []


def test_two_pupils_forenames_listed_without_a_comma_are_the_pupils(pet_forms):
    found = pet_forms("Reuben Biddy and Milan all got through to the county final!")
    assert [(f.entity, f.text) for f in found] == [
        ("PUPIL_FORENAME", "Reuben"),
        ("PUPIL_FORENAME", "Biddy"),
        ("PUPIL_FORENAME", "Milan"),
    ]
    adult = pet_forms("My email is below (I'm Mariam Ali, not Maryam the Y11, she's my niece!)")
    assert ("OTHER_PERSON", "Mariam Ali") in [(f.entity, f.text) for f in adult], adult


@pytest.mark.parametrize(
    "text, term",
    [
        ("Could the TA check Olivia's head again? Nits for six weeks now and no treatment from "
         "home.", "Nits"),
        ("Amir is back today. Arm in a sling after the fall at the weekend, so no PE.",
         "Arm in a sling"),
    ],
)  # fmt: skip
def test_a_notes_next_line_without_a_subject_goes_on_about_the_pupil(circumstance_finder, text,
                                                                      term):  # fmt: skip
    assert any(term in c[1] for c in circumstance_finder(text)), circumstance_finder(text)


def test_a_next_line_that_speaks_to_the_reader_is_about_nobody(circumstance_finder):
    text = "Well done to Olivia for her reading award. Please keep the hall clear of bags."
    assert circumstance_finder(text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Our little Olivia has a Christmas birthday 🎄 she turns five on the 25th so cake on "
         "Friday!", "the 25th"),
        ("Amir turns 16 tomorrow (the 6th)!", "the 6th"),
        ("Happy 18th Olivia! 18 years ago today, 7th Nov, you arrived.", "7th Nov"),
    ],
)  # fmt: skip
def test_an_age_reached_on_a_day_is_the_named_pupils_date_of_birth(circumstance_finder, text,
                                                                    date):  # fmt: skip
    find = _real_findings(
        "units", [_pupil("L801200015001", "Olivia", "Barker"), _pupil("X6", "Amir", "Rahman")]
    )
    assert date in [f.text for f in find(text) if f.entity == "DATE_OF_BIRTH"], find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Radio practice on the night exercise: Oscar Papa Whisky, this is Charlie Section, over.",
        "Slava Ukraini to all our Ukrainian families, and Insha Allah we meet again soon.",
        "Naya Barsha and Ayo Gorkhali from our Nepali families!",
    ],
)
def test_call_signs_units_and_greetings_are_no_private_adult(nursery, text):
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == [], nursery(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meet Ruby and Kit, our new Year 1 guinea pigs 🐹🐹 The children chose the names.",
        "Meet Aurora! 🐐 Our school goat came to visit and ate a worksheet.",
        "Nursery's favourite book this week: Aurora the Dinosaur 🦖 by Liz Climo.",
    ],
)
def test_a_pet_or_a_books_hero_is_no_pupil(nursery, text):
    assert [f for f in nursery(text) if f[0].startswith("PUPIL")] == [], nursery(text)


def test_pupils_with_an_apposition_that_is_no_animal_are_pupils(nursery):
    found = nursery("Well done Ruby and Jacob, our new Year 1 reading champions!")
    assert [f[1] for f in found if f[0] == "PUPIL_FORENAME"] == ["Ruby", "Jacob"], found
    # a nursery's babies are its pupils; the nativity's sheep are pupils in costume
    found = nursery("Lots of giggles in the baby room today, baby Jacob loved the bubbles!")
    assert [f[1] for f in found if f[0] == "PUPIL_FORENAME"] == ["Jacob"], found
    found = nursery("Our nativity stars: Ruby and Jacob, the two sheep, stole the show!")
    assert [f[1] for f in found if f[0] == "PUPIL_FORENAME"] == ["Ruby", "Jacob"], found


def test_a_name_honoured_once_is_the_same_public_person_later(nursery):
    text = "Our guest was Sir Keith Brampton, the explorer. Keith Brampton told us about Everest."
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == [], nursery(text)
    text = "Thanks to Keith Brampton, Ruby's grandad, and to Keith Brampton's dog Bess."
    assert ("OTHER_PERSON", "Keith Brampton") in nursery(text), nursery(text)


def test_a_quoted_name_that_means_a_word_is_the_word(nursery):
    found = nursery('"Aurora" means dawn in Latin. Year 3 wrote poems about the morning.')
    assert [f for f in found if f[0].startswith("PUPIL")] == [], found


def test_a_circumstance_either_side_of_the_name_is_found_on_both_sides(circumstance_finder):
    text = ("It's been a long journey but we're so happy that Olivia is going home to her mam "
            "at Christmas. Her carers and her family have worked so hard.")  # fmt: skip
    found = [c[1] for c in circumstance_finder(text)]
    assert any(f.startswith("is going home to her mam") for f in found), found


def test_a_stretch_after_a_name_keeps_its_first_letter(circumstance_finder):
    # The trim after a pupil's name once took "'s" as letters to strip: "said" became "aid".
    text = "Olivia said her dad has left home for good and her mum cries every night."
    found = [c[1] for c in circumstance_finder(text)]
    assert found and not any(f.startswith("aid ") for f in found), found


@pytest.mark.parametrize(
    "text, hit",
    [
        ("Olivia came in her uncle's suit because her mum's away till the summer.",
         "mum's away till the"),
        ("As you know Amir's daddy's been away since the summer, so be gentle.",
         "daddy's been away since"),
        ("Olivia's mum is away until Friday at a conference.", None),
    ],
)  # fmt: skip
def test_a_parent_away_for_long_is_a_family_circumstance(text, hit):
    import spacy

    from clearpost.detect.text.circumstance_terms import term_hits
    from clearpost.detect.text.text_pii import SPACY_MODEL

    doc = spacy.load(SPACY_MODEL)(text)
    words = [text[h.start : h.end] for h in term_hits(doc) if h.category == "family" and h.strong]
    assert words == ([hit] if hit else []), words


# Session 16: sets 34-39's read halves.
@pytest.fixture(scope="module")
def islands():
    """The real detector with pupils from an Irish-medium, a Jersey and a Sikh school:
    text -> [(entity, text)]."""
    pupils = [_pupil("I1", "Ailbhe", "Nic Aodha"), _pupil("I2", "Tadhg", "Ó Murchú"),
              _pupil("I3", "Donnchadh", "Ó Néill", "Donncha"),
              _pupil("I4", "Caolán", "Ó Ceallaigh"),
              _pupil("I5", "Siobhán", "Ní Bhaoill"), _pupil("I6", "Henry", "de Gruchy"),
              _pupil("I7", "Kai", "Le Brocq"), _pupil("I8", "Fateh", "Singh"),
              _pupil("I9", "Amira", "Mahmood"), _pupil("I10", "Precious", "Moyo")]  # fmt: skip
    find = _real_findings("islands", pupils)
    return lambda text: [(f.entity, f.text) for f in find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name ends at an emoji: the pupil, not a private adult "Ailbhe 💚 Finished"
        ("Welcome back Ailbhe 💚 Finished her chemo and back in Rang 4",
         ("PUPIL_FORENAME", "Ailbhe")),
        # an Irish diminutive of a pupil's forename
        ("Tadhgín agus a mhamó 😍 Tadhgín showed his granny his book.",
         ("PUPIL_FORENAME", "Tadhgín")),
        # the surname anglicised, and surname first with its particle
        ("Captain Donncha O'Neill lifting the cup!", ("PUPIL_FULL_NAME", "Donncha O'Neill")),
        ("Cover note: Ó Ceallaigh Caolán (Rang 5) at 12.15.",
         ("PUPIL_FULL_NAME", "Ó Ceallaigh Caolán")),
        # initials with a surname's particle, and dotted capitals before a person's verb
        ("Nearly cried when H.d.G.'s mum rang.", ("PUPIL_INITIALS", "H.d.G.")),
        ("A.M. came to find me at break.", ("PUPIL_INITIALS", "A.M.")),
        # a sentence's first word is no part of another adult's name
        ("Could Kai's mum please collect his folder?", ("PUPIL_FORENAME", "Kai")),
        ("Precious is 19 today!", ("PUPIL_FORENAME", "Precious")),
        # a sign-off, and a particle inside another adult's name
        ("Lost: a silver medal. -Áine Quinn", ("OTHER_PERSON", "Áine Quinn")),
        ("Please forward the photos to Declan Ó Néill, Kai's godfather.",
         ("OTHER_PERSON", "Declan Ó Néill")),
    ],
)  # fmt: skip
def test_names_as_irish_jersey_and_sikh_schools_write_them(islands, text, expected):
    assert expected in islands(text), islands(text)


@pytest.mark.parametrize(
    "text",
    [
        # staff titled in Irish, a surname with a particle after a title
        "A big welcome to Múinteoir Aoife and welcome back Múinteoir Ciarán.",
        "Please speak to Mrs Nic Giolla Easpaig or An tUasal Mac Cormaic.",
        # a hashtag and the word after it, an Irish organisation, an honorific of a history
        "Réalta na Seachtaine ⭐ #Siobhán Maith sibh!",
        "Céilí on Friday in Cumann Lúthchleas Gael Lámh Dhearg.",
        "The story of Baba Zorawar Singh and Baba Fateh Singh, and Mata Gujri Ji.",
        "Doors open at 8 A.M. sharp.",
    ],
)
def test_titles_particles_and_honorifics_are_no_private_adult_or_pupil(islands, text):
    found = islands(text)
    assert not [f for f in found if f[0] in ("OTHER_PERSON", "PUPIL_FULL_NAME", "PUPIL_INITIALS")]
    assert not [f for f in found if f[0] == "PUPIL_RECORD"], found


@pytest.mark.parametrize(
    "text, term",
    [
        ("Sending love to the Sandhu family. Amir lost his bibi on Tuesday.", "lost his bibi"),
        ("Thinking of Olivia today. Her granda was shot dead in 1988.", "Her granda was shot dead"),
        ("Amir's uncle was killed in a crash last month.", "uncle was killed"),
        ("Olivia's family are at the inquest all week.", "inquest"),
        ("Attendance: Olivia below 85% - EWO referral this week.", "EWO referral"),
        ("Strat meeting re Amir moved to 2pm.", "Strat meeting"),
        ("Families on income support like Olivia's can speak to us.", "income support"),
        ("Amir has a new radio aid this term!", "radio aid"),
    ],
)  # fmt: skip
def test_a_death_by_any_verb_and_the_welfare_words_of_more_schools(circumstance_finder, text,
                                                                   term):  # fmt: skip
    assert term in [c[1] for c in circumstance_finder(text)], circumstance_finder(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amir lost his football at the park.",
        "Olivia's nan lost her purse on the trip.",
        "Amir's team lost 3-1 on Saturday.",
        "Olivia was dead good in the play!",
        "Amir killed it at the talent show!",
    ],
)
def test_losing_a_thing_or_a_match_is_no_death(circumstance_finder, text):
    assert circumstance_finder(text) == [], circumstance_finder(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Can anyone give her a lift? She's above the sweet shop on Stoke Road, opposite the "
         "petrol station.", "above the sweet shop on Stoke Road, opposite the petrol station"),
        ("I'll drop it round to his flat in Tower House, 3rd floor on my way home.",
         "his flat in Tower House, 3rd floor"),
        ("They're at Room 14, Greenview Hotel, Great Cambridge Road for now.",
         "Room 14, Greenview Hotel, Great Cambridge Road"),
        ("Please collect the folder from 6 Les Charrières de Samarès.",
         "6 Les Charrières de Samarès"),
        ("Her party is at her house, Maison Bleue, La Rue du Sacré Cœur.",
         "Maison Bleue, La Rue du Sacré Cœur"),
        ("Car boot at Les Vaux Farm, La Rue du Bouillon on Sunday.",
         "Les Vaux Farm, La Rue du Bouillon"),
    ],
)  # fmt: skip
def test_homes_by_a_landmark_a_block_a_hotel_room_and_french_streets(text, address):
    folded = fold(text).text  # as the detectors read it: accents folded
    found = [folded[s.start : s.end] for s in find_contacts(folded) if s.entity == "ADDRESS"]
    assert fold(address).text in found, found


@pytest.mark.parametrize(
    "text",
    [
        "We meet over the road at the hall on Church Street.",
        "Our class is above the library on Mill Road.",
        "Meet in Room 14, Science Block.",
        "Visit us at La Rue de la Rocque, St Clement.",
    ],
)
def test_venues_rooms_and_a_street_alone_are_no_home(text):
    assert not [s for s in find_contacts(fold(text).text) if s.entity == "ADDRESS"]


def test_an_email_with_a_number_said_after_the_name():
    spans = find_contacts("email me aine dot quinn 84 at gmail 🙏")
    assert [s.value for s in spans if s.entity == "EMAIL"] == ["aine.quinn84@gmail"]


def test_a_date_straight_after_an_age_reached_today_is_a_date_of_birth():
    text = "Precious is 19 today!! 🥳 24.01.2007 Proud"
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == ["24.01.2007"]


def test_the_next_sentence_may_say_the_person_is_public(found):
    text = ("Thank you Curtis Davies and Michael Dawson for coming to our awards night. Two "
            "Hull City defenders who played at Wembley!")  # fmt: skip
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)
    text = "Thank you Jane Hargreaves for coming to read to Year 2. She brought her dog Biscuit!"
    assert ("OTHER_PERSON", "Jane Hargreaves") in found(text)


def test_surname_first_with_a_forename_of_two_words():
    index = NameIndex([_pupil("T1", "Ngoc Anh", "Tran")], [])
    found = [(m.entity, "Exams: A2114 (Tran, Ngoc Anh) is missing."[m.start : m.end])
             for m in find_names("Exams: A2114 (Tran, Ngoc Anh) is missing.", index)]  # fmt: skip
    assert ("PUPIL_FULL_NAME", "Tran, Ngoc Anh") in found, found


def test_a_date_after_birthday_and_its_cheer_is_a_date_of_birth():
    text = "It's my birthday!! 19 July and the girls decorated my room"
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == ["19 July"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Drop it to Gavin at Chy Gwyns, Back Lane, please.", "Chy Gwyns, Back Lane"),
        ("They live at Tigh na Mara, Shore Road now.", "Tigh na Mara, Shore Road"),
    ],
)
def test_a_house_named_with_the_word_for_house_first(text, address):
    found = [text[s.start : s.end] for s in find_contacts(text) if s.entity == "ADDRESS"]
    assert address in found, found


@pytest.mark.parametrize(
    "text, term",
    [
        ("Well done Olivia! She's from a Romany Gypsy family and taught us about the fair.",
         "Romany Gypsy"),
        ("New starter: Amir Rahman. Catholic family, prefers fish on Fridays.", "Catholic"),
        ("Amir and his Muslim family came to the iftar.", "Muslim"),
    ],
)  # fmt: skip
def test_the_family_a_pupil_comes_from_tells_their_religion_or_people(circumstance_finder, text,
                                                                       term):  # fmt: skip
    assert term in [c[1] for c in circumstance_finder(text)], circumstance_finder(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Olivia Barker. Muslim families are welcome at the iftar.",
        "Thanks to Olivia Barker. Muslim family day is on Sunday.",
    ],
)
def test_families_of_a_faith_in_general_are_nobodys_religion(circumstance_finder, text):
    assert circumstance_finder(text) == [], circumstance_finder(text)


def test_happy_birthday_in_other_languages_and_initials_of_two_forenames():
    index = NameIndex([_pupil("A1", "Athena", "Georgiou"), _pupil("M1", "Maria Clara", "Santos")],
                      [])  # fmt: skip
    for text, name in (("Χρόνια πολλά Athena 🎂", "Athena"),
                       ("Medals for Paolo and M.C.S. – well done!", "M.C.S.")):  # fmt: skip
        folded = fold(text).text
        assert name in [folded[m.start : m.end] for m in find_names(folded, index)], text


def test_a_date_with_dots_is_no_phone_number_and_a_one_word_street_before_its_town():
    text = "Happy birthday! 🎂 12.03.2017 – 8 today!"
    assert not [s for s in find_contacts(text) if s.entity == "PHONE"]
    text = "please send the report to them at 2 Leaside, Gulberwick, not to mum"
    found = [text[s.start : s.end] for s in find_contacts(text) if s.entity == "ADDRESS"]
    assert found == ["2 Leaside"]
    assert not [s for s in find_contacts("Year 6 Eastfield, Leeds trip") if s.entity == "ADDRESS"]


@pytest.mark.parametrize(
    "text, term",
    [
        ("Amir is Kurdish and speaks three languages.", "Kurdish"),
        ("Olivia's family are Seventh-day Adventist, so no Saturday matches.", "Adventist"),
    ],
)
def test_a_people_or_a_faith_said_of_a_pupil(circumstance_finder, text, term):
    assert any(term in c[1] for c in circumstance_finder(text)), circumstance_finder(text)


def test_a_language_named_beside_a_pupil_is_no_ones_people(circumstance_finder):
    text = "Olivia's library corner has books in Punjabi, Urdu, Polish and Somali now."
    assert circumstance_finder(text) == [], circumstance_finder(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Amir's grandad passed last week.", "grandad passed"),
        ("Olivia is not to be collected by her dad under any circumstances.",
         "not to be collected by her dad"),
        ("Amir's mum must not collect him.", "mum must not collect"),
        ("Olivia should never be handed to her father.", "never be handed to her father"),
    ],
)  # fmt: skip
def test_a_death_without_away_and_who_may_not_collect(circumstance_finder, text, words):
    assert ("family", words) in circumstance_finder(text), circumstance_finder(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amir's brother passed his driving test!",
        "Olivia's sister passed the ball to her and she scored.",
        "Well done Olivia! Parents, please do not collect before 3.15 on Friday.",
    ],
)
def test_passing_something_and_a_collection_time_are_no_circumstance(circumstance_finder, text):
    assert circumstance_finder(text) == [], circumstance_finder(text)


def test_a_family_in_a_class_evicted_is_a_circumstance_without_a_name(circumstance_finder):
    text = ("a family from my Year 1 class got evicted on Friday and are sleeping on their "
            "cousin's floor - 3 kids.")  # fmt: skip
    assert any("evicted" in words for _, words in circumstance_finder(text))


def test_an_age_reached_after_a_comma_and_a_cut_off_date_for_admissions():
    text = "He'll be the youngest in the class to turn 5, on 30th August 🎈"
    assert [text[s.start : s.end] for s in dates_of_birth(text)] == ["30th August"]
    assert dates_of_birth("Children who turn 3 before 31 August 2026 can start in nursery.") == []


def test_surname_first_without_a_comma_and_a_forename_spelt_as_it_sounds():
    pupils = [_pupil("C1", "Hoi Ching", "Lam"), _pupil("J1", "Ha-eun", "Jung"),
              _pupil("M1", "Mohamed", "Osman")]  # fmt: skip
    find = _real_findings("surname-first", pupils)  # the parse's English words are needed
    for text, name in (("Please welcome Lam Hoi Ching to Willow class.", "Lam Hoi Ching"),
                       ("K-pop club with JUNG HA-EUN, Sophie and Yuna.", "JUNG HA-EUN"),
                       ("Well done Mohammed Osman for the poster.", "Mohammed Osman")):  # fmt: skip
        found = [(f.entity, f.text) for f in find(text)]
        assert ("PUPIL_FULL_NAME", name) in found, found


@pytest.mark.parametrize(
    "text, name",
    [
        # "her grandad" is Hope's: after an emoji as much as at a sentence's start
        ("Stay and play 🧸 Hope and her grandad built the tallest tower.", "Hope"),
        # a forename that is no English word is no word in a list ("shot put and ...")
        ("Jericho won the shot put and Chidera the long jump.", "Chidera"),
    ],
)
def test_a_word_name_with_her_own_family_and_a_name_after_a_word(pupil_names_found, text, name):
    assert name in [t for e, t, _ in pupil_names_found(text) if e == "PUPIL_FORENAME"]


def test_a_season_that_is_nearly_here_is_nobody(pupil_names_found):
    text = "Summer's nearly here ☀️ Summer uniform (polo, black trousers) from Monday."
    assert pupil_names_found(text) == [], pupil_names_found(text)


@pytest.mark.parametrize(
    "text", ["Fun fact: Sir William Arrol & Co built it.", "Thanks to Dave Smith and Sons."]
)
def test_a_firm_named_after_its_founder_is_no_private_adult(found, text):
    assert not [f for f in found(text) if f[0] == "OTHER_PERSON"], found(text)


@pytest.mark.parametrize(
    "text, dob",
    [
        ("Honey's birthday cake - she's 5 on the eighteenth and I forgot!", "the eighteenth"),
        ("happy birthday to my baby girl born 5 th of august at home", "5 th of august"),
        ("Precious's 13th is on Tuesday, 8th December, so a quiet card please", "8th December"),
    ],
)
def test_a_day_in_words_a_spaced_ordinal_and_someones_ordinal_birthday(text, dob):
    from clearpost.detect.text.dates import aged_days

    found = [text[s.start : s.end] for s in dates_of_birth(text)]
    found += [text[a:b] for a, b in aged_days(text)]
    assert dob in found, found


@pytest.mark.parametrize(
    "text", ["We meet on the first and third Monday.", "Year 6's 2nd match is on 3 May."]
)
def test_ordinals_that_are_no_birthday(text):
    from clearpost.detect.text.dates import aged_days

    assert dates_of_birth(text) == [] and aged_days(text) == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("Saturday at ours – Penmorva, Tregarrick Lane – 2 till 4!", "Penmorva, Tregarrick Lane"),
        ("or pop round to Chy-an-Mor, Quay Road on a Weds", "Chy-an-Mor, Quay Road"),
        ("the flat above the chip shop in Sandwick is tiny",
         "the flat above the chip shop in Sandwick"),
    ],
)  # fmt: skip
def test_a_house_by_its_own_name_where_words_say_it_is_a_home(text, address):
    found = [text[s.start : s.end] for s in find_contacts(text) if s.entity == "ADDRESS"]
    assert address in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Pop in to Greggs, Bridge Street for a treat",
        "come round to St Mary's, Church Lane on Sunday",
        "the house opposite the school on Monday was loud",
    ],
)
def test_a_shop_a_church_or_a_day_is_no_home(text):
    assert not [s for s in find_contacts(text) if s.entity == "ADDRESS"]


def test_the_asylum_systems_words_for_a_child(circumstance_finder):
    text = "Data office: Amir Rahman's age dispute has been settled."
    assert ("immigration", "age dispute") in circumstance_finder(text), circumstance_finder(text)


def test_a_pupil_whose_surname_is_the_schools_town_is_still_the_pupil():
    from clearpost.detect.text.text_pii import shared_text_detector

    detector = shared_text_detector()
    detector.load()
    detector.use_register("town-surname", lambda: ([_pupil("B1", "Harley", "Brandon")], []))
    school = {"name": "Lakenheath Fen Primary School", "address": "Wash Drove, Brandon, Suffolk"}
    found = [(f.entity, f.text) for f in detector.find("Well done Harley Brandon!", school)]
    assert ("PUPIL_FULL_NAME", "Harley Brandon") in found, found
    # the school's own address is still the school's
    found = detector.find("Lakenheath Fen Primary School, Wash Drove, Brandon", school)
    assert not [f for f in found if f.entity == "ADDRESS"], found


def test_a_young_carer_in_dialect_and_a_court_to_play_on(circumstance_finder):
    text = "Amir helps look after his mam and his little sister at home."
    assert "care" in [c for c, _ in circumstance_finder(text)], circumstance_finder(text)
    for text in ("Olivia scored twice on court today.",
                 "Olivia was brilliant on the netball court today."):  # fmt: skip
        assert circumstance_finder(text) == [], circumstance_finder(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("First day back for Summer since her mam's funeral. She went to the goats.", "Summer"),
        ("Great to see Hope back on court after six weeks out!", "Hope"),
    ],
)
def test_a_word_name_by_her_own_family_or_back_in_the_team(pupil_names_found, text, name):
    assert name in [t for e, t, _ in pupil_names_found(text) if e == "PUPIL_FORENAME"]


def test_a_season_with_somebodys_family_after_it_is_still_the_season(pupil_names_found):
    assert pupil_names_found("Over the Summer her mum came to help.") == []


def test_a_hotel_then_the_room_a_family_is_housed_in():
    text = "moved to a different hotel again, this time the Linthorpe Lodge Hotel, room 214."
    found = [text[s.start : s.end] for s in find_contacts(text) if s.entity == "ADDRESS"]
    assert found == ["Linthorpe Lodge Hotel, room 214"], found
    assert not find_contacts("The Premier Inn room was lovely")


def test_a_condition_named_by_its_discoverer_alone(circumstance_finder):
    text = "Amir Rahman – Crohn's flare-up, home learning this week."
    assert "health" in [c for c, _ in circumstance_finder(text)], circumstance_finder(text)


def test_a_pupil_named_as_the_schools_town_is_the_pupil_where_the_words_say_so():
    from clearpost.detect.text.text_pii import shared_text_detector

    detector = shared_text_detector()
    detector.load()
    detector.use_register("town-forename", lambda: ([_pupil("B2", "Brandon", "Smith")], []))
    school = {"name": "Lakenheath Fen Primary School", "address": "Wash Drove, Brandon, Suffolk"}

    def found(text):
        return [(f.entity, f.text) for f in detector.find(text, school)]

    assert ("PUPIL_FORENAME", "Brandon") in found("Brandon has a nut allergy.")
    assert ("PUPIL_RECORD", "nut allergy") in found("Brandon has a nut allergy.")
    for place in ("Our trip to Brandon Country Park was fun.", "We love living in Brandon!",
                  "Lakenheath Fen Primary School, Brandon"):  # fmt: skip
        assert found(place) == [], found(place)


@pytest.fixture(scope="module")
def session18():
    """The real detector with a register of word-names, gods' names and initials that the
    blind sets of session 18 (sets 50-54) brought: text -> [(entity, text)]."""
    pupils = [
        _pupil("S1", "Connor", "McKenna"), _pupil("S2", "Maggie", "Quinn"),
        _pupil("S3", "Hope", "Farley"), _pupil("S4", "Wiktoria", "Nowak"),
        _pupil("S5", "Carlton", "Reid"), _pupil("S6", "Maisie", "Ridley"),
        _pupil("S7", "Sonny", "Dodd"), _pupil("S8", "Lily-Rose", "Errington"),
        _pupil("S9", "Megan", "Charlton"), _pupil("S10", "Ryan", "Gallagher"),
        _pupil("S11", "Precious", "Oyelaran"), _pupil("S12", "Durga", "Basnet"),
        _pupil("S13", "Tharun", "Kumar"), _pupil("S14", "Ganesh", "Nadarajah"),
        _pupil("S15", "Grace", "Bell"), _pupil("S16", "Summer", "Wood"),
    ]  # fmt: skip
    staff = [StaffView("af", "Mrs", "Alison", "Forster", "Head", "Mrs Forster", True, False)]
    return _entities("session18", pupils, staff)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comma and "and" after a saint's name joins a new clause, not a list of saints
        ("Maggie took the name Columba after St Columba, and Connor chose Patrick.",
         ("PUPIL_FORENAME", "Connor")),
        # a child's initials as an item between two names of a list
        ("Team 3 - Hope, A.O., Wiktoria and Carlton - navigated without getting lost!",
         ("PUPIL_FORENAME", "Hope")),
        # "M.R." with two dots is no "Mr"; "L-R." is a hyphened forename's initials
        ("Funny chat in the line today with M.R. & S.D. about Hadrian's wall",
         ("PUPIL_INITIALS", "M.R.")),
        ("Young handlers at the show: L-R.E. with the family's gimmers",
         ("PUPIL_INITIALS", "L-R.E.")),
        # a word-name in lower case as the subject of a sentence about her
        ("note for the trip - precious has her asthma inhaler in her bag, pls check",
         ("PUPIL_FORENAME", "precious")),
        # ... or with a listed circumstance after the verb, and no pronoun
        ("no eggs at all please as precious has a severe egg allergy. thanks everyone!",
         ("PUPIL_FORENAME", "precious")),
        # a goddess's name with a pupil's number after it
        ("CME list: Tharun (X310541221141) and Durga (D310541220144) - no contact.",
         ("PUPIL_FORENAME", "Durga")),
    ],
)  # fmt: skip
def test_session18_names_found(session18, text, expected):
    assert expected in session18(text), session18(text)


@pytest.mark.parametrize(
    "text",
    [
        "We learnt about St Peter, Andrew, and James.",
        '"Miss, is Ganesh ji allowed to eat all the laddoos?" - Year 1 RE, 10/10 question.',
        "Grace before meals this week is led by P4.",
        "faith is what keeps her going",
        "Hope is the theme of our bereavement workshop.",
        "Summer Fayre raised £2,340! Thank you all.",
        "Hari Om and thank you for everything, Mrs Forster.",
        "Year 11 Art trip to Tate Modern on 3 March.",
    ],
)
def test_session18_no_pupil_or_adult_in_words(session18, text):
    found = [f for f in session18(text) if f[0] in ("PUPIL_FORENAME", "OTHER_PERSON")]
    assert found == [], session18(text)


def test_staff_signing_with_an_initial_is_no_private_adult(session18):
    found = session18("Please contact the office with any questions.\n\nMrs A Forster, Headteacher")
    assert [f for f in found if f[0] == "OTHER_PERSON"] == [], found


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Ryan's da got sent down last week and the wee soul just sat at his desk.",
            "got sent down",
        ),
        (
            "Gan canny, Megan hinny. Losing your mam at nine isn't fair on anyone.",
            "Losing your mam",
        ),
    ],
)
def test_session18_circumstances(session18, text, words):
    assert ("PUPIL_RECORD", words) in session18(text), session18(text)


def test_a_parents_child_is_a_child_in_particular(session18):
    text = ("Spent my lunch with a dad who'd been told his visa refusal means his son can't "
            "stay past March.")  # fmt: skip
    assert ("PUPIL_RECORD", "visa") in session18(text), session18(text)
    assert session18("Thanks to Mr Jones and his son for fixing the fence.") == []


@pytest.mark.parametrize(
    "text",
    [
        # "a family" naming a thing, and a rule for whenever it happens: no child in particular
        "Pupil Equity Funding: this year our PEF funds a family learning worker and our "
        "breakfast club.",
        "Operation Encompass lets police tell us when a child has been affected by domestic "
        "abuse, so we can support them the next morning.",
    ],
)
def test_session18_no_unnamed_child(session18, text):
    assert [f for f in session18(text) if f[0] == "PUPIL_RECORD"] == [], session18(text)


def test_years_young_on_a_day_is_a_birthday_and_a_gods_is_not():
    from clearpost.detect.text.dates import dates_of_birth

    text = "Thanks to Margaret Teasdale (90 years young on 1st March!) for the proggy mats"
    assert [s.value for s in dates_of_birth(text)] == ["1st March"]
    assert dates_of_birth("Happy birthday Lord Krishna, whose birthday falls on 16th August") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pittville, Prestbury and Charlton Kings were well represented in the stands!",
        "Buses from Hessle, Cottingham, Anlaby and Kirk Ella run from 7.40am.",
        "The 17A will run between Kirkby, Norris Green and Liverpool ONE.",
        "A new youth club has opened in Norris Green.",
    ],
)
def test_a_place_whose_name_reads_as_a_persons_is_the_place_where_the_words_say(nursery, text):
    # models/build_places.py leaves "Charlton Kings" out of places.txt (Charlton is a given
    # name); home_places.txt has it, for the list and the preposition to tell.
    assert [f for f in nursery(text) if f[0] == "OTHER_PERSON"] == [], nursery(text)


def test_a_parent_named_like_a_place_is_still_a_private_adult(nursery):
    found = nursery("Thanks to Charlton Kings for running the tombola.")
    assert ("OTHER_PERSON", "Charlton Kings") in found, found


@pytest.fixture(scope="module")
def session18b():
    """The real detector with sets 55-57's shapes: a two-word forename that is also a
    footballer's name, word-names with their class, a class named after a boat."""

    def in_class(upn, forename, surname, class_name):
        return PupilView(upn, forename, surname, "", "Year 4", class_name,
                         f"{forename} {surname[0]}. (Year 4)", {}, False, None, 0, None, None,
                         False, True)  # fmt: skip

    pupils = [
        _pupil("T1", "João Pedro", "Silva"), in_class("T2", "Precious", "Okonkwo", "Kestrels"),
        in_class("T3", "Victory", "Obi", "Kestrels"),
        in_class("T4", "Coral", "Hewitt", "Lydia Eva"),
        _pupil("T5", "Liberty", "Bourne"), _pupil("T6", "Dominik", "Horvath"),
        _pupil("T7", "Nelson", "Rodrigues"), _pupil("T8", "Zain", "Hussain"),
    ]  # fmt: skip
    return _entities("session18b", pupils)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a register name that holds a public one is the pupil (public_people has the
        # footballer "Joao Pedro")
        ("MK Schools Chess: João Pedro Silva 1st!", ("PUPIL_FULL_NAME", "João Pedro Silva")),
        ("Kestrels - SILVA João Pedro", ("PUPIL_FULL_NAME", "SILVA João Pedro")),
        # a word-name with the school's class after it, after "and" and a word
        ("Victory for trying so hard with phonics, and Precious (Kestrels) for brilliant maths",
         ("PUPIL_FORENAME", "Precious")),
        # an award, then who has it
        ("Star of the week in Crabs class is Coral for counting to 20!",
         ("PUPIL_FORENAME", "Coral")),
        ("Star writer this week is Liberty with a brilliant diary entry.",
         ("PUPIL_FORENAME", "Liberty")),
        # a record's acronym after a name is no surname
        ("Dominik PEP meeting with the virtual school Tues 10am.", ("PUPIL_FORENAME", "Dominik")),
        ("Zain now living with his aunty in Tunstall till further notice.",
         ("PUPIL_RECORD", "living with his aunty")),
    ],
)  # fmt: skip
def test_session18b_found(session18b, text, expected):
    assert expected in session18b(text), session18b(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our value this week is Liberty.",
        "Our mural shows the Britannia Pier, Nelson's Monument and a seagull.",
        "PE days: Seals and Terns on Monday; Scroby and Lydia Eva on Wednesday.",
        "We have a child in school with a severe sesame allergy. Please avoid sending hummus.",
        "Press 3 for the Family Support Worker.",
    ],
)
def test_session18b_nothing_to_block(session18b, text):
    found = session18b(text)
    assert [f for f in found if f[0] in ("PUPIL_RECORD", "OTHER_PERSON")] == [], found
    assert ("PUPIL_FORENAME", "Liberty") not in found and ("PUPIL_FORENAME", "Nelson") not in found


@pytest.mark.parametrize(
    "text, date",
    [
        ("Happy birthday Kristian! 6 years old on Sunday 14th April", "14th April"),
        ("Happy 9th birthday Sneha Joseph! (2016-12-04)", "2016-12-04"),
    ],
)
def test_session18b_birthdays(text, date):
    from clearpost.detect.text.dates import dates_of_birth

    assert [s.value for s in dates_of_birth(text)] == [date]


def test_a_towns_birthday_is_no_date_of_birth():
    from clearpost.detect.text.dates import dates_of_birth

    text = "Milton Keynes was designated a new town on 23 January 1967 🎂 Happy birthday MK!"
    assert dates_of_birth(text) == []


def test_a_word_in_lower_case_near_a_festivals_date_is_no_birthday(session18):
    # "Ganesh" is on the register; "aarti" in lower case in a post written with capitals is
    # the prayer, not a pupil's birthday beside the date.
    text = "Happy birthday Lord Krishna! Janmashtami falls on Saturday 16th August – join us at "
    found = session18(text + "midnight ganesh aarti in the mandir.")
    assert [f for f in found if f[0] == "DATE_OF_BIRTH"] == [], found


@pytest.fixture(scope="module")
def session19():
    """The real detector with the word-names and preferred names that the blind sets of
    session 19 (sets 58-65) brought: text -> [(entity, text)]."""
    pupils = [
        _pupil("T1", "Faith", "Phillips"), _pupil("T2", "Eira", "Davies"),
        _pupil("T3", "Hope", "Farley"), _pupil("T4", "Charlie", "Mellor"),
        _pupil("T5", "Storm", "Hollis"), _pupil("T6", "May", "Leung"),
        _pupil("T7", "Juan José", "Cardona", "JJ"), _pupil("T8", "Era", "Hoxha"),
        _pupil("T9", "Avan", "Salih"), _pupil("T10", "Matilde", "Sousa"),
        _pupil("T11", "Lewis", "Byrne"), _pupil("T12", "Roma", "Ginova"),
        _pupil("Z917230521122", "Rahaf", "Kassab"), _pupil("K917230519137", "Omar", "Kassab"),
    ]  # fmt: skip
    return _entities("session19", pupils)


@pytest.mark.parametrize(
    "text, name",
    [
        # clauses side by side, each a child doing something
        ('Cards for my birthday 😭 Eira drew me as a mermaid and Faith wrote "best techer"',
         "Faith"),
        ("Sports Day 🏅 Hope won the egg and spoon, Charlie won the beanbag race and Storm... "
         "just wanted to lie on the field 😂", "Storm"),
        # a month's name with the class after it, in a birthday post
        ("Happy 6th birthday to our lovely May in Oak class! 🎂🎈", "May"),
        # capitals as the register writes the preferred name
        ("Quick one for 9 Bruce: JJ is staying with his aunt this week.", "JJ"),
        # spoken to: "please" and what to do
        ("Year 10 Science Museum trip: Era please remember your insulin pen and snacks.", "Era"),
    ],
)  # fmt: skip
def test_session19_names_found(session19, text, name):
    assert ("PUPIL_FORENAME", name) in session19(text), session19(text)


@pytest.mark.parametrize(
    "text",
    [
        "We saw the Betty Campbell statue in Central Square on our trip into town.",
        "Walked past the Dickie Lewis statue on my way to the train.",
        "Buona festa di San Giuseppe! Thank you for the zeppole.",
        "Our Catholic families celebrated the Feast of the Santo Niño today.",
        "For Roma History Month we looked at the paintings of Ceija Stojka.",
        "Kung Hei Fat Choi! Our Lanterns walked up to Gerrard Street.",
        "Year 6 were blown away by Les Misérables on Shaftesbury Avenue.",
    ],
)
def test_session19_no_pupil_or_adult(session19, text):
    found = [f for f in session19(text) if f[0] in ("PUPIL_FORENAME", "OTHER_PERSON")]
    assert found == [], session19(text)


@pytest.mark.parametrize(
    "text, words",
    [
        # "both" points back to the two pupils just named (by their numbers)
        ("Could the office chase the records for Z917230521122 and K917230519137? Both are "
         "asylum seekers so the old school was in Jordan.", "asylum seekers"),
        # the naming sentence points back: "It's for Avan Salih's family"
        ("Anyone know a Kurdish speaker who could help a family at their Home Office interview "
         "next week? It's for Avan Salih's family (I teach her).", "Home Office"),
        ("Operation Encompass came through this morning for Matilde. Police were at the house "
         "last night.", "Police were at the house"),
        ("Please tell Matilde's family about the restraint on Monday.", "restraint"),
        ("Rahaf's mum told us they're in a hotel till the council finds them somewhere.",
         "council finds them somewhere"),
        # a people the model knows and no list holds, said of the pupil with "be"
        ("Avan, who is Fujianese, taught the class to count to ten today.", "Fujianese"),
        ("Matilde has a new AAC device this week.", "AAC"),
        # a parent gone abroad for long or for good, said by the parse
        ("Avan told me at pickup that abba has gone to Bangladesh for good.",
         "abba has gone to Bangladesh for good"),
        ("Omar was upset at drop off. His dad went back to Brunei on Sunday for six months.",
         "went back to Brunei on Sunday for six months"),
        ("Era recorded one for her dad, who had to stay in Hong Kong.",
         "who had to stay in Hong Kong"),
    ],
)  # fmt: skip
def test_session19_circumstances(session19, text, words):
    found = [t for e, t in session19(text) if e == "PUPIL_RECORD"]
    assert any(words in t for t in found), session19(text)


@pytest.mark.parametrize(
    "text, date",
    [
        ("Little Robis was SO excited - his birthday is 17/02 and he brought sweets", "17/02"),
        ("HAPPY BIRTHDAY SADIA!!! 🎉 9 years old on 30/09", "30/09"),
        # "school" in the sentence before is no school's birthday (an emoji ends one too)
        ("My niece Tiana is in MY school now. She was born 19/07/2020.", "19/07/2020"),
        ("My niece Tiana is in MY school now 😂 she was born 19/07/2020", "19/07/2020"),
    ],
)
def test_session19_birthdays(text, date):
    from clearpost.detect.text.dates import dates_of_birth

    assert [s.value for s in dates_of_birth(text)] == [date]


@pytest.mark.parametrize(
    "text, value",
    [
        ("homework: owen.price[at]stannes-soho[dot]example", "owen.price@stannes-soho.example"),
        ("email magda.ferkova[at]peterborough-housing.example about it",
         "magda.ferkova@peterborough-housing.example"),
        ("write to head(at)ysgol.cymru", "head@ysgol.cymru"),
    ],
)  # fmt: skip
def test_an_at_in_brackets_hides_an_email_whatever_its_ending(text, value):
    from clearpost.detect.text.contact import emails

    assert [s.value for s in emails(text)] == [value]


def test_dotted_initials_that_spell_an_abbreviation_in_a_list_of_pupils(session19):
    # "B.C." is also an era; between pupils' names in a list it is a child
    register = [_pupil("B1", "Bilal", "Choudhury"), _pupil("B2", "Eira", "Davies")]
    find = _real_findings("b.c.", register)
    found = [(f.entity, f.text) for f in find("Goals from B.C., Eira and Faith!")]
    assert ("PUPIL_INITIALS", "B.C.") in found, found
    assert [f.entity for f in find("The Romans left Britain long after 55 B.C.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Avan's mum went to Spain for a week and brought us all sweets!",
        "Era's dad moved to Leeds for a new job.",
        "Avan is the Irish dancing champion this year!",
        "Our Portuguese families celebrate Our Lady of Fátima with Avan's class on 13 May.",
    ],
)
def test_session19_no_circumstance(session19, text):
    found = session19(text)
    assert [f for f in found if f[0] == "PUPIL_RECORD"] == [], found


# --- Session 20: shapes from the read halves of sets 66-73, and from whole families of
# wording that the blind sets showed one of (each a rule of the language, not a phrase).


@pytest.fixture(scope="module")
def session20():
    """The real detector with a register of the names sets 66-73 brought: hyphenated and
    preferred forenames, word-names, a public name inside a pupil's: text -> [(entity,
    text)]."""
    pupils = [
        _pupil("U1", "Maryam", "Hussain"), _pupil("U2", "Ellie-Mae", "Crompton"),
        _pupil("U3", "Hêvî", "Mustafa"), _pupil("U4", "Tyler-James", "Cook", "TJ"),
        _pupil("U5", "Maisie-Rae", "Tyson"), _pupil("U6", "Francisco", "Gonçalves", "Chico"),
        _pupil("U7", "Theo", "Kitchin"), _pupil("U8", "Eira", "Bowen"),
        _pupil("U9", "Mhairi", "Ross"), _pupil("U10", "Kemar", "Lewis"),
        _pupil("U11", "Destiny", "Okafor"), _pupil("U12", "Abbey", "Slater"),
        _pupil("U13", "Dewi", "Jones"), _pupil("U14", "Zana", "Aslan"),
        _pupil("U15", "Lewis", "Hardie"), _pupil("U16", "Parwana", "Stanikzai"),
        _pupil("U17", "Tobi", "Adeyemi"), _pupil("U18", "Cara", "Sweeney"),
        _pupil("U19", "Eva", "Kowalska"), _pupil("U20", "Bartek", "Lis"),
        _pupil("U21", "Pola", "Czarnecka"),
    ]  # fmt: skip
    return _entities("session20", pupils)


@pytest.mark.parametrize(
    "text, expected",
    [
        # three pupils' forenames side by side, no commas: a list, not one person
        ('Year 3 doing the "cup song" 🥤 Maryam Ellie-Mae Hêvî - teach me please!!',
         [("PUPIL_FORENAME", "Maryam"), ("PUPIL_FORENAME", "Ellie-Mae"),
          ("PUPIL_FORENAME", "Hêvî")]),
        # a public name ("James Cook's") inside a pupil's full name with its possessive
        ("Tyler-James Cook's EHCP has been finalised after 14 months.",
         [("PUPIL_FULL_NAME", "Tyler-James Cook"), ("PUPIL_RECORD", "EHCP")]),
        # a hyphenated forename's first part, as staff shorten it
        ("A big welcome to Maisie, who has just moved in with her foster family on Walney.",
         [("PUPIL_FORENAME", "Maisie")]),
        # a note headed with the child's name, then the family
        ("Chico - dad's on remand at Cardiff, so he's at breakfast club every day.",
         [("PUPIL_FORENAME", "Chico"), ("PUPIL_RECORD", "remand")]),
        # an item of a noted list opening with a word-name, beside one that opens with a name
        ("Home visits: Kemar — 14 Denbury Walk; Destiny — the flat above the launderette on "
         "Claremont Road.", [("PUPIL_FORENAME", "Kemar"), ("PUPIL_FORENAME", "Destiny")]),
    ],
)  # fmt: skip
def test_session20_found(session20, text, expected):
    found = session20(text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 trip to Furness Abbey on Thursday: waterproofs please.",  # a place's word
        "Dydd Gŵyl Dewi Hapus! Do the little things, as Dewi Sant said.",  # the saint
        "Did you know C.S. Lewis was born in Belfast? Narnia week starts Monday.",
        "We walked up Primrose Hill with the Year 2s.",
    ],
)
def test_session20_no_pupil_or_adult(session20, text):
    found = session20(text)
    names = ("PUPIL_FORENAME", "PUPIL_INITIALS", "PUPIL_FULL_NAME", "OTHER_PERSON")
    assert [f for f in found if f[0] in names] == [], found


@pytest.mark.parametrize(
    "text, adult",
    [
        ("Tiny Tots is run by Mirela Stan, text her on 07700 900843 to book.", "Mirela Stan"),
        ("Interpreter booked: Serhat Demir (Kurmanji), serhat.demir.interpreting@gmail.com",
         "Serhat Demir"),
        ("Farewell to our lollipop man Ray Bowness after 22 years!", "Ray Bowness"),
        ("Thank you to our volunteer football coach Ryan Hill for the Saturday club.",
         "Ryan Hill"),
    ],
)  # fmt: skip
def test_session20_private_adults(session20, text, adult):
    assert ("OTHER_PERSON", adult) in session20(text), session20(text)


def test_session20_initials_in_a_post_written_in_initials():
    # "P.C." is also a police constable; among other children's dotted initials, a child
    register = [_pupil("I1", "Ellie", "Kay"), _pupil("I2", "Ben", "Lord"),
                _pupil("I3", "Priya", "Chauhan")]  # fmt: skip
    find = _real_findings("s20-initials", register)
    found = [
        (f.entity, f.text)
        for f in find(
            "Sports Day winners! Sack race: E.K. Egg and spoon: B.L. Obstacle course: P.C."
        )
    ]
    assert ("PUPIL_INITIALS", "P.C.") in found, found
    # a capitalised word after a child's initials may start the next sentence, not a surname
    found = [(f.entity, f.text) for f in find("Chair: E.K. Secretary: B.L. We can't wait!")]
    assert ("PUPIL_INITIALS", "B.L.") in found, found


@pytest.mark.parametrize(
    "text, date",
    [
        # the only date in a post about one child's birthday, opening a sentence
        ("My Eira is 7 tomorrow 😭 where does the time go. 2nd February forever my favourite day",
         "2nd February"),
        # a full date in a year that makes a child of them, the post a birthday's
        ("Happy 9th birthday to my beautiful niece Eira Bowen! 🎉 16.03.2016 a day I'll never "
         "forget.", "16.03.2016"),
        # a record's full date straight after a child's name
        ("SEN register update: ROSS Mhairi 22.11.2018 please check.", "22.11.2018"),
    ],
)  # fmt: skip
def test_session20_dates_of_birth(session20, text, date):
    assert ("DATE_OF_BIRTH", date) in session20(text), session20(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eira is 7 tomorrow! 14th March: non-uniform day for Red Nose.",
        "Throwback to Sports Day, 12 July 2019, with Mhairi Ross on the podium.",
        "Eira is 7 today! Our school trip is on 14th March.",
    ],
)
def test_session20_no_date_of_birth(session20, text):
    found = session20(text)
    assert [f for f in found if f[0] == "DATE_OF_BIRTH"] == [], found


@pytest.mark.parametrize(
    "text, words",
    [
        ("Incident log – Zana Aslan bit a dinner lady at lunch. Parents called.",
         "bit a dinner lady"),
        ("Behaviour log - Lewis Hardie threw a chair in the dinner hall at 12.20.",
         "threw a chair"),
        ("We welcome Parwana Stanikzai to Heron class. She arrived from Kabul in January.",
         "arrived from Kabul"),
        ("Parwana had to leave Ukraine because of the war.", "leave Ukraine"),
        ("Allergy list for Harvest lunch: Tobi - shellfish · Cara - sesame.", "shellfish"),
        ("Bartek Lis starts Monday. Family are in emergency accommodation so no address.",
         "emergency accommodation"),
        ("Pola Czarnecka - MASH referral made 3/2. Eva Kowalska - no further action.",
         "no further action"),
        ("FYI Tobi Adeyemi - family are cigano, mum asked that staff be aware.", "cigano"),
    ],
)  # fmt: skip
def test_session20_circumstances(session20, text, words):
    found = session20(text)
    assert any(e == "PUPIL_RECORD" and words in t for e, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Zana Aslan kicked the ball into the top corner!",
        "Parwana came back from Spain on Sunday with a tan.",
        "Parwana moved from Leeds in January.",
        "Nut-free school: we have children with severe allergies. Well done Tobi in the egg "
        "and spoon race!",
    ],
)
def test_session20_no_circumstance(session20, text):
    found = session20(text)
    assert [f for f in found if f[0] == "PUPIL_RECORD"] == [], found


@pytest.mark.parametrize(
    "text, address",
    [
        ("Can someone drop the bag round? They're at 17 Westway.", "17 Westway"),
        ("Tracey has spaces for childminding. She's at 17 Westway.", "17 Westway"),
        ("The family are in Room 7 at the Travelodge on Abbey Road.", "Room 7 at the Travelodge"),
        ("Mum is at Apartment 5, The Maltings.", "Apartment 5, The Maltings"),
        ("Leo lives at the bottom of Cow Lane.", "at the bottom of Cow Lane"),
    ],
)
def test_session20_addresses(text, address):
    from clearpost.detect.text.contact import addresses

    assert address in [text[s.start : s.end] for s in addresses(text)]


@pytest.mark.parametrize(
    "text",
    ["We walked to the end of Cow Lane.", "We are at 3 Parkside Primary today for the match."],
)
def test_session20_no_address(text):
    from clearpost.detect.text.contact import addresses

    assert addresses(text) == []


@pytest.mark.parametrize(
    "text, date, found",
    [
        ("Leo came into the world on 12 April 2018.", "12 April 2018", True),
        ("Leo arrived on 3rd May 2018 weighing 7lb 2oz.", "3rd May 2018", True),
        ("Our new lambs arrived on 3rd March weighing 4kg each.", "3rd March", False),
    ],
)
def test_session20_a_birth_announced(text, date, found):
    from clearpost.detect.text.dates import dates_of_birth

    assert (date in [s.value for s in dates_of_birth(text)]) is found


@pytest.fixture(scope="module")
def session21():
    """The real detector with a register of the names sets 74-81 brought: word-names
    ("Cat"), short forenames, names said fondly ("Little Kai"): text -> [(entity, text)]."""
    pupils = [
        _pupil("V1", "Kai", "Brennan"), _pupil("V2", "Emmanuel", "Osei", "Manny"),
        _pupil("V3", "Catrin", "Howells", "Cat"), _pupil("V4", "Lily", "Moran"),
        _pupil("V5", "Karam", "Haddad"), _pupil("V6", "Bailey", "Dunn"),
        _pupil("V7", "Yusuf", "Rahman"), _pupil("V8", "Ava", "Kerr"),
        _pupil("V9", "Tyler", "Hirst"), _pupil("V10", "Faith", "Bradley"),
        _pupil("V11", "Kacper", "Nowak"), _pupil("V12", "Evie-Rose", "Tootill"),
        _pupil("V13", "Hope", "Marsden"), _pupil("V14", "Ivan", "Petrov"),
        _pupil("V15", "Simran", "Bains"),
    ]  # fmt: skip
    return _entities("session21", pupils)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fond word before a pupil's forename is no adult's first name
        ("Little Kai asked me at lunch if his dad will be home for Christmas.",
         [("PUPIL_FORENAME", "Kai")]),
        ("Wee Manny drew a picture of his gran today.", [("PUPIL_FORENAME", "Manny")]),
        # "well done" in Welsh before a word-name
        ("Da iawn Cat! Ail yn y gystadleuaeth llefaru.", [("PUPIL_FORENAME", "Cat")]),
        # a champion named after the title, as a winner is
        ("Maths champion: Simran / Reading champion: Lily", [("PUPIL_FORENAME", "Lily")]),
    ],
)  # fmt: skip
def test_session21_found(session21, text, expected):
    found = session21(text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text",
    [
        "Polish families will remember St John Paul II's visit to Heaton Park in 1982.",
        "Our Christian Union meets in the library at lunchtime.",
        "Thank you to Leyton Orient Women for the coaching session!",
        "Year 3 wrote a chapter of Under Milk Wood: Polly Garter runs the launderette.",
        "Nursery have been reading about Hamish McHaggis this week.",
        "The police presence on Spencer Vale this morning was nothing to do with school.",
    ],
)
def test_session21_no_adult(session21, text):
    found = session21(text)
    assert [f for f in found if f[0] == "OTHER_PERSON"] == [], found


@pytest.mark.parametrize(
    "text, date",
    [
        # a line headed as dates of birth: a forename, then the date
        ("Hoodie order, names and DOBs: Bailey 03/10/2014, Yusuf 19/01/2015, Ava 27/05/2015",
         "19/01/2015"),
        ("Trip list with dates of birth - Ava 27/05/2015", "27/05/2015"),
    ],
)  # fmt: skip
def test_session21_dates_of_birth(session21, text, date):
    assert ("DATE_OF_BIRTH", date) in session21(text), session21(text)


@pytest.mark.parametrize(
    "text",
    [
        # a building's or a school's first day, not a birth
        "The school is 100 years old this year! 🎂 It opened on 4th September 1926.",
        "Happy 40th birthday to us 🎂 We opened on 9 September 1985 with 400 pupils.",
        # a forename before a date, in a line that says nothing of births
        "Parents' evening slots: Bailey 03/10/2025, Yusuf 04/10/2025",
    ],
)
def test_session21_no_date_of_birth(session21, text):
    found = session21(text)
    assert [f for f in found if f[0] == "DATE_OF_BIRTH"] == [], found


@pytest.mark.parametrize(
    "text, words",
    [
        # the equipment of a child with profound or physical disabilities, named as theirs
        ("Kacper used his eye gaze to choose the song in music today!", "eye gaze"),
        ("Evie-Rose Tootill raced her powerchair round the track at sports day.",
         "powerchair"),
        ("Faith Bradley has a new Mic-Key button, so no swimming for six weeks.", "Mic-Key"),
        ("Faith Bradley - shunt review on Thursday.", "shunt"),
        ("Kacper took five steps in his gait trainer this morning!", "gait trainer"),
        # a parent out of prison on licence; a move of foster home
        ("Hope Marsden's dad is out on licence and has asked about sports day.", "on licence"),
        ("Tyler is moving to a new placement in Parson Cross next week.", "new placement"),
        # a family come from abroad, said in a relative clause
        ("A warm welcome to Karam, who arrived from Syria this week.", "arrived from Syria"),
        ("Ivan Petrov spent Year 11 in hospital school and still got 7s.", "hospital school"),
    ],
)  # fmt: skip
def test_session21_circumstances(session21, text, words):
    found = session21(text)
    assert any(e == "PUPIL_RECORD" and words in t for e, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Karam came back from Spain on Sunday with a tan.",
        "Reminder: the school hall is out of use while the new stage goes in.",
    ],
)
def test_session21_no_circumstance(session21, text):
    found = session21(text)
    assert [f for f in found if f[0] == "PUPIL_RECORD"] == [], found


def test_session21_past_a_second_spaced_dash(session21):
    # the clause after two spaced dashes still goes on about the pupil named before them
    found = session21(
        "Spent the afternoon at the hospital with Karam – asthma again – because his mum "
        "was at her Home Office interview."
    )
    assert any(e == "PUPIL_RECORD" and "Home Office" in t for e, t in found), found


def test_session21_a_childs_switches(session21):
    found = session21("Kacper and Lily both used their switches to choose a song today!")
    assert any(e == "PUPIL_RECORD" and "switches" in t for e, t in found), found
    found = session21("Lily, please switch the lights off after Maths club.")
    assert [f for f in found if f[0] == "PUPIL_RECORD"] == [], found


@pytest.fixture(scope="module")
def session22():
    """The real detector with a register of the names sets 82-89 brought: word-names
    ("Honey", "Nest", "Grace"), Latvian and Portuguese forenames: text -> [(entity, text)]."""
    pupils = [
        _pupil("W1", "Honey", "Smith"), _pupil("W2", "Mireli", "Lee"),
        _pupil("W3", "Emīls", "Zariņš"), _pupil("W4", "Nest", "Hughes"),
        _pupil("W5", "Tegan", "Parry"), _pupil("W6", "Cai", "Roberts"),
        _pupil("W7", "Leonor", "Costa"), _pupil("W8", "Grace", "Mensah"),
        _pupil("W9", "Hope", "Mackin"), _pupil("W10", "Precious", "Okafor"),
        _pupil("W11", "Kacper", "Nowak"), _pupil("W12", "Haf", "Jones"),
        _pupil("W13", "Storm", "Dawson"),
    ]  # fmt: skip
    return _entities("session22", pupils)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an everyday word capitalised alone in the middle of a sentence is a name
        ("Can whoever is free join the early help meeting for Honey in the small hall?",
         ("PUPIL_FORENAME", "Honey")),
        ("Exam access: a reader and extra time for Precious in every paper.",
         ("PUPIL_FORENAME", "Precious")),
        # a saint's word before a sentence's end is no title of the name after it
        ("A visit from Santa! Emīls said it was better than McDonald's.",
         ("PUPIL_FORENAME", "Emīls")),
        # in Welsh, the subject of a verb ("Nest has been so brave")
        ("Nest wedi bod mor ddewr yn dweud wrth y dosbarth heddiw. Mae hi'n hapus.",
         ("PUPIL_FORENAME", "Nest")),
        # spoken to after a dash; "happy birthday" in Irish
        ("She turns 15 on the 17th of March - Grace, I hadn't forgotten!",
         ("PUPIL_FORENAME", "Grace")),
        ("Lá breithe sona duit Hope! 8 today.", ("PUPIL_FORENAME", "Hope")),
        # what only somebody does; where a child is; an absence noted
        ("Nursery's newest artist! Storm painted a whole storm for us today.",
         ("PUPIL_FORENAME", "Storm")),
        ("Grace in my class helped pack the food bank bags today.", ("PUPIL_FORENAME", "Grace")),
        ("Attendance: Precious will be off Thursday for the care proceedings hearing.",
         ("PUPIL_FORENAME", "Precious")),
    ],
)  # fmt: skip
def test_session22_names(session22, text, expected):
    found = session22(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a quotation's first word, a title, a word in lower case, a season
        'Our value this half term is hope: "Hope is being able to see the light."',
        "Thank You For Your Support With Honey Week",
        "We love our honey from the farm.",
        "We had a Precious Metals workshop in science.",
        "Storm Babet closed the road, so the bus will be late.",
    ],
)
def test_session22_not_names(session22, text):
    found = session22(text)
    assert [f for f in found if f[0] == "PUPIL_FORENAME"] == [], found


@pytest.mark.parametrize(
    "text, words",
    [
        # a memorial to the pupil's own parent, the name within the words
        ("We've planted a cherry tree by the gate in memory of Mireli's mum 🌸", "in memory of"),
        ("Kacper Nowak will be off Thursday for the care proceedings hearing.",
         "care proceedings"),
        ("Honey spent two days in the inclusion unit.", "inclusion unit"),
        # Welsh: a faith said of the family, leave to remain, selective mutism, a young carer
        ("Ar gyfer y trip: rhieni Tegan wedi gofyn iddi beidio mynd i'r gwasanaeth achos bod "
         "y teulu'n Dystion Jehofa.", "Dystion Jehofa"),
        ("Mae angen llythyr o'r ysgol ar deulu Kacper i gefnogi eu cais i aros yn y DU.",
         "cais i aros"),
        ("Mae Cai wedi bod mor aeddfed eleni. Fo sy'n edrych ar ôl ei fam bob dydd.",
         "edrych ar ôl ei fam"),
    ],
)  # fmt: skip
def test_session22_circumstances(session22, text, words):
    found = session22(text)
    assert any(e == "PUPIL_RECORD" and words in t for e, t in found), found


def test_session22_a_memorial_to_no_parent(session22):
    found = session22("We planted a tree in memory of the Queen. Honey helped dig.")
    assert [f for f in found if f[0] == "PUPIL_RECORD"] == [], found


@pytest.mark.parametrize(
    "text, date",
    [
        # a birthday in the families' languages, written day first
        ("Feliz aniversário Leonor! 🎂 9 de março - 9 today!", "9 de março"),
    ],
)
def test_session22_dates_of_birth(session22, text, date):
    assert ("DATE_OF_BIRTH", date) in session22(text), session22(text)


def test_session22_born_in_polish(session22):
    found = session22("Wszystkiego najlepszego Kacper 🎂 ma dziś 7 lat, urodzony 4 grudnia 2019")
    assert ("DATE_OF_BIRTH", "4 grudnia 2019") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a span of dates is an admissions cohort, nobody's birthday, in English and Welsh
        "Reception September 2026 (born 1 September 2021 - 31 August 2022): come and see us!",
        "Plant Derbyn Medi 2026 (ganwyd 1 Medi 2021 - 31 Awst 2022): dewch i weld yr ysgol.",
    ],
)
def test_session22_a_cohort_is_no_date_of_birth(session22, text):
    found = session22(text)
    assert [f for f in found if f[0] == "DATE_OF_BIRTH"] == [], found


def test_session22_a_police_officer_is_no_pupil(session22):
    found = session22("Thanks to PC Grace and PCSO Williams for the online safety talk.")
    assert [f for f in found if f[0] == "PUPIL_FORENAME"] == [], found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word-name at a sentence's start with a note after a dash, holding a strong word
        ("Hope – autism assessment with the paediatrician on Tuesday. Mum will collect.",
         ("PUPIL_FORENAME", "Hope")),
        ("Staff: Grace needs an inhaler before PE today.", ("PUPIL_FORENAME", "Grace")),
    ],
)  # fmt: skip
def test_session22_a_note_on_a_child(session22, text, expected):
    assert expected in session22(text), session22(text)


def test_session22_a_note_on_no_child(session22):
    found = session22("Hope - sports day is on Tuesday, bring a water bottle!")
    assert [f for f in found if f[0] == "PUPIL_FORENAME"] == [], found


def test_session22_further_on_about_one_pupil(session22):
    # a strong word two sentences on, in a paragraph about one pupil, with no word pointing
    # back (read as the sentence just after a name is: the word and the model's agreement)
    found = session22(
        "Massive milestone: Grace spoke to me in class today. First time since September. "
        "Selective mutism is so misunderstood."
    )
    assert any(e == "PUPIL_RECORD" and "Selective mutism" in t for e, t in found), found
    found = session22("Grace won the art prize today! Well done. Autism Awareness Week starts "
                      "on Monday with a non-uniform day.")  # fmt: skip
    assert [f for f in found if f[0] == "PUPIL_RECORD"] == [], found


@pytest.mark.parametrize(
    "text",
    [
        # Welsh names a place first and whom it is named after second
        "Good luck at Ysgol Syr Hugh Owen in September, Year 6!",
        # a yard, a trail, a stand named after somebody
        "Quiz night at the Royal William Yard, teams of 6.",
        "Half term walk on the Tamar Trail with my dog.",
        # a club's or a town's own, and a list that holds a public figure further along
        "Thrilled to welcome Palace legend Mark Bright for our Black History Month assembly.",
        "This week: Mary Seacole, Walter Tull, and Wolverhampton's own Beverley Knight.",
        "Bob Marley, Toots and the Maytals, Millie Small... Year 9 are doing a reggae unit.",
    ],
)
def test_session22_no_adult(session22, text):
    found = session22(text)
    assert [f for f in found if f[0] == "OTHER_PERSON"] == [], found


@pytest.mark.parametrize(
    "text, address",
    [
        ("Gadewch eich coeden y tu allan i dŷ Alun Roberts, Gorwel, Lôn Eithin, LL55 9RG.",
         "Gorwel, Lôn Eithin"),
        ("Bore coffi yn nhŷ Carys Humphreys, Bryn Awel, Lôn Ddewi, 10-12.",
         "Bryn Awel, Lôn Ddewi"),
    ],
)  # fmt: skip
def test_session22_welsh_house_on_a_street(session22, text, address):
    found = session22(text)
    assert any(e == "ADDRESS" and t == address for e, t in found), found


def test_session22_a_private_legend(session22):
    found = session22("Thank you to our lollipop legend Maureen Dwyer, retiring after 30 years!")
    assert ("OTHER_PERSON", "Maureen Dwyer") in found, found


def test_session22_initials_that_are_also_abbreviations():
    # two pairs that are also abbreviations, side by side, with a cue: pupils' initials
    found = _entities("session22-initials", [_pupil("W1", "Azad", "Mahmood"),
                                             _pupil("W2", "Hevi", "Rasul")])  # fmt: skip
    said = found("Well done to AM and HR who finished their first aid course today!")
    assert [e for e, _ in said].count("PUPIL_INITIALS") == 2, said
    said = found("Open evening is at 6pm. HR and admissions staff will be in the hall.")
    assert [f for f in said if f[0] == "PUPIL_INITIALS"] == [], said


def test_session22_a_cadets_rank(session22):
    # a cadet's rank before a pupil's full name is a pupil's; a soldier's alone, a memorial's
    found = session22("Congratulations to Cdt Cpl Storm Dawson on going solo at gliding school!")
    assert ("PUPIL_FULL_NAME", "Storm Dawson") in found, found
    found = session22("We remember Cpl Storm Dawson, who fell at the Somme in 1916.")
    assert ("PUPIL_FULL_NAME", "Storm Dawson") not in found, found


def test_session22_a_hashtag_surname_first(session22):
    found = session22("Congratulations #DawsonStorm on six months of work placement!")
    assert ("PUPIL_FULL_NAME", "#DawsonStorm") in found, found


# -- session 23: rules from the read halves of sets 90-97 ---------------------------------


@pytest.fixture(scope="module")
def session23():
    """The real detector with a register of the names sets 90-97 brought: word-names
    ("Gift", "Blessing", "Liberty", "Summer", "Marina"), a Manx and a Lithuanian pupil."""
    pupils = [
        _pupil("V1", "Juan", "Quayle"), _pupil("V2", "Tyler", "Weldon"),
        _pupil("V3", "Zuzanna", "Wiśniewska"), _pupil("V4", "Parwana", "Ahmadi"),
        _pupil("V5", "Jaspreet", "Gill"), _pupil("V6", "Summer", "Hale"),
        _pupil("V7", "Marina", "Costa"), _pupil("V8", "Blessing", "Moyo"),
        _pupil("V9", "Gift", "Mlambo"), _pupil("V10", "Liberty", "Shearer"),
        _pupil("V11", "Kamilė", "Jankauskaitė"), _pupil("V12", "Mihai", "Popa"),
        _pupil("V13", "Ewan", "Costain"),
    ]  # fmt: skip
    return _entities("session23", pupils)


def test_session23_a_short_name_spelt_out_letter_by_letter(session23):
    # words of four letters or fewer spelt out count beside another spelt-out word
    found = session23("J u a n  Q u a y l e - grommets op next week, off Mon-Weds.")
    assert ("PUPIL_FULL_NAME", "J u a n  Q u a y l e") in found, found
    assert session23("Spell a b c then x y z for me.") == []


@pytest.mark.parametrize(
    "text, adult",
    [
        # whom a child is released to is a private adult, whatever else "released" means
        ("Do not release Tyler Weldon to Craig Weldon - non-molestation order.", "Craig Weldon"),
        ("Zuzanna Wiśniewska - social work doing checks. Not to be released to Darren Moodie "
         "under any circumstances.", "Darren Moodie"),
    ],
)  # fmt: skip
def test_session23_whom_a_child_is_handed_to(session23, text, adult):
    assert ("OTHER_PERSON", adult) in session23(text), session23(text)


def test_session23_a_timed_list_of_visits(session23):
    found = session23(
        "Home visits Tues:\n9.15 Parwana - Flat 12, Trinity Court\n"
        "10.00 Jaspreet - 48 Kenilworth Row\n11.00 Summer - 7 Anchor Yard"
    )
    assert ("PUPIL_FORENAME", "Summer") in found, found
    found = session23("Sports day:\n9.00 Summer - sack race\n10.00 Maths - quiz")
    assert ("PUPIL_FORENAME", "Summer") not in found, found


@pytest.mark.parametrize(
    "text, address",
    [
        ("PTA jumble: drop your bags at 31 Tanners Tye, or at reception.", "31 Tanners Tye"),
        ("Mum's new address is 24B Fintry Loan, please update it.", "24B Fintry Loan"),
        ("Ewan Costain - 12 Pollard Hatch (knock loud).", "12 Pollard Hatch"),
    ],
)
def test_session23_scots_and_new_town_street_words(session23, text, address):
    found = session23(text)
    assert ("ADDRESS", address) in found, found


def test_session23_not_a_street(session23):
    assert session23("I took out a Student Loan in 2019 and I'm still paying it.") == []


@pytest.mark.parametrize(
    "text",
    [
        "What a morning at Ocean Village marina! Beaulieu class sketched the yachts.",
        "Did you know Kulbir Thapa was the first Nepali soldier to receive the Victoria Cross?",
        'The choir sang "Last Christmas" and a Nepali folk song, "Resham Firiri".',
    ],
)
def test_session23_a_place_a_medal_and_a_song(session23, text):
    found = session23(text)
    assert not [f for f in found if f[0] in ("PUPIL_FORENAME", "OTHER_PERSON")], found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Happy 7th birthday to our Blessing!! Auntie loves you xx", "Blessing"),
        ("Thinking of Gift tonight. Sweet boy.", "Gift"),
        ("Liberty teary again at drop off. Bag and PE kit keep going missing.", "Liberty"),
        ("Well done to marina for her reading this week!", "marina"),
    ],
)
def test_session23_word_names_said_of_somebody(session23, text, name):
    found = session23(text)
    assert ("PUPIL_FORENAME", name) in found, found


def test_session23_an_iso_date_after_a_name(session23):
    found = session23("Exam board query - Kamilė Jankauskaitė 2015-06-30 - name printed wrong.")
    assert ("DATE_OF_BIRTH", "2015-06-30") in found, found
    found = session23("Trip on 2026-06-30 for Kamilė Jankauskaitė.")
    assert not [f for f in found if f[0] == "DATE_OF_BIRTH"], found


@pytest.mark.parametrize(
    "text, words",
    [
        ("Residential list: Mihai - bed-wetting, spare sheets in his bag", "bed-wetting"),
        ("For the ALN panel - Mihai, IDP draft attached.", "IDP"),
        ("Home visit for Ewan Costain. Kinship placement paperwork going through.", "Kinship"),
    ],
)
def test_session23_health_and_care_words(session23, text, words):
    found = session23(text)
    assert any(e == "PUPIL_RECORD" and words in t for e, t in found), found


def test_session23_a_class_name_is_no_condition():
    # "Blackwater" is a class here, and blackwater fever a listed condition
    find = _real_findings("session23-classes", [
        PupilView("V20", "Szymon", "Nowak", "", "Year 2", "Blackwater", "Szymon N. (Year 2)", {},
                  False, None, 0, None, None, False, True),
    ])  # fmt: skip
    found = [
        (f.entity, f.text)
        for f in find("Szymon's mum brought in homemade pierogi for the whole of Blackwater class!")
    ]
    assert not [f for f in found if f[0] == "PUPIL_RECORD"], found
    found = [(f.entity, f.text) for f in find("Szymon has asthma, his inhaler is in the office.")]
    assert ("PUPIL_RECORD", "asthma") in found, found


def test_session23_an_arabic_article_with_its_hyphen_spaced():
    found = _entities("session23-al", [_pupil("V21", "Omar", "Al-Hamwi")])(
        "Happy birthday Omar Al - Hamwi! Cake at hometime!"
    )
    assert ("PUPIL_FULL_NAME", "Omar Al - Hamwi") in found, found


def test_session23_what_children_do(session23):
    found = session23("Wilf's grandad came in and Summer counted all the sparrows in Arabic.")
    assert ("PUPIL_FORENAME", "Summer") in found, found


@pytest.fixture(scope="module")
def session24():
    """The real detector with a register of the names sets 98-105 brought: word-names
    ("Summer", "Hope", "Storm", "Rowan", "Precious"), a Sikh, an Eritrean and a Romanian
    pupil, and pupils whose names a pet, a ghost or a historical figure share."""
    pupils = [
        _pupil("W1", "Fateh", "Singh"), _pupil("W2", "Hiwet", "Gebremedhin"),
        _pupil("W3", "Summer", "Lowther"), _pupil("W4", "Hope", "Whiteside"),
        _pupil("W5", "Storm", "Ashworth"), _pupil("W6", "Harvey", "Pritchard"),
        _pupil("W7", "Marley", "Greenwood"), _pupil("W8", "Vlad", "Popescu"),
        _pupil("W9", "Rowan", "Stewart"), _pupil("W10", "Divine", "Kabongo"),
        _pupil("W11", "Martin", "Doyle"), _pupil("W12", "Zuzanna", "Kowalczyk"),
        _pupil("W13", "Jayden", "Webb"), _pupil("W14", "Ilinca", "Popa"),
    ]  # fmt: skip
    return _entities("session24", pupils)


def test_session24_a_faith_or_a_people_of_a_community_is_nobodys(session24):
    # "our" families are the school's community, not the pupil named after
    for text in (
        "Happy Gurpurab to all our Sikh families! Fateh brought in karah parshad.",
        "Meskel greetings to our Eritrean families 🌼 Hiwet brought in yellow daisies.",
    ):
        found = session24(text)
        assert not [f for f in found if f[0] == "PUPIL_RECORD"], found
    for text in (
        "Fateh is from a Sikh family.",
        "Fateh's Sikh family came in to cook.",
        "Welcome Fateh, from one of our Sikh families in Blakenhall.",
    ):
        assert ("PUPIL_RECORD", "Sikh") in session24(text), session24(text)


def test_session24_a_time_is_no_house_number(session24):
    found = session24("Doors open 8.30, Mill Leat Road entrance. See you there!")
    assert not [f for f in found if f[0] == "ADDRESS"], found
    found = session24("Jayden Webb has moved to 30, Mill Leat Road, next to the park.")
    assert ("ADDRESS", "30, Mill Leat Road") in found, found


def test_session24_an_age_reached_in_quotes(session24):
    found = session24('Fateh asked me to share that he\'s "10 on the 2nd of May" 😂')
    assert ("DATE_OF_BIRTH", "the 2nd of May") in found, found


# What the read halves of sessions 24 and 25 said, each session's register (its fixture)
# knowing the names: circumstances (text, the words found) and word-names said of
# somebody (text, the name).
SESSION24_CIRCUMSTANCES = [
    ("Contact change for Ilinca: now placed with her aunt in Thorpe.", "placed with"),
    ("Taxi for Jayden Webb from tomorrow. New emergency placement so ring first.",
     "emergency placement"),
    ("Ilinca Popa - placement stable, carers attending PEPs.", "PEPs"),
    ("Divine disclosed to Mrs Balogun this morning, she's with the office now.", "disclosed"),
    ("Spent lunch crying after the call about Rowan Stewart. IRD this afternoon.", "IRD"),
    ("Virtual school list: Popa, Ilinca - PP+", "PP+"),
    ("Martin was in a two-person hold twice before lunch.", "two-person hold"),
    ("Martin on report to Mr Ward all week.", "on report to"),
    ("Jayden Webb missing overnight from Friday to Saturday, back home now.",
     "missing overnight"),
    ("New address for Zuzanna Kowalczyk. Dad has moved out, separate address on file.",
     "Dad has moved out"),
    ("WEBB Jayden - living at nan's for now, NOT home.", "living at nan's"),
    # the second round's read halves
    ("Little Divine asked me why she has nightmares about the fire.", "has nightmares"),
    ("New address for Jayden Webb. Housing have put them in temporary till it's fixed.",
     "put them in temporary"),
    ("Please note Jayden lives with grandparents now. Change the contact sheet.",
     "lives with grandparents"),
    ("DSL only - Summer Lowther seen getting into a car again. Referral to the "
     "exploitation team today.", "exploitation team"),
    ("Attendance panel: WEBB, Jayden - parent fine issued.", "parent fine issued"),
    ("Meeting about Martin Doyle ran late. The hearing test is booked.", "hearing test"),
    ("Trip list: Ilinca - two auto-injectors, Mr Mercer carries them.", "auto-injectors"),
]  # fmt: skip
SESSION25_CIRCUMSTANCES = [
    # a word-name made a name by a strong term of more than one word after a dash
    ("Storm - placed with his nan from tonight, social worker to ring.", "placed with"),
    # a heading's last word, after a spaced dash, with the notes under it
    ("Review notes - Chase:\n- exclusion for 2 days last week\n- mum to come in", "exclusion"),
    ("Kofi's grandad came over from Kumasi to work on the buses.", "came over from Kumasi"),
    ("Rojin said her family came on a lorry when she was little.", "came on a lorry"),
    ("Rojin told the class she is Yezidi.", "Yezidi"),
    ("Welcome back Kofi, his arm is out of plaster at last!", "arm is out of plaster"),
    ("Mateo Silva - iron deficiency, snack at break please.", "deficiency"),
    ("Kofi Mensah has his respite stay booked for half term.", "respite stay"),
    ("Lenka Horvathova is tube-fed, so no snack photos.", "tube-fed"),
    ("Mateo Silva: VNS magnet stays in the medical bag.", "VNS"),
    ("Kofi Mensah was sent out of maths again for swearing.", "sent out of"),
    ("Mateo Silva is now living with his dad in Crawley.", "now living with his dad"),
    ("Can someone pick up Tanvir Uddin tomorrow? His mum's in hospital.", "mum's in hospital"),
    ("Lenka Horvathova: her dad gets released on Friday, office aware.", "released"),
    ("Kofi Mensah - SW visit at 2pm in the small room.", "SW visit"),
    ("Mateo Silva's attendance meeting is on Monday with the EWO.", "attendance meeting"),
]  # fmt: skip
SESSION26_CIRCUMSTANCES = [
    ("Reece Hollins - social work meeting moved to Thursday, use the quiet room.",
     "social work meeting"),
    ("Amira Yusuf: attendance under 85% this half term, letter going home.",
     "attendance under 85%"),
    ("Reece Hollins had a 2 day fixed term after the fight on the field.", "day fixed term"),
    ("Caught Reece Hollins truanting behind the sports hall again.", "truanting"),
    ("Amira Yusuf is anaemic, so iron-rich snacks please.", "anaemic"),
    ("Reece Hollins has audiology at the General on Friday morning.", "audiology"),
    ("Amira Yusuf's family got their housing transfer at last.", "housing transfer"),
    ("Reece Hollins - his parents separated over the summer, be gentle.", "parents separated"),
    ("Amira Yusuf told me they slept in the car on Saturday night.", "slept in the car"),
    ("Please note Reece Hollins may only be collected by his grandad.", "only be collected by"),
]  # fmt: skip
SESSION24_WORD_NAMES = [
    ("Star of the week is Storm ⭐ SAND! Proud of you Storm!", "Storm"),
    ("Happy birthday! 14th January - a winter baby called Summer, who knew!", "Summer"),
    ("We found a crab by the rocks. Hope was very brave and held it.", "Hope"),
]
SESSION25_WORD_NAMES = [
    ("Just so you all know, Summer is fine now after her fall in the yard.", "Summer"),
    ('Big debate: "Is it a pie or a pasty?" Will says pie. Ally says pasty.', "Will"),
    ("Slime day in Robins. Kofi loved it. Blessing preferred the glitter tray.", "Blessing"),
]
SESSION26_WORD_NAMES = [
    ("Sandy homesick on the first night of the residential, but fine by Tuesday.", "Sandy"),
]


@pytest.mark.parametrize(
    "session, text, words",
    [("session24", *case) for case in SESSION24_CIRCUMSTANCES]
    + [("session25", *case) for case in SESSION25_CIRCUMSTANCES]
    + [("session26", *case) for case in SESSION26_CIRCUMSTANCES],
)
def test_circumstances_said_as_staff_say_them(request, session, text, words):
    found = request.getfixturevalue(session)(text)
    assert any(e == "PUPIL_RECORD" and words in t for e, t in found), found


@pytest.mark.parametrize(
    "session, text, name",
    [("session24", *case) for case in SESSION24_WORD_NAMES]
    + [("session25", *case) for case in SESSION25_WORD_NAMES]
    + [("session26", *case) for case in SESSION26_WORD_NAMES],
)
def test_word_names_said_of_somebody(request, session, text, name):
    found = request.getfixturevalue(session)(text)
    assert ("PUPIL_FORENAME", name) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Summer was very hot this year, so drink plenty of water.",
        "Gave a lesson on Vlad the Impaler and the real Dracula for Halloween.",
        "Meet Harvey, Titw's new class hamster 🐹 He's already escaped once.",
        'Our Year 5s finished their "Marley\'s Ghost" drama for A Christmas Carol 👻',
        "We went foraging for heather and rowan berries on the hill.",
    ],
)
def test_session24_not_a_pupil(session24, text):
    found = session24(text)
    assert not [f for f in found if f[0] == "PUPIL_FORENAME"], found


def test_session24_a_pupil_still(session24):
    for text, name in (
        ("Well done Vlad, a brilliant lap!", "Vlad"),
        ("Meet Harvey, our new starter in Titw class!", "Harvey"),
        ("well done rowan, lots of effort today", "rowan"),
    ):
        assert ("PUPIL_FORENAME", name) in session24(text), session24(text)


@pytest.mark.parametrize(
    "text",
    [
        "Puffins celebrated Ivan Kupala with our Ukrainian families, flower crowns and all.",
        "Mine involved climbing Ben Wyvis in sideways hail. Would not recommend.",
        "Fun fact: Marie Curie was born Maria Skłodowska in Warsaw.",
        "Saw an Eddie Stobart lorry on the M6 this morning.",
        "Lost property: a pair of Ben Foster goalie gloves and three hats.",
        "Book of the month: The Lighthouse Keeper's Lunch by Ronda and David Armitage 🥪",
        "Steph McGovern on the telly this morning talking about Middlesbrough!",
        "Next week: Thomas Sheraton, the famous furniture maker from Stockton.",
        'Our Christmas concert "Seren Bethlehem" 🌟 was a triumph!',
    ],
)
def test_session24_public_figures_places_and_titles(session24, text):
    found = session24(text)
    assert not [f for f in found if f[0] == "OTHER_PERSON"], found


def test_session24_a_contact_after_a_bracketed_word(session24):
    found = session24("Interpreter booked: Shler Rahimi (Sorani), 0113 496 0274. Room 3.")
    assert ("OTHER_PERSON", "Shler Rahimi") in found, found


def test_session24_a_heading_before_a_spaced_dash(session24):
    found = session24(
        "FSM list for census - please check:\nWEBB Jayden W13\nPOPA Ilinca W14\n"
        "Anything wrong tell the office."
    )
    assert ("PUPIL_RECORD", "FSM") in found, found


def test_session24_names_after_a_class_label_or_in_goal(session24):
    found = session24("Pupil of the month 🌟 P3: Storm. P4: Hope. P5: Divine. Lovely list!")
    for name in ("Storm", "Hope", "Divine"):
        assert ("PUPIL_FORENAME", name) in found, found
    found = session24("Two goals from Vlad and a worldie save from Hope in goal!")
    assert ("PUPIL_FORENAME", "Hope") in found, found
    assert session24("Year 6: Summer term starts on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sunrise over the lighthouse 🌅 Summer's definitely over but what a view.",
        "Meet Harvey the hedgehog 🦔 rescued from the bike shed this morning.",
    ],
)
def test_session24_a_season_and_a_hedgehog(session24, text):
    assert not [f for f in session24(text) if f[0] == "PUPIL_FORENAME"], session24(text)


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to Ffrindiau Morfa Wen for the decorations!",
        "Worried about a child? Call Suffolk Children's Advice and Support Service.",
    ],
)
def test_session24_organisations_not_people(session24, text):
    assert not [f for f in session24(text) if f[0] == "OTHER_PERSON"], session24(text)


def test_session24_a_name_on_a_label_in_quotes_is_still_a_child(session24):
    found = session24('Found: a lunch bag with "Ilinca" on it, and a coat with "Jayden W" in it.')
    assert ("PUPIL_FORENAME", "Ilinca") in found, found
    assert any(e == "PUPIL_FORENAME" and t.startswith("Jayden") for e, t in found), found


def test_session24_a_famous_name_said_of_somebody_else(session24):
    found = session24("Treasurer is Stephen Hendry (no, not that one 😂). Thanks Stephen!")
    assert ("OTHER_PERSON", "Stephen Hendry") in found, found
    found = session24("Stephen Hendry won the world snooker title seven times.")
    assert ("OTHER_PERSON", "Stephen Hendry") not in found, found


def test_session24_a_child_playing_an_animal_is_still_a_child(session24):
    found = session24("P1 Nativity 🌟 Special mention to Harvey the sheep and Hope the angel!")
    assert ("PUPIL_FORENAME", "Harvey") in found, found


def test_session24_care_experienced(session24):
    found = session24("Jayden Webb - care experienced, lives with grandparents, file in office.")
    assert ("PUPIL_RECORD", "care experienced") in found, found


@pytest.fixture(scope="module")
def session25():
    """The real detector with a register of the names sets 114-121 brought: word-names
    ("Storm", "Chase", "Summer", "Will", "Blessing", "Noor"), and pupils of Bangladeshi,
    Kurdish, Ghanaian and Slovak families."""
    pupils = [
        _pupil("V1", "Storm", "Ashby"), _pupil("V2", "Chase", "Hollin"),
        _pupil("V3", "Summer", "Catchpole"), _pupil("V4", "Will", "Dunmore"),
        _pupil("V5", "Blessing", "Osei"), _pupil("V6", "Ally", "Reekie"),
        _pupil("V7", "Tanvir", "Uddin"), _pupil("V8", "Rojin", "Barzani"),
        _pupil("V9", "Kofi", "Mensah"), _pupil("V10", "Lenka", "Horvathova"),
        _pupil("V11", "Noor", "Hussain"), _pupil("V12", "Mateo", "Silva"),
        _pupil("V13", "Freya", "Cullen"),
    ]  # fmt: skip
    return _entities("session25", pupils)


@pytest.mark.parametrize(
    "text",
    [
        "It's going to be a lovely one - this Summer is fine and dry so far.",
        "Lanterns everywhere and look at the noor in our hall this morning!",
        "Kessingland Town FC ran a football morning for Year 4.",
    ],
)
def test_session25_not_a_pupil(session25, text):
    found = session25(text)
    assert not [f for f in found if f[0].startswith("PUPIL")], found


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 learnt about Ida Mae Pennick, who founded the Lowestoft net-mending school.",
        "We remembered Samuel Brenchley VC at the memorial today.",
        "Joseph Hartwell opened his rope works on the quay in 1862 and employed 40 men.",
        "The guide told us about the great storm of 1703. Martha Kettle lost her house in it.",
        "Carlton Rooke and Oulton Marsh primaries came to our sports festival.",
        "A trip to Blair Penrose Wildlife Park for Year 1 on Friday.",
        "On 15th August Goan families celebrate Independence Day with us.",
    ],
)
def test_session25_history_honours_and_places_are_no_private_adults(session25, text):
    found = session25(text)
    assert not [f for f in found if f[0] == "OTHER_PERSON"], found


def test_session25_private_adults_still_found(session25):
    for text, name in (
        ("Thanks to Jane Bloggs, who has volunteered with us since 2019.", "Jane Bloggs"),
        ("Ida Pennick, who founded our breakfast club, retires today.", "Ida Pennick"),
        ("Call Darius Vaitkus (Vilnius Bakery) 07700 900 418 for orders.", "Darius Vaitkus"),
        ("Happy birthday to my mama Birutė Kazlauskienė!", "Birutė Kazlauskienė"),
        # a memory of a living adult, and a time of day, are no history
        ("Grandparents' tea! Mateo's great-gran Edna Pyke, 97, started here in 1934.", "Edna Pyke"),
        (
            "Kit collection: ring Dave Gorringe on 07700 900 361 from 1600 on Friday.",
            "Dave Gorringe",
        ),
    ):
        assert ("OTHER_PERSON", name) in session25(text), (text, session25(text))


def test_session25_dotted_initials_are_still_a_child(session25):
    found = session25("Rock pooling with Year 2 🦀 F.C. and M.S. found the biggest crab!")
    assert ("PUPIL_INITIALS", "F.C.") in found, found


def test_session25_a_phone_numbers_last_group_is_no_house_number(session25):
    found = session25("School office: 01632 960 512, Denes Walk Road, Lowestoft.")
    assert not [f for f in found if f[0] == "ADDRESS"], found


def test_session25_dates_of_birth(session25):
    found = session25("Check please:\nMateo Silva M801200015123 04/07/2017\nLenka Horvathova")
    assert ("DATE_OF_BIRTH", "04/07/2017") in found, found
    found = session25("Card for Pat Rudd in the staffroom, Kofi's nan. Her birthday is the 14th!")
    assert ("DATE_OF_BIRTH", "the 14th") in found, found


@pytest.fixture(scope="module")
def session26():
    """The real detector with a register of the names sets 122-129 brought: word-names
    ("Grace", "Faith", "Summer", "Sandy", "Teddy"), pupils whose initials spell
    abbreviations (P.C.), and Gaelic, Somali and Roma names."""
    pupils = [
        _pupil("W1", "Grace", "Nicolson"), _pupil("W2", "Faith", "Okafor"),
        _pupil("W3", "Summer", "Rennie"), _pupil("W4", "Sandy", "Grierson"),
        _pupil("W5", "Teddy", "Tregear"), _pupil("W6", "Poppy", "Lawton"),
        _pupil("W7", "Sienna", "Bell"), _pupil("W8", "Peter", "Conlon"),
        _pupil("W9", "Reece", "Hollins"), _pupil("W10", "Amira", "Yusuf"),
        _pupil("W11", "Kacper", "Nowak"), _pupil("W12", "Lewis", "Macaulay"),
    ]  # fmt: skip
    return _entities("session26", pupils)


def test_session26_a_word_name_already_used_is_that_child_again(session26):
    found = session26("Grace and Faith on the swings 🙌 Grace has finally learnt to pump her legs!")
    assert [f for f in found if f == ("PUPIL_FORENAME", "Grace")] == [
        ("PUPIL_FORENAME", "Grace")
    ] * 2, found
    found = session26("Well done Grace and Faith! Hope you all have a restful half term.")
    assert ("PUPIL_FORENAME", "Hope") not in found, found


def test_session26_not_again_as_a_longer_names_first_word(session26):
    found = session26("Well done Teddy for the poster! It is up at the Teddy Hospital stall.")
    assert found.count(("PUPIL_FORENAME", "Teddy")) == 1, found


def test_session26_dotted_initials_listed_with_a_childs(session26):
    found = session26("Year 2 volcano models 🌋 Have a look at the lava by S.B. and P.C.!")
    assert ("PUPIL_INITIALS", "P.C.") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "We always say grace before lunch in Year 3. Grace before meals is a lovely habit.",
        "On this day in 1966, Ashton-born Geoff Hurst scored three goals in the final.",
    ],
)
def test_session26_no_pupil_and_no_address(session26, text):
    found = session26(text)
    assert not [f for f in found if f[0].startswith("PUPIL") or f[0] == "ADDRESS"], found


def test_session26_addresses(session26):
    for text, address in (
        ("Kacper Nowak has moved: 14 Sràid na h-Eaglais, Stornoway.", "14 Sràid na"),
        ("Eggs for sale at Croft 3, Baile Ùr - honesty box by the gate.", "Croft 3, Baile"),
    ):
        found = session26(text)
        assert any(e == "ADDRESS" and address in t for e, t in found), (text, found)
    found = session26("New address for Amira Yusuf: Flat 4, 2 Loom Yard, E21 8KS.")
    assert ("POSTCODE", "E21 8KS") in found, found
    found = session26("Y6 2PM assembly in the hall for Amira Yusuf's class.")
    assert not [f for f in found if f[0] == "POSTCODE"], found


def test_session26_a_listed_word_inside_an_address_is_part_of_it(session26):
    found = session26("Reece Hollins took the harvest box round to 11 Fostering Close.")
    assert not [f for f in found if f[0] == "PUPIL_RECORD"], found
    # ... not a word the address merely holds
    found = session26("Amira Yusuf is staying at the Respite flat on Mill Lane this week.")
    assert any(e == "PUPIL_RECORD" and "Respite" in t for e, t in found), found


def test_session26_a_famous_name_after_a_family_word_is_the_family(session26):
    found = session26("Reece Hollins' dad is due in at 3. Dad Martin McDonagh wants a word.")
    assert ("OTHER_PERSON", "Martin McDonagh") in found, found
    found = session26("Year 9 read The Cripple of Inishmaan by Martin McDonagh.")
    assert ("OTHER_PERSON", "Martin McDonagh") not in found, found


def test_session26_the_posts_classifier_reads_what_the_bank_misses(session26, monkeypatch):
    """A sentence the example bank reads as harmless (0.18) and the classifier fitted on real
    posts as a circumstance (0.90): found, and not found with the bank alone (since session
    34 the tuned reader reads it too: both are turned off)."""
    import numpy as np

    from clearpost.detect.text.circumstance_reader import CircumstanceReader
    from clearpost.detect.text.posts_classifier import PostsClassifier

    text = "Reece Hollins collapsed in PE this morning and an ambulance was called."
    assert any(e == "PUPIL_RECORD" and "ambulance" in t for e, t in session26(text))
    monkeypatch.setattr(PostsClassifier, "probability", lambda self, v, p: np.zeros(len(v)))
    monkeypatch.setattr(CircumstanceReader, "probability_of", lambda self, v: np.zeros(len(v)))
    bank_alone = _entities("session26, the bank alone", [_pupil("W9", "Reece", "Hollins")])
    found = bank_alone(text)
    assert ("PUPIL_FULL_NAME", "Reece Hollins") in found, found
    assert not [f for f in found if f[0] == "PUPIL_RECORD"], found


# Session 27: from the halves read of sets 130-137 (names and sentences invented here).
@pytest.fixture(scope="module")
def session27():
    """The real detector with a register of the names sets 130-137 brought: a forename
    that is a place's name ("Eden"), names no English word ("Zephaniah" called "Zeph",
    "Thorfinn", "Mazal", "Chana") and a forename of a festival ("Pesach")."""
    pupils = [
        _pupil("V1", "Zephaniah", "Grant", "Zeph"), _pupil("V2", "Thorfinn", "Isbister"),
        _pupil("V3", "Eden", "Hodgson"), _pupil("V4", "Mazal", "Levy"),
        _pupil("V5", "Chana", "Gross"), _pupil("V6", "Poppy", "Teasdale"),
    ]  # fmt: skip
    return _entities("session27", pupils)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HAPPY BIRTHDAY ZEPH!! 🎂 7 TODAY and already the loudest singer in class 🎤", "ZEPH"),
        ("WELL DONE THORFINN 🏆 Player of the match at the Clickimin on Saturday", "THORFINN"),
    ],
)
def test_session27_a_name_in_a_line_shouted_as_a_whole(session27, text, name):
    found = session27(text)
    assert ("PUPIL_FORENAME", name) in found, found


def test_session27_a_river_is_no_pupil(session27):
    for text in (
        "Year 5 wrote to the council about plastic in the River Eden 🌊",
        "Lovely paintings of the horses being washed in the Eden at Appleby 🐎",
    ):
        found = session27(text)
        assert not [f for f in found if f[1] == "Eden"], (text, found)
    found = session27("Well done Eden for the lovely painting of the river!")
    assert ("PUPIL_FORENAME", "Eden") in found, found


def test_session27_a_phrase_of_another_language_is_no_name(session27):
    found = session27("Please join us in wishing our caretaker a big mazal tov on his wedding!")
    assert not [f for f in found if f[1] == "mazal"], found
    found = session27("well done mazal and chana for reading in assembly")
    assert ("PUPIL_FORENAME", "mazal") in found and ("PUPIL_FORENAME", "chana") in found, found
    # an English verb the lemma list does not hold as written ("wrote") is still English
    found = session27("ukulele club 🎶 chana wrote her own song about the Lido")
    assert ("PUPIL_FORENAME", "chana") in found, found


def test_session27_an_email_with_the_at_and_dots_spaced_out(session27):
    found = session27("Forms back to k.moar @ voeside-school . example by Friday please")
    assert any(e == "EMAIL" for e, _ in found), found
    found = session27("Lunch @ Greggs. Lovely to see the Y6 leavers there!")
    assert not [f for f in found if f[0] == "EMAIL"], found


def test_session27_a_birthday_in_another_calendar(session27):
    found = session27("It's Mazal's birthday on the 3rd of Kislev! 🎉 Cupcakes for everyone.")
    assert any(e == "DATE_OF_BIRTH" and "Kislev" in t for e, t in found), found
    found = session27("Mazal came 3rd of Year 2 in the birthday quiz!")
    assert not [f for f in found if f[0] == "DATE_OF_BIRTH"], found


def test_session28_born_on_a_day_of_another_calendar(session27):
    """Session 28 (found checking `make run`): "born on" with a month of another calendar is
    a birth whoever the post's birthday is, not a historical one long past."""
    found = session27("HAPPY BIRTHDAY ZEPH!! 🎂 born on the 3rd of Kislev")
    assert any(e == "DATE_OF_BIRTH" and "Kislev" in t for e, t in found), found
    found = session27("Rashi was born on the 26th of Adar 1040 in Troyes.")
    assert not [f for f in found if f[0] == "DATE_OF_BIRTH"], found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chana Gross joined us straight from the bridging hotel last week.", "bridging hotel"),
        ("Chana Gross's family are on a hardship grant for the travel.", "hardship grant"),
        (
            "Chana Gross may move again: the flat is tied accommodation with dad's job.",
            "tied accommodation",
        ),
    ],
)
def test_session27_circumstances(session27, text, words):
    found = session27(text)
    assert any(e == "PUPIL_RECORD" and words in t for e, t in found), found


# Session 28: from the halves read of sets 138-145 (names and sentences invented here).
@pytest.fixture(scope="module")
def session28():
    """The real detector with a register of names that are also a dog's, a surname's, a
    word's, a place's, a ship's and a holy figure's."""
    pupils = [
        _pupil("W1", "Skye", "Armstrong"), _pupil("W2", "Marley", "Hurst"),
        _pupil("W3", "Diya", "Shah"), _pupil("W4", "Mohamed", "Aden"),
        _pupil("W5", "Joy", "Evans"), _pupil("W6", "Hope", "Price"),
        _pupil("W7", "Blair", "Elliot"), _pupil("W8", "Scott", "Hogg"),
        _pupil("W9", "Victoria", "Cole"), _pupil("W10", "Mary", "Quinn"),
        _pupil("W11", "Maryam", "Khan"),
    ]  # fmt: skip
    return _entities("session28", pupils)


def _names(found, name):
    return [f for f in found if f[1].lower() == name.lower() and f[0].startswith("PUPIL")]


def test_session28_an_animal_named_once_is_that_animal_all_post(session28):
    for text, name in (
        ("Meet Skye, our new reading dog! 🐶 Skye is a very patient collie from a farm.", "Skye"),
        ("Skye is a very patient collie and loves a story about sheep.", "Skye"),
        ("Marley the therapy dog is back on Wednesdays 🐶🐾", "Marley"),
    ):
        found = session28(text)
        assert not _names(found, name), (text, found)
        assert not [f for f in found if f[0] == "PUPIL_RECORD"], (text, found)
    for text in (
        "Skye is a dog lover and read to the class.",
        "Well done Skye, who walked the dog all the way home!",
        "Skye the girl who loves dogs won the prize.",
    ):
        assert ("PUPIL_FORENAME", "Skye") in session28(text), text


def test_session28_a_forename_after_somebody_elses_forename_is_their_surname(session28):
    found = session28("Just finished Nadifa Mohamed's The Fortune Men and I'm in bits.")
    assert not _names(found, "Mohamed"), found
    assert ("PUPIL_FORENAME", "Mohamed") in session28("Well done Mohamed on his reading!")


def test_session28_a_series_of_words_may_end_in_a_phrase(session28):
    found = session28("We collected 312 tins for the foodbank 🥫 Joy, hope and a full cupboard.")
    assert not _names(found, "Joy"), found
    found = session28("Well done Joy, Hope and Amir for the assembly!")
    assert ("PUPIL_FORENAME", "Joy") in found and ("PUPIL_FORENAME", "Hope") in found, found


def test_session28_places_ships_and_holy_figures(session28):
    for text, name in (
        ("P1-3 trip to Blair Drummond Safari Park 🦁🦒", "Blair"),
        ("Sunset from Scott's View last night 🌅", "Scott"),
        ("All aboard the Victoria of Wight ⛴️ off to the mainland!", "Victoria"),
        ("Today we honour Mary, the Mother of God, with a decade of the Rosary.", "Mary"),
        ("Year 10 compared the stories of Maryam (AS) in the Qur'an and the Gospel.", "Maryam"),
    ):
        found = session28(text)
        assert not _names(found, name), (text, found)
    for text, name in (
        ("Well done Blair and Scott for the rugby!", "Blair"),
        ("Well done Mary, the Year 8 captain!", "Mary"),
        ("Well done Maryam (10B) for her essay!", "Maryam"),
        ("Victoria of Year 2 read beautifully.", "Victoria"),
    ):
        assert ("PUPIL_FORENAME", name) in session28(text), text


def test_session28_a_pupil_by_her_year_and_a_child_quoted(session28):
    found = session28("cross country results: 1st amir (y5), 2nd joy (y5) 🏃‍♀️")
    assert ("PUPIL_FORENAME", "joy") in found, found
    assert not _names(session28("pure joy (so much fun) at the disco"), "joy")
    found = session28('What is a reiver? Archie: "a big river". Hope: "my grandad\'s tractor".')
    assert ("PUPIL_FORENAME", "Hope") in found, found


def test_session28_an_age_after_a_birthdays_emoji_and_a_date_that_is_no_phone(session28):
    found = session28("Happy sweet 16 to my goddaughter 🥂💖 16 on 9 December 2010 and taller!")
    assert ("DATE_OF_BIRTH", "9 December 2010") in found, found
    assert not [f for f in session28("Match report ⚽ 3 on Saturday 9 December 2023, we won")
                if f[0] == "DATE_OF_BIRTH"]  # fmt: skip
    found = session28("Attendance panel: Joy Evans DOB 2012-09-30 – 78%, two buses")
    assert ("DATE_OF_BIRTH", "2012-09-30") in found, found
    assert not [f for f in found if f[0] == "PHONE"], found


def test_session28_an_email_spelt_out_with_a_hyphened_domain(session28):
    found = session28("forward it to joy dot okonkwo at vs-haringey dot example by Friday")
    assert any(e == "EMAIL" for e, _ in found), found


def test_session28_a_notes_next_sentence_on_the_pupils_line_is_about_her(session28):
    text = ("CPOMS summary wk 3 – for the DSL file\nJoy Evans (Y5) – disclosed that mum's "
            "boyfriend hit her on Sunday night. Referral made to MASH 11:20, police informed.\n"
            "Hope Price (Y4) – came in hungry again, no coat.")  # fmt: skip
    found = session28(text)
    assert ("PUPIL_RECORD", "MASH") in found, found


def test_session28_a_name_its_email_spells_run_together(session28):
    found = session28("Deposit emails: Joy Evans – Majella Evans majellaevans@btinternet.com")
    assert ("OTHER_PERSON", "Majella Evans") in found, found


# Session 29: from the halves read of sets 146-153 (names and sentences invented here).
@pytest.fixture(scope="module")
def session29():
    """The real detector with a register of pupils named in Cyrillic, listed surname first,
    and named beside their families."""
    pupils = [
        _pupil("V1", "Taras", "Bondarenko"), _pupil("V2", "Yuliia", "Shevchuk"),
        _pupil("V3", "Kayden", "Rowles"), _pupil("V4", "Marina", "Ferreira"),
        _pupil("V5", "Levi", "Loveday"), _pupil("V6", "Darya", "Karimi"),
        _pupil("V7", "Ocean", "Haddon"),
    ]  # fmt: skip
    return _entities("session29", pupils)


def test_session29_a_pupil_named_in_cyrillic(session29):
    found = session29("Вітаємо! Учень 3 класу Тарас Бондаренко переміг у конкурсі читання.")
    assert ("PUPIL_FULL_NAME", "Тарас Бондаренко") in found, found
    found = session29("Наша Юлія Шевчук сьогодні виступала на концерті 🎶")
    assert ("PUPIL_FULL_NAME", "Юлія Шевчук") in found, found
    # Look-alike letters in a Latin post are still an evasion of the Latin name.
    found = session29("Well done Кayden Rоwles for the reading award!")
    assert ("PUPIL_FULL_NAME", "Кayden Rоwles") in found, found


def test_session29_a_register_pair_surname_first_in_lower_case_and_with_a_possessive(session29):
    found = session29("recheck these on the system:\nrowles, kayden\nhaddon, ocean")
    assert ("PUPIL_FULL_NAME", "rowles, kayden") in found, found
    assert ("PUPIL_FULL_NAME", "haddon, ocean") in found, found
    found = session29("Could the office check Ferreira, Marina's passport number?")
    assert ("PUPIL_FULL_NAME", "Ferreira, Marina") in found, found
    # a relative after the possessive: an adult's surname, then the child's forename
    found = session29("Thanks to Mr and Mrs Ferreira, Marina's grandparents, for the cake")
    assert ("PUPIL_FULL_NAME", "Ferreira, Marina") not in found, found


def test_session29_a_name_an_email_spells_with_digits_reversed_or_spelt_out(session29):
    for text, name in (
        ("Class reps: Rui Cardoso – rui.cardoso77@hotmail.co.uk", "Rui Cardoso"),
        ("Bounced: Vasile Moldovan – MOLDOVAN.VASILE09@YAHOO.CO.UK", "Vasile Moldovan"),
        ("Parents: Dai Prothero dai.prothero at gmail dot com (his wish)", "Dai Prothero"),
        (
            "Stepdad Paul Lighthouse paullighthouse.shifts@outlook.com, nights only",
            "Paul Lighthouse",
        ),
        (
            "email from ramin tehrani (an uncle) about pick-up: ramin.tehrani51@gmail.com",
            "ramin tehrani",
        ),
        # a footballer's name, but the parent the address reaches
        ("Contacts: Bruno Fernandes – bruno.fernandes84@outlook.com", "Bruno Fernandes"),
    ):
        found = session29(text)
        assert ("OTHER_PERSON", name) in found, (text, found)


def test_session29_names_in_lower_case_after_thanks_in_any_language(session29):
    for text, name in (
        (
            "huge thank u to dermot kilbane from the rugby club for the tackle bags",
            "dermot kilbane",
        ),
        ("Paldies to Ilze Kalnina and aigars berzins for the rye bread!", "aigars berzins"),
        ("Obrigadu barak to jacinto ximenes for the music", "jacinto ximenes"),
    ):
        found = session29(text)
        assert ("OTHER_PERSON", name) in found, (text, found)
    # English words after "to" are no cue: nobody is named
    assert not [f for f in session29("We went to the park and talked to james about it.")
                if f[0] == "OTHER_PERSON"]  # fmt: skip


def test_session29_not_private_people(session29):
    for text in (
        "🚧 OPERATION STACK IS IN FORCE from 6am, allow extra time!",
        "The charity was founded by Sir Arthur Pearson for soldiers blinded in the war.",
        "Our sports hall was opened by Dame Kelly Holmes in 2009.",
        'Year 9 drama: "Billy Elliot" auditions are on Thursday after school.',
    ):
        found = session29(text)
        assert not [f for f in found if f[0] == "OTHER_PERSON"], (text, found)
    found = session29("On this day in 1889 Preston North End won the league unbeaten.")
    assert not [f for f in found if f[0] == "ADDRESS"], found
    found = session29("Her new home is 1889 Preston Road, by the park.")
    assert ("ADDRESS", "1889 Preston Road") in found, found


def test_session29_a_date_of_birth_in_the_solar_calendar(session29):
    found = session29("New starter: Darya Karimi, DOB 3 Mehr 1392 on her Afghan tazkira.")
    assert ("DATE_OF_BIRTH", "3 Mehr 1392") in found, found
    assert not [f for f in session29("The Persian new year falls on 1 Farvardin 1404, in spring")
                if f[0] == "DATE_OF_BIRTH"]  # fmt: skip


def test_session29_care_orders_prisons_body_maps_and_a_people_in_a_clause(session29):
    for text, words in (
        (
            "Kayden Rowles: interim care order made yesterday, placement unchanged.",
            "interim care order",
        ),
        ("Levi Loveday – dad's just been sent to Swaleside, be gentle with him.", "to Swaleside"),
        ("Ocean Haddon – bruising to her shin, body map done, DSL told.", "body map"),
        ("Marina Ferreira – living in a council B&B since Friday, room 4.", "council B&B"),
        ("Register note: Levi absent all week, Romany family, away at the fair.", "Romany"),
        ("Ocean Haddon - enlarged print please, nystagmus, she tires quickly.", "nystagmus"),
        ("Kayden Rowles – visual stress, use the blue overlay in reading.", "visual stress"),
    ):
        found = session29(text)
        assert ("PUPIL_RECORD", words) in found, (text, found)
    # a people's family night is no pupil's ethnicity
    found = session29("Levi read a poem at our International Evening. Polish family, welcome!")
    assert ("PUPIL_RECORD", "Polish") not in found, found


@pytest.fixture(scope="module")
def session30():
    """The real detector with sets 154-161's shapes: a Faroese name, word-names, a class a
    forename follows, a pupil named after "Sister", Jewish families' dates."""

    def in_class(upn, forename, surname, class_name):
        return PupilView(upn, forename, surname, "", "Year 4", class_name,
                         f"{forename} {surname[0]}. (Year 4)", {}, False, None, 0, None, None,
                         False, True)  # fmt: skip

    pupils = [
        _pupil("W1", "Heðin", "Poulsen"), _pupil("W2", "Summer", "Osei"),
        _pupil("W3", "Precious", "Bakare"), _pupil("W4", "Elka", "Landau"),
        in_class("W5", "Tilly", "Rendall", "Scarfie"), _pupil("W6", "Raizy", "Gluck"),
        _pupil("W7", "Diogo", "Abreu"), _pupil("W8", "Zac", "Hamon"),
        _pupil("W9", "Tyrese", "Gayle"),
    ]  # fmt: skip
    from clearpost.detect.text.text_pii import shared_text_detector

    detector = shared_text_detector()
    detector.load()

    def find(text, school=None):
        detector.use_register("session30", lambda: (pupils, []))
        return [(f.entity, f.text) for f in detector.find(text, school or {})]

    return find


def _finds_each(find, entity: str, cases) -> None:
    """Each (text, words): the detector finds the words as that entity."""
    for text, words in cases:
        found = find(text)
        assert (entity, words) in found, (text, found)


def _finds_none(find, entity: str, texts) -> None:
    """Each text: the detector finds nothing of that entity in it."""
    for text in texts:
        found = find(text)
        assert not [f for f in found if f[0] == entity], (text, found)


def test_session30_names_in_letters_english_lacks_and_words_that_are_names(session30):
    _finds_each(
        session30,
        "PUPIL_FORENAME",
        (
            ("Sports day! Heðin won the sack race and came second in the egg and spoon.", "Heðin"),
            (
                "Wisdom asked the best question of the day, and Summer sketched the warehouse.",
                "Summer",
            ),
            ("🎂 Happy 7th birthday to our lovely Precious! Enjoy your party.", "Precious"),
            (
                "Attendance note: 10 days away over Succos. Sister Elka was in school throughout.",
                "Elka",
            ),
            ("My brave Scarfie Tilly with her arm in plaster at the Christmas show 💪", "Tilly"),
        ),
    )
    # the same words as words: nobody named
    _finds_none(
        session30, "PUPIL_FORENAME", ("We had a lovely Summer, and the garden gave us beans.",)
    )


def test_session30_dates_of_birth_in_the_hebrew_calendar_and_year_first(session30):
    _finds_each(
        session30,
        "DATE_OF_BIRTH",
        (
            (
                "Yom Huledes sameach Raizy! She turned 5 on 14 Cheshvan, bli ayin hara!",
                "14 Cheshvan",
            ),
            (
                "Cake rota:\nRaizy Gluck – born 9 Shevat\nElka Landau – 27th January 2015",
                "9 Shevat",
            ),
            ("Hebrew birthdays:\nRaizy Gluck – 05.02.2019 / 30 Shevat 5779", "30 Shevat 5779"),
            (
                "A cake for my niece 🎂 Raizy turns 5 on Rosh Chodesh Sivan, before Shavuos.",
                "Rosh Chodesh Sivan",
            ),
            ("Host family form: Zac Hamon (DOB 2010/03/21) – host: the Guilles", "2010/03/21"),
            ("Late entries:\nABREU Diogo  F893 6157 15 243  30/01/2011", "30/01/2011"),
            (
                "Our Kingfisher was born in Riga on Latvian Independence Day 2019 🎆",
                "Latvian Independence Day 2019",
            ),
        ),
    )
    _finds_none(
        session30,
        "DATE_OF_BIRTH",
        (
            "Tisha B'Av falls on 9 Av this year; school is closed.",
            "We learnt about 15 Shevat, the new year of trees, and planted parsley.",
            "Guernsey celebrates Liberation Day on 9 May every year.",
        ),
    )


def test_session30_an_address_whole_with_its_postcode_and_a_number_before_a_list_row(session30):
    found = session30("Diogo Abreu – new address Le Courtil, Rue de la Chênaie GY14 6FD. Thanks")
    # the street's words end where the postcode begins: both found, side by side
    assert ("ADDRESS", "Le Courtil, Rue de la Chênaie") in found, found
    assert ("POSTCODE", "GY14 6FD") in found, found
    found = session30("Diogo Abreu – La Petite Maison, Ruette des Ormeaux – absent all week")
    assert ("ADDRESS", "La Petite Maison, Ruette des Ormeaux") in found, found
    found = session30("Visits:\n1. Zac Hamon – mum not answering, try 07700 900237\n2. Diogo")
    assert ("PHONE", "07700 900237") in found, found


def test_session30_adults_named_beside_their_numbers_or_a_parents_illness(session30):
    _finds_each(
        session30,
        "OTHER_PERSON",
        (
            ("Helper rota:\nHanus Olsen - +44 7700 900 291 (first half only)", "Hanus Olsen"),
            ("Spring rolls – Nguyễn Văn Bình 07700 900255", "Nguyễn Văn Bình"),
            (
                "FYI Tyrese is a young carer - looks after her mum (Michelle Rimmer, MS).",
                "Michelle Rimmer",
            ),
        ),
    )
    _finds_none(
        session30,
        "OTHER_PERSON",
        (
            "The Earl Sigurd is off service today, gales forecast 50-60mph.",
            "Year 10 French visit on Thursday #HugoInGuernsey",
            "One learner came dressed as Captain Jack Sparrow to the Hoe!",
            "The Concrete Cows were made in 1978 by the artist Liz Leyh.",
            "Oakfield Surgery 0161 496 0127 for repeat prescriptions",
            "Thank you to Elin Jones MS for visiting our Senedd club.",
        ),
    )


def test_session30_a_parent_gone_or_violent_mourning_housing_and_therapies(session30):
    _finds_each(
        session30,
        "PUPIL_RECORD",
        (
            (
                "Tyrese told me Tatty walked out on Shabbos and asked to sit with me.",
                "Tatty walked out",
            ),
            (
                'CPOMS – Tyrese Gayle: bruise on upper arm, said "Tatty grabbed me".',
                "Tatty grabbed me",
            ),
            ("Tyrese Gayle and Raizy are in their year of aveilus for their mother.", "aveilus"),
            (
                "Tyrese's mam lost her job at the fish factory and there's four of them.",
                "mam lost her job",
            ),
            ("Tyrese Gayle – finally housed by the council in Bletchley.", "housed by the council"),
            (
                "Tyrese Gayle – new address on file. Dad's not to be given any information.",
                "not to be given any information",
            ),
            (
                "Tyrese Gayle: her first host placement broke down at Christmas.",
                "host placement broke down",
            ),
            ("Tyrese Gayle: 100% fee remission continued for next year.", "fee remission"),
            ("Tyrese Gayle – speech delay, referral sent.", "speech delay"),
            ("Tyrese - wants to do DBT homework in the quiet room", "DBT"),
            ("Tyrese is losing her hair this week and wants us all in hats.", "losing her hair"),
        ),
    )


def test_session30_the_schools_name_read_as_the_post_is_read(session30):
    school = {"name": "Les Câtillons High School", "address": "Route des Câtillons, Castel"}
    found = session30("The 71 bus will now stop at Les Câtillons at 8.20 and 3.35.", school)
    assert not [f for f in found if f[0] == "OTHER_PERSON"], found


def test_session30_complex_needs_care_fasting_and_final_warnings(session30):
    _finds_each(
        session30,
        "PUPIL_RECORD",
        (
            ("KITCHEN – Tyrese Gayle – nil by mouth, bolus via button only", "nil by mouth"),
            ("Raizy Gluck – stage 2 thickened fluids", "thickened fluids"),
            ("Night checks – 2-hourly turns: Tyrese. Raizy sats probe only.", "sats probe"),
            ("Big day for Tyrese 💜 his new spinal jacket fitted at Derriford.", "spinal jacket"),
            ("Diogo Abreu – Lennox-Gastaut, rescue meds in the clinic.", "Lennox-Gastaut"),
            (
                "Mum drove up to sit in Tyrese Gayle's best interests meeting about his future.",
                "best interests meeting",
            ),
            (
                "Tyrese Gayle back late from town. On a final warning as of tonight.",
                "final warning",
            ),
        ),
    )
    # fasting is a weak word (the sentence model must agree); said of no child, nothing
    found = session30("Children who are fasting are welcome to rest in the library.")
    assert not [f for f in found if f[0] == "PUPIL_RECORD"], found


def test_session30_a_named_home_before_its_postcode(session30):
    _finds_each(
        session30,
        "ADDRESS",
        (
            (
                "Tues – Diogo Abreu, Higher Clampitt Farm, nr Paignton TQ18 5DL",
                "Higher Clampitt Farm, nr Paignton",
            ),
            (
                "Zac Hamon - The Old Granary, Upper Puckham, GL58 7QD - 6.15pm",
                "The Old Granary, Upper Puckham",
            ),
        ),
    )

    # (the postcodes beside them are findings of their own)
    assert ("POSTCODE", "TQ18 5DL") in session30("Higher Clampitt Farm, nr Paignton TQ18 5DL")


def test_session30_word_names_in_a_noted_list_or_by_who_said_it(session30):
    found = session30("Easter bonnets 🐣 Prizes to Tyrese (lambs), Summer (the farm!) and Zac.")
    assert ("PUPIL_FORENAME", "Summer") in found, found
    found = session30("L-R: Tyrese, Zac, Diogo and captain Summer. Unbeaten all season!")
    assert ("PUPIL_FORENAME", "Summer") in found, found
    found = session30('Tyrese and Zac are now "fire masters" according to Precious 🔥')
    assert ("PUPIL_FORENAME", "Precious") in found, found


def test_session30_history_and_helplines_are_no_private_adults(session30):
    _finds_none(
        session30,
        "OTHER_PERSON",
        (
            "Assembly hero: Marie Ozanne, who protested against the Occupation and died in 1943.",
            "The National Domestic Abuse Helpline (0808 2000 247) offers free support.",
        ),
    )
    found = session30("RIP Derek Crocker, Tyrese's grandad, who died in 2025.")
    assert ("OTHER_PERSON", "Derek Crocker") in found, found


@pytest.fixture(scope="module")
def session31():
    """The real detector with sets 162-169's shapes: a Sikh girl's middle name, Spanish and
    Portuguese double surnames, a hyphened one, a Korean name."""
    pupils = [
        _pupil("V1", "Gurnoor", "Sandhu"), _pupil("V2", "Valentina", "Restrepo Ospina", "Vale"),
        _pupil("V3", "Gonçalo", "Silva Andrade"), _pupil("V4", "Jada", "Campbell-Lewis"),
        _pupil("V5", "Sagar", "Gurung"), _pupil("V6", "Semhar", "Tekle"),
        _pupil("V7", "Callum", "Reid"), _pupil("V8", "Maria", "da Costa"),
        _pupil("V9", "Ellie-Rose", "Barnes"), _pupil("V10", "Inti", "Quispe"),
        _pupil("V11", "Tansy", "Hedges"), _pupil("V12", "Noor", "Khan"),
        _pupil("V13", "Arjan", "Dhillon"), _pupil("V14", "Prabin", "Rai"),
    ]  # fmt: skip
    return _entities("session31", pupils)


def test_session31_a_middle_name_or_one_part_of_a_double_surname(session31):
    _finds_each(
        session31,
        "PUPIL_FULL_NAME",
        (
            ("Ran into Gurnoor Kaur Sandhu in the langar queue 😂", "Gurnoor Kaur Sandhu"),
            ("GURNOOR KAUR SANDHU - late again", "GURNOOR KAUR SANDHU"),
            ("DSL log - Vale Restrepo: dad has been deported (Tues).", "Vale Restrepo"),
            ("Gonçalo Andrade - not been in since Tuesday, phone off", "Gonçalo Andrade"),
            ("Gonçalo Silva - not been in since Tuesday, phone off", "Gonçalo Silva"),
            ("Emergency contact missing for Jada Campbell, gran to ring.", "Jada Campbell"),
        ),
    )
    # A word between that is no name keeps the two apart; so does a comma
    _finds_none(
        session31,
        "PUPIL_FULL_NAME",
        (
            "Gurnoor stayed behind, Sandhu family please ring.",
            "Maria da Silva is our speaker.",
            "Well done Maria Costa on her certificate!",  # "da Costa" is one surname
        ),
    )


def test_session31_notes_of_a_coach_list_a_first_aid_log_and_a_welfare_visit(session31):
    _finds_each(
        session31,
        "PUPIL_RECORD",
        (
            ("Front seats: Sagar (gets carsick - bucket + window)", "carsick"),
            ("10.40 Sagar G (Y6) - bumped her head on the climbing frame", "bumped her head"),
            ("Semhar Tekle - period pain, paracetamol given 11.05", "period pain"),
            ("Jada Campbell-Lewis (R) - SCD, penicillin daily", "SCD"),
            ("Sagar Gurung - DCD - pencil grips, writing slope", "DCD"),
            ("Callum Reid - 25% extra time (slow processing)", "slow processing"),
            ("Sagar Gurung - tree nuts", "tree nuts"),
            ("Semhar Tekle - being married off in Pakistan, friends say.", "married off"),
            ("Callum Reid - involved, verbal warning", "verbal warning"),
            ("Callum Reid - 75% fee reduction, as his brother", "fee reduction"),
            ("Sagar said good morning today, after 18 months of not speaking at school.",
             "not speaking at school"),
        ),
    )  # fmt: skip


def test_session31_a_bus_stop_after_its_time(session31):
    found = session31("Minibus stops:\n7.05 14 Curium Crescent – Callum Reid")
    assert ("ADDRESS", "14 Curium Crescent") in found, found
    # a time's minutes alone are still no house number
    found = session31("Doors open 8.30, Mill Leat Road entrance")
    assert not [f for f in found if f[0] == "ADDRESS"], found


def test_session31_family_named_after_a_kin_word_or_by_the_pupils_surname(session31):
    _finds_each(
        session31,
        "OTHER_PERSON",
        (
            ("Emergency contact - gran Hyacinth Campbell says ring her.", "Hyacinth Campbell"),
            ("Please ring Sandra Barnes about Ellie-Rose Barnes tomorrow.", "Sandra Barnes"),
            ("Taekwondo forms go to Master Jang Seok-ho by Friday.", "Jang Seok-ho"),
            ("Their Y2 teacher is Oh Mi-kyung, who asked for the list.", "Oh Mi-kyung"),
            ("Felting invoices:\nBastiaan van Dijk - b.vandijk.keramiek@outlook.com",
             "Bastiaan van Dijk"),
        ),
    )  # fmt: skip
    _finds_none(
        session31,
        "OTHER_PERSON",
        (
            "Thanks to mum Rose Garden for the cakes",  # (a thing's words)
            "Hogsmill loved The Name Jar by Yangsook Choi today 💛",  # a title's author
            # the namesake of a museum in the same post
            "Year 2 at the Horniman Museum: was Frederick Horniman the man who invented tea?",
            "Son Heung-min scored again!",  # a public figure
            "Rose Street, Iona Street, Duncan Place, Henderson Street: who were they?",
            "Swimming:\nPrabin NOT in the water until the letter comes back",
        ),
    )
    found = session31("Swimming:\nPrabin NOT in the water until the letter comes back")
    assert ("PUPIL_FORENAME", "Prabin") in found, found
    # a public figure whose names hold a pupil's, with a middle name between
    found = session31("Assembly: Noor Inayat Khan was a secret agent in World War Two.")
    assert ("PUPIL_FULL_NAME", "Noor Inayat Khan") not in found, found


def test_session31_a_rare_word_that_is_a_forename_and_a_date_corrected(session31):
    found = session31("Rosa on the charango and Inti on the zampoña. Bolivia represented!")
    assert ("PUPIL_FORENAME", "Inti") in found, found
    found = session31("Greta + Tansy - Philippa has their forms")
    assert ("PUPIL_FORENAME", "Tansy") in found, found
    found = session31(
        "Please correct SIMS, wrong dob entered:\ndhillon, arjan – should be 17 January 2016"
    )
    assert ("DATE_OF_BIRTH", "17 January 2016") in found, found
    # "appeal" in lower case is a tribunal's, not a charity's
    found = session31("Callum Reid will be off Weds for the asylum appeal at Taylor House.")
    assert ("PUPIL_RECORD", "asylum") in found, found


@pytest.fixture(scope="module")
def session32():
    """The real detector with sets 170-177's shapes: a pupil who shares her class's name, a
    forename that is a plant, a river, a lamp, a dog's name; a Welsh Dafydd."""

    def in_class(upn, forename, surname, class_name):
        return PupilView(upn, forename, surname, "", "Year 4", class_name,
                         f"{forename} {surname[0]}. (Year 4)", {}, False, None, 0, None, None,
                         False, True)  # fmt: skip

    pupils = [
        in_class("X1", "Krishna", "Ruparelia", "Narmada"), in_class("X2", "Radha", "Majithia",
                                                                      "Krishna"),
        _pupil("X3", "Poppy", "Lamb"), _pupil("X4", "Heather", "Bowman"),
        _pupil("X5", "Teifi", "Jones"), _pupil("X6", "Abraham", "Yohannes"),
        _pupil("X7", "Diya", "Patel"), _pupil("X8", "Dafydd", "Morgan"),
        _pupil("X9", "Freya", "Lindqvist"), _pupil("X10", "Filip", "Wróbel"),
        _pupil("X11", "Rosa", "Clarke"), _pupil("X12", "Christy", "Lee"),
        _pupil("X13", "Rowan", "Hart"),
    ]  # fmt: skip
    return _entities("session32", pupils)


def test_session32_a_forename_that_is_a_class_a_river_a_plant_or_a_pet(session32):
    _finds_none(
        session32,
        "PUPIL_FORENAME",
        (
            "Krishna class made rangoli patterns with coloured rice today 🌈",
            "My collie Poppy has eaten a whole packet of hobnobs 🐕",
            "Coracles on the Teifi at Cenarth 🛶 colder than it looks!",
            "Derwent class went up to the Heights of Abraham today 🚡",
            "Heather's in bloom right across Hartside and the fell is purple.",
            "Lit his diya by the photo and made his favourite mohanthal.",
            "Every diya is drying on the windowsill 🪔",
            "Rowan trees are in full blossom along the Kingsway.",
            "Hywel Dda's laws were written down at Hendy-gwyn ar Daf in the 900s.",
        ),
    )
    # ... and each is still the child where it names her
    for text, name in (
        ("Krishna made rangoli with Radha today.", "Krishna"),
        ("Poppy has eaten all her lunch today!", "Poppy"),
        ("Heather is in Year 2 and loves the fell.", "Heather"),
        ("Rowan is in Year 2 and loves trees.", "Rowan"),
        ("so proud of diya today, she read in assembly", "diya"),
        ("Lovely photos of Abraham at the caves today.", "Abraham"),
    ):
        found = session32(text)
        assert ("PUPIL_FORENAME", name) in found, found


def test_session32_a_public_persons_birthday_a_list_of_public_people_a_month(session32):
    found = session32("Pooh Day 🍯 A.A. Milne's birthday is 18 January, so P1 have a picnic.")
    assert not [f for f in found if f[0] == "DATE_OF_BIRTH"], found
    found = session32("It's Freya's birthday on 18 January!")
    assert ("DATE_OF_BIRTH", "18 January") in found, found
    _finds_none(
        session32,
        "OTHER_PERSON",
        (
            "Most famous person from Middlesbrough? KS3 poll:\n1. Captain Cook\n2. Bob Mortimer"
            "\n3. Steph McGovern\n4. Chris Rea\n5. Paul Daniels",
            "Santos Populares! 🎉 In June Lisbon celebrates Santo António.",
            "Knife crime week: Cleveland Police's schools officer came in to talk to KS4.",
            "Safon Uwch Cymraeg: Cysgod y Cryman by Islwyn Ffowc Elis 🌾",
            "Dev Deepawali is the festival of lights for the gods.",
        ),
    )
    found = session32("Thank you to June Lisbon, Rui's grandma, for the sardines.")
    assert ("OTHER_PERSON", "June Lisbon") in found, found


def test_session32_a_first_aid_log_a_deaf_childs_implant_police_and_a_grandad_dying(session32):
    _finds_each(
        session32,
        "PUPIL_RECORD",
        (
            ("11.05 Filip Wróbel - bumped head on climbing frame, letter home", "bumped head"),
            ("1.15 Poppy Lamb - winded after a fall on the field", "winded"),
            ("Christy is recognising her name from behind, huge milestone post-implant!",
             "implant"),
            ("Christy Lee - new earmoulds today, left one whistling", "earmoulds"),
            ("Filip Wróbel - Police have been informed.", "Police have been informed"),
            ("Rosa Clarke - racist comment in the lunch queue, parents called", "racist comment"),
            ("Supporting Rosa with a social story about her grandad dying.", "grandad dying"),
        ),
    )  # fmt: skip
    _finds_none(
        session32,
        "PUPIL_RECORD",
        ("Rosa is passing the ball much better.", "Rosa is dying her hair blue for charity!"),
    )


def test_session32_a_home_abroad_and_an_age_about_to_be_reached(session32):
    for text, address in (
        ("Name day party at ours on Sunday – Agiou Georgiou 14, Kolossi. All welcome!",
         "Agiou Georgiou 14"),
        ("Babcia lives at ul. Długa 7/3 in Gdańsk", "ul. Długa 7/3"),
        ("Summer address: Rua da Liberdade 23, Funchal", "Rua da Liberdade 23"),
    ):  # fmt: skip
        found = session32(text)
        assert ("ADDRESS", address) in found, found
    for text in ("We walked along the Via Appia 12 km today", "Via Ferrata 3 times!"):
        found = session32(text)
        assert not [f for f in found if f[0] == "ADDRESS"], found
    found = session32("Officially 40 on the 17th of February 😱 the night team made a cake")
    assert ("DATE_OF_BIRTH", "the 17th of February") in found, found


def test_session32_a_pupils_surname_when_the_name_is_written_surname_first():
    """_pupils_surnames takes the words that are not the pupil's forename (from the register),
    so "HAQUE Rumana" gives Haque, and an adult Haque in the post is her family."""
    from clearpost.detect.text.register_index import Person
    from clearpost.detect.text.text_filters import _Item, _pupils_surnames

    rumana = Person("pupil", "X1", "Rumana H.", ("Rumana",))
    text = "HAQUE Rumana - collected by Shamima Haque"
    item = _Item("PUPIL_FULL_NAME", 0, 12, 1.0, {"people": [rumana]})
    assert _pupils_surnames(text, [item]) == {"haque"}
    text = "Rumana Haque - collected by Shamima Haque"
    assert _pupils_surnames(text, [item]) == {"haque"}


@pytest.fixture(scope="module")
def session33():
    """The real detector with sets 178-185's shapes: word-names (Hope, Summer, Haven), a
    preferred name (Sandy, Sunny, Tinho), a surname capitalised inside (McMaster), a surname's
    particle (de Villiers), forenames that are also figures of a story (Asiya, Yusra)."""
    pupils = [
        _pupil("X1", "Elvis", "Căldăraru"), _pupil("X2", "Casandra", "Rostaş"),
        _pupil("X3", "Zoya", "Butt"), _pupil("X4", "Anam", "Malik"),
        _pupil("X5", "Kiran", "Gill"), _pupil("X6", "Mia", "Jones"),
        _pupil("X7", "Ruby", "McMaster"), _pupil("X8", "Hope", "Logan"),
        _pupil("X9", "Alexander", "Patton", "Sandy"), _pupil("X10", "Summer", "Kerr"),
        _pupil("X11", "Agustinho", "Belo", "Tinho"), _pupil("X12", "Divine", "Eze"),
        _pupil("X13", "Yuxuan", "Li", "Sunny"), _pupil("X14", "Haven", "Cartwright"),
        _pupil("X15", "Ruben", "de Villiers"), _pupil("X16", "Asiya", "Patel"),
        _pupil("X17", "Yusra", "Bux"), _pupil("X18", "Maira", "Ul-Haq"),
        _pupil("X19", "Arjun", "Mehta"), _pupil("X20", "Teddy", "Quayle"),
    ]  # fmt: skip
    return _entities("session33", pupils)


def test_session33_a_log_goes_on_about_its_pupil(session33):
    _finds_each(
        session33,
        "PUPIL_RECORD",
        (
            # a record's word heads the paragraph: its later sentences are the pupil's
            ("CPOMS 22/05 – Elvis Căldăraru P7. Mum informed. 1-day suspension agreed with NK.",
             "day suspension"),
            ("CPOMS 03/02 – Casandra Rostaş P5. Came in without a coat. Has head lice (3rd time "
             "this term).", "head lice"),
            # "Both" and a participle are the two just named
            ("Incident log: Zoya Butt and Anam Malik – argument in the changing rooms. Both given"
             " a day's internal exclusion, parents informed.", "internal exclusion"),
            # a dash inside brackets ends no sentence
            ("Uniform grant list (confidential – office only): Kiran Gill, Mia Jones – all "
             "approved.", "Uniform grant"),
        ),
    )  # fmt: skip


def test_session33_new_words_of_health_family_and_safeguarding(session33):
    _finds_each(
        session33,
        "PUPIL_RECORD",
        (
            ("Cover notes: Kiran - bereaved, be gentle", "bereaved"),
            ("Darren Gill is NOT allowed to collect Kiran Gill - interdict granted today.",
             "interdict"),
            ("Mia Jones may need the toilet pass (IBS).", "IBS"),
            ("Elvis Căldăraru – PDA profile, sensory seeking.", "PDA"),
            ("Referral to SLT sent for Agustinho Belo (speech sound delay).",
             "speech sound delay"),
            ("Nurture group: Anam Malik – attachment difficulties", "attachment difficulties"),
            ("Zoya Butt - sit her away from the window, phobia of wasps", "phobia"),
            ("Zoya Butt and Anam Malik were interviewed under caution.",
             "interviewed under caution"),
            ("Mia Jones: the family moved out of the HMO after the fire.", "HMO"),
            ("Elvis Căldăraru collected late again, mum uncontactable.", "uncontactable"),
            ("Zoya Butt - no passport, ARC card only", "ARC card"),
            ("Maira Ul-Haq 9S: Dad is no longer at the family home.",
             "no longer at the family home"),
            ("Casandra Rostaş's mum rang. Families First referral made by HP.",
             "Families First referral"),
            ("Allergy list:\nMia Jones - sesame\nArjun Mehta - no egg (not even in cakes)", "egg"),
        ),
    )  # fmt: skip


def test_session33_word_names_in_an_awards_list_a_note_and_a_shout(session33):
    _finds_each(
        session33,
        "PUPIL_FORENAME",
        (
            ("Stars of the Week 🌟\nHope for trying so hard with her sounds\nSandy for amazing "
             "counting all the way to 20!", "Hope"),
            ("Stars of the Week 🌟\nHope for trying so hard with her sounds\nSandy for amazing "
             "counting all the way to 20!", "Sandy"),
            ("For the trip tmrw: Mia needs her tablet at 9. Summer can't have the ice cream "
             "(milk allergy).", "Summer"),
            ("Trip medical bag:\n☐ Sunny - adrenaline pens x2\n☐ Mia - inhaler", "Sunny"),
            ("Uniform bank requests (JB)\nHaven – school shoes size 5, family in temporary "
             "accommodation", "Haven"),
            ("Sports day winners: sack race: LUCY! Egg and spoon: TINHO!", "TINHO"),
            ("Divine from the nursery came to give me a cuddle for luck today", "Divine"),
        ),
    )  # fmt: skip
    found = session33("Nurture group from next week:\n• McMaster Ruby – parental separation")
    assert ("PUPIL_FULL_NAME", "McMaster Ruby") in found, found


def test_session33_figures_of_a_story_and_a_books_blurb_are_no_pupils(session33):
    for text in (
        "Islamic Studies Y7: Asiya, the wife of Firaun, who stayed firm in her faith in his "
        "palace. Powerful discussion today.",
        "Hifz reflection: \"Fa inna ma'al 'usri yusra\" – verily, with hardship comes ease.",
        "Book of the month: 'I Am Thunder' by Muhammad Khan – a Muslim girl, a secret and a "
        "big decision. Copies in the library (she's read it twice!).",
    ):
        found = session33(text)
        assert not [f for f in found if f[0] in ("PUPIL_RECORD", "PUPIL_FORENAME")], found


def test_session33_dates_of_birth_and_public_people(session33):
    found = session33("Ferry needs DOBs for the booking:\nMia Jones 03/10/2014\n"
                      "Ruben de Villiers 21.01.2015")  # fmt: skip
    assert ("DATE_OF_BIRTH", "21.01.2015") in found, found
    found = session33("Phonics group DOBs:\nMia Jones - DOB 8 Oct 2020\n"
                      "Q307 9180 24 117 - 17 Jan 2021")  # fmt: skip
    assert ("DATE_OF_BIRTH", "17 Jan 2021") in found, found
    _finds_none(
        session33,
        "OTHER_PERSON",
        (
            "1549: 16,000 rebels camped on Mousehold Heath with Robert Kett.",
            "Magnus MacFarlane-Barrow, founder of Mary's Meals, sent us a thank-you letter.",
            "P6 learnt about the fight to save Ravenscraig and the famous convenor Tommy Brennan.",
            "🎄 Gavin & Stacey Christmas jumper day - Friday 12 Dec!",
        ),
    )
    found = session33("Thanks to Tommy Brennan for the fruit for the P6 party.")
    assert ("OTHER_PERSON", "Tommy Brennan") in found, found


@pytest.fixture(scope="module")
def session34():
    """The real detector, its tuned circumstance reader loaded (circumstance_reader.py)."""
    pupils = [_pupil("X1", "Kayden", "Walsh"), _pupil("X2", "Leila", "Haddad"),
              _pupil("X3", "Mariam", "Yusuf")]  # fmt: skip
    return _entities("session34", pupils)


def test_session34_the_tuned_reader_reads_what_no_list_or_example_holds(session34):
    """Injuries said in passing, which neither a listed word nor the examples' regression
    reads as health (each found by the reader alone: without it, nothing)."""
    _finds_each(
        session34,
        "PUPIL_RECORD",
        (
            ("Welcome back Kayden! He's been off since breaking his collarbone at the skate "
             "park.", "He's been off since breaking his collarbone at the skate park"),
            ("Leila did brilliantly in the swimming gala considering her shoulder was only "
             "pinned in March.", "did brilliantly in the swimming gala considering her "
             "shoulder was only pinned in March"),
        ),
    )  # fmt: skip


def test_session34_the_tuned_reader_leaves_a_pupils_news(session34):
    _finds_none(
        session34,
        "PUPIL_RECORD",
        (
            "Kayden scored twice in the final and the whole team celebrated.",
            "Leila's family brought in baklava for the whole class to share at Eid.",
            "Mariam won the spelling bee! She is off to the county final in March.",
        ),
    )
