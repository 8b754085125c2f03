"""The words that tell whether a register name is used as a name where it stands (titles,
months, things and places after a name, cues before and after it), judged by name_context.py."""

import re

TITLES = {"mr", "mrs", "miss", "ms", "mx", "dr", "sir", "dame", "prof", "professor",
          "rev", "revd", "reverend", "father", "sister", "madame", "mme", "mister",
          "coach", "head", "headteacher", "teacher",
          # the same in Irish, Scottish Gaelic and Welsh, as bilingual schools title staff
          # (accents folded): "Múinteoir Aoife", "An tUasal Ó Murchú", "Maighstir", "Athro"
          "muinteoir", "maistir", "maistreas", "uasal", "tuasal", "inion", "maighstir",
          "athro", "athrawes"}  # fmt: skip
# Titles that also say a sibling ("Sister Elka was in school throughout"): before a pupil's
# forename that is no English word, a sibling, not a nurse or a nun (who is "Sister Hughes").
SIBLING_TITLES = frozenset({"sister", "brother"})
# Words that begin a surname of two words or more: "Mrs Nic Giolla Easpaig" and "Mr Van Der
# Berg" are a title and one surname, not a title, a forename and a surname.
SURNAME_PARTICLES = {"o", "ni", "nic", "mac", "mc", "ui", "ua", "de", "del", "della", "di",
                     "da", "du", "van", "von", "der", "den", "le", "la", "al", "el", "bin",
                     "ben", "bint", "ibn", "ap", "ab", "fitz", "st"}  # fmt: skip
# Words between a forename and a surname that a register seldom holds: the Sikh names every
# girl and boy carries ("Gurnoor Kaur Sandhu", "Ekam Singh Sandhu") and their like.
MIDDLE_NAME_WORDS = frozenset({"kaur", "singh", "kumar", "kumari", "begum", "bibi", "devi"})
# Words after a title word that make it a pupil's office: "Head Girl", "Head Boy".
PUPIL_ROLES = {"boy", "girl", "boys", "girls", "student", "students", "prefect", "prefects",
               "pupil", "pupils", "chorister"}  # fmt: skip
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}  # fmt: skip
# Capitalised words after a name-like word that make it a place, event or thing.
THING_WORDS = {
    # a crowd, a scene or a cheer in a hashtag or a fans' name: "#RomaCulture", "Amber Army"
    "army", "culture", "squad", "crew", "fest", "vibes", "gang", "rocks", "matters",
    "zoo", "park", "square", "quay", "pier", "harbour", "palace", "museum", "centre", "center",
    "hall", "church", "school", "academy",
    "farm", "castle", "tower", "bank", "project", "valley", "forest", "garden", "gardens",
    "theatre", "library", "cathedral", "abbey", "beach", "bay", "lake", "island", "stadium",
    "arena", "trust", "club", "fair", "fayre", "fete", "day", "week", "term", "festival", "road",
    "street", "lane", "avenue", "class", "group", "team", "house", "room", "cottage",
    "wood", "woods", "hill", "hills", "river", "bridge", "station", "court", "close",
    "cup", "award", "awards", "concert", "show", "service", "assembly", "appeal", "league",
    "wedding", "warning", "holiday", "holidays", "half", "market", "cafe", "shop", "book",
    "books", "night", "champion", "costume", "costumes", "party", "prize", "trophy", "medal",
    "certificate", "challenge", "competition", "workshop", "lesson", "lessons", "reading",
    "potters", "telescope", "railway", "airport", "hospital", "council", "rotary", "trip",
    "visit", "residential", "tour", "run", "race", "games", "olympics", "marathon", "sale",
    "disco", "camp", "parade", "gala", "evening", "morning", "afternoon", "meeting", "session",
    "orchestra", "choir", "band", "quiz", "raffle", "walk", "hike", "rally", "exhibition",
    "high", "primary", "infants", "juniors", "college", "grammar", "nursery", "university",
    "manor", "world", "gallery", "mosque", "gurdwara", "mandir", "synagogue", "chapel", "estate",
    "wharf", "junction", "dock", "docks", "unit", "clinic", "collection", "monument",
    "memorial", "statue", "column", "yard", "trail", "stand", "view", "viewpoint",
    # an observance or a post named after a people: "Roma History Month", "Roma Family Liaison"
    "month", "history", "heritage", "liaison",
    # a business named after its owner: "Harry's Barbers", "Rose's Bakery"
    "barbers", "barber", "bakery", "bakers", "butchers", "salon", "garage", "restaurant",
    "takeaway", "pharmacy", "opticians", "florist", "florists", "deli", "diner",
    # football and rugby clubs: "Lincoln City", "Boston United", "Bristol Rovers"
    "city", "united", "town", "rovers", "athletic", "albion", "wanderers", "rangers",
    "county", "tree", "trees",
    # a cadet force's or an army's units: "Charlie Section", "Bravo Company"
    "section", "platoon", "troop", "squadron", "battalion", "regiment", "brigade", "company",
    # the same in Welsh, for bilingual posts: "Tŷ Glyder", "Ysgol Llwyn", "Capel Bethesda"
    # (as the detectors see them, accents folded: "tŷ" is "ty")
    "ty", "ysgol", "capel", "eglwys", "neuadd", "canolfan", "stryd", "heol", "lon", "ffordd",
    "castell", "pont", "afon", "llyn", "mynydd", "cwm", "dosbarth", "gwyl", "eisteddfod",
    "cor", "tim", "clwb", "sioe", "diwrnod", "dydd", "wythnos", "ffair", "gwasanaeth",
    "ysbyty", "siop", "caffi", "llyfrgell", "amgueddfa", "traeth", "fferm", "gwobr",
    # and in Irish and Scottish Gaelic: "Coláiste Feirste", "Cumann Lúthchleas Gael",
    # "Sgoil Ghàidhlig"
    "colaiste", "cumann", "gael", "scoil", "gaelscoil", "bunscoil", "naiscoil", "meanscoil",
    "ionad", "halla", "eaglais", "pairc", "feile", "seachtain", "sgoil", "talla", "comann",
    # a festival or rite named after a god, a guru or a saint: "Laxmi Puja", "Guru Nanak
    # Jayanti", "Ram Navami", "Ganesh Chaturthi", "Guru Nanak Gurpurab"
    "puja", "pooja", "jayanti", "navami", "chaturthi", "gurpurab", "purab", "tika", "tihar",
    "vivah",  # "Tulsi Vivah", the basil plant's wedding
    # ... or a holy day by the moon, a fair, a feast: "Maha Shivaratri", "Makar Sankranti",
    # "Hari Raya Aidilfitri", "Kurban Bayrami", "Santos Populares", "Dev Deepawali" (not
    # the words that are also given names: Purnima, Utsav, Bayram)
    "shivaratri", "ekadashi", "amavasya", "sankranti", "mahotsav", "mela", "deepawali",
    "deepavali", "diwali", "aidilfitri", "aidiladha", "bayrami", "festa", "fiesta", "feira",
    "populares",
    # an organisation: "Cleveland Police", "Shapla Arts", "Grampian Fire and Rescue" (not
    # Charity, a given name)
    "police", "constabulary", "arts", "fire", "ambulance", "rescue", "foundation", "society",
    "association", "collective", "federation", "partnership", "network", "alliance", "studio",
    "studios", "ensemble",
}  # fmt: skip
NAME_CUES_BEFORE = (
    "birthday girl", "birthday boy", "little", "my little", "our little", "well done",
    "congratulations to", "congratulations", "congrats to", "congrats", "thank you",
    "thanks to", "thanks", "proud of", "shout out to", "shoutout to", "star of the week",
    "welcome to", "welcome", "hello", "happy birthday", "good luck", "goodbye", "bravo", "go",
    "awarded to", "presented to", "dear", "according",  # ("according to": "to" is cut)
    # fond words with whose: "Happy 7th birthday to our lovely Precious!" (not "a lovely
    # Summer": without "our" or "my" the word may be the thing's)
    "our lovely", "my lovely", "our brave", "my brave", "our amazing", "my amazing",
    "our wonderful", "our fabulous", "our gorgeous", "our clever", "our kind",
    # said to the child: "Proud of you Storm!", "So proud of you, Joy"
    "proud of you", "love you", "miss you",
    # a child given a name: "a winter baby called Summer", "a little girl named Hope"
    "baby called", "baby named", "girl called", "girl named", "boy called", "boy named",
    "daughter called", "daughter named", "son called", "son named",
    # someone held in mind: "Thinking of Gift tonight. Sweet boy."
    "thinking of", "praying for", "thoughts are with", "thoughts with",
    # "happy birthday" in the languages of UK families, as the detectors read them (folded:
    # Greek's look-alike letters become Latin ones): "Χρόνια πολλά Athena", "Sto lat Kuba!"
    "xpovia πoλλa", "mutlu yillar", "iyi ki dogdun", "sto lat", "wszystkiego najlepszego",
    "la multi ani", "feliz cumpleanos", "feliz aniversario", "parabens", "joyeux anniversaire",
    "buon compleanno", "la breithe shona", "la breithe sona", "la breithe sona duit",
    "breithla sona", "breithla sona duit", "penblwydd hapus", "co la breith math",
    "shubho jonmodin", "janamdin mubarak", "saalgirah mubarak", "happy bday", "hbd",
    "maligayang kaarawan", "selamat ulang tahun",
    # "well done", "congratulations", "thank you" and "welcome" likewise: "Da iawn Cat!",
    # "Maith thú Róisín", "Shabash Fateh", "Gratulacje Kuba"
    "da iawn", "llongyfarchiadau", "diolch", "croeso", "maith thu", "comhghairdeas",
    "gle mhath", "meal do naidheachd", "shabash", "shabaash", "gratulacje", "brawo",
    "tebrikler", "felicitari", "felicidades", "hongera", "mabrook", "mabrouk",
)  # fmt: skip
# An award named before the name: "Player of the match: Hope", "Star of the week - Joy",
# "Reader of the month Faith", "MVP: Grace".
AWARD_BEFORE_RE = re.compile(
    r"(?:\b(?:player|star|hero|pupil|reader|writer|learner|citizen|student|scientist|artist"
    r"|mathematician|athlete|performer|helper|winner|champion)s?\s+of\s+the\s+(?:match|game"
    r"|week|day|term|month|year|tournament|fixture|race|season|half[- ]term)|\bmvp|\bpotm"
    r"|\bmotm|\bwinners?|\bgoal\s*scorers?|\bscorers?|\bchampions?)$"
)
# An award, then who has it: "Star of the week in Crabs class is Coral", "Star writer this
# week is Liberty", "This week's headteacher award goes to Hope".
AWARD_IS_RE = re.compile(
    r"\b(?:player|star|hero|pupil|reader|writer|learner|citizen|student|scientist|artist"
    r"|mathematician|athlete|performer|helper|winner|champion|speller|award|certificate"
    r"|trophy|cup)s?\b[^.!?\n]{0,30}?\s(?:is|was|goes\s+to|went\s+to)\s*$",
    re.IGNORECASE,
)
# What a child does in a post, said straight after the name ("... and Faith wrote").
_ACTS = (
    r",?\s+(?:won|scored|came|finished|made|did|got|read|wrote|drew|sang|played|received"
    r"|achieved|earned|took|joined|showed|helped"
    # what only somebody does: "Storm painted a whole storm for us", "Faith found a crab"
    r"|said|told|asked|whispered|shouted|explained|painted|found|smiled|laughed|spoke"
    r"|talked|shared|counted|danced|baked|built|cooked|tried|practised|practiced|learnt"
    r"|learned|taught|brought"
    # (session 30: "and Summer sketched the warehouse", "Grace gave it a 10/10")
    r"|sketched|gave|ate|wore|chose|picked|spelled|spelt|designed|created|performed|recited"
    r"|swam|jumped|caught|kicked|threw|cycled|knitted|sewed|planted|hugged|giggled|beamed"
    r"|iced|decorated)\b"
)
ACTS_AFTER_RE = re.compile(_ACTS, re.IGNORECASE)
NAME_CUES_AFTER_RE = re.compile(
    r"^(?:'s|\s+(?:(?:is|was|are)\s+)?(?:in|from|of)\s+(?:year|reception|class|form|y\d|[ps][1-7]\b"
    # "Ruby in my class", "Jay from our form group"
    r"|(?:my|our|his|her|your)\s+(?:class|form|tutor\s+group|group|set)\b"
    # A secondary school's form group: "Grace in 8D", "in 10B", "in 7JH", "in 9X2" (not 2D/3D).
    r"|(?![234]d\b)(?!\d+(?:st|nd|rd|th|am|pm)\b)(?:[5-9]|1[0-4])[a-z]{1,3}\d?\b)"
    # A year group straight after, as staff notes write it: "MM Y6 disclosed", "HB Y3 -".
    r"|\s+(?:y|yr|year)\s?\d{1,2}\b"
    r"|\s*\(\s*(?:year|y\d|[ps][1-7]\b|reception|born|b\.|\d"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d)"
    r"|\s+(?:was|is)\s+(?:our|a|the|this\s+week's|today's)?\s*[\w\s-]{0,20}?"
    r"(?:star|superstar|champion|winner|hero|helper|reader|writer|artist|scientist"
    r"|mathematician|ambassador|captain|monitor|player|learner)\b"
    # how only somebody is: "Hope was very brave and held it" (not "Summer was very hot")
    r"|\s+(?:is|was|has\s+been|had\s+been)\s+(?:so|very|really|super|incredibly|such\s+a)?\s*"
    r"(?:brave|kind|helpful|polite|thoughtful|caring|courageous|confident|chatty|cheeky"
    r"|shy|generous|excited|nervous|delighted|thrilled|chuffed"
    # and how somebody is after a knock or an illness: "Summer is fine after the nosebleed"
    r"|fine|okay|ok|on\s+the\s+mend|recovering|feeling\s+(?:better|poorly|unwell))\b"
    # a place in a team: "a worldie save from Brooke in goal"
    r"|\s+in\s+goal\b"
    # an age reached: "Precious is 19 today", "Hope turns 7 tomorrow"
    r"|\s+(?:is|turns|turned)\s+\d{1,2}\s+(?:today|2day|tomorrow|tmrw)\b"
    rf"|,?\s+who\b|{_ACTS}"
    r"|\s+for\s+(?:his|her|their)\b"
    # an absence noted: "Precious will be off Thursday", "Jay won't be in this week"
    r"|\s+(?:will|won['’]t|wont|will\s+not)\s+be\s+(?:in|off|out|absent|away)\b"
    # back where a child is: "Great to see Grace back on court", "lovely to have Hope back
    # in school"
    r"|\s+back\s+(?:on\s+(?:court|the\s+pitch|the\s+field|the\s+track|the\s+team)"
    r"|in\s+(?:school|class|training|the\s+team|the\s+squad)|at\s+school|with\s+us)\b"
    # with someone of their own: "Hope and her grandad built ..." ("her" is Hope's)
    r"|\s+(?:and|&|with)\s+(?:his|her)\s+(?:mum|mam|mummy|mom|dad|daddy|nan|nana|nanna|gran"
    r"|granny|grandma|grandad|grandpa|grandparents|brother|sister|twin|cousin|auntie|aunty|aunt"
    r"|uncle|family|parents|carers?|foster)\b)",
    re.IGNORECASE,
)
# Words that may begin a question ("Will I...?", "May we...?") and are forenames too.
MODAL_NAMES = {"will", "may", "can", "did", "should", "would", "could", "must"}
SUBJECTS = {"i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "all",
            "everyone", "anyone", "someone", "parents", "children", "your", "our"}  # fmt: skip
# A place in a race or a list of winners: "2nd Freddie B, 3rd Summer".
PLACE_RE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)|\b(?:first|second|third|winner)s?)\s*:?$")
# A surname initial after a forename: "Olivia B.", "Ruby T (nut allergy)".
INITIAL_RE = re.compile(r"^\s+[A-Z]\.?(?![A-Za-z])")
# Raised to somebody, in any case after the name: "the Betty Campbell statue".
MONUMENT_WORDS = {"statue", "statues", "memorial", "monument", "mural", "plaque", "sculpture",
                  "bust"}  # fmt: skip
# Before a name, a word that makes it a saint's, a prophet's, a guru's or a monarch's: the
# story's, not a pupil's ("Prophet Musa", "Guru Nanak", "Queen Esther", "King David"; and in
# the Romance languages: "San Giuseppe", "Santo Niño", "São João").
SAINTS = {"st", "saint", "sant", "santes", "san", "santo", "santa", "sao", "sainte", "prophet",
          "hazrat", "nabi", "guru", "king",
          "queen", "pharaoh", "emperor", "empress", "pope", "apostle",
          # honorifics of the Sikh, Hindu and Muslim histories a school tells: "Baba Fateh
          # Singh", "Mata Gujri", "Bhai Kanhaiya", "Sri Guru", "Lord Krishna", "Mahatma Gandhi"
          "baba", "mata", "bhai", "sri", "shri", "swami", "maharaja", "maharani", "mahatma",
          "sahibzada", "lord", "sheikh"}  # fmt: skip
# The honorifics of a saint or a history's figure that no child is given in a school's play:
# before a register's full name they make it the story's ("Baba Fateh Singh"); a king or a
# queen may be a pupil's part ("King Jude ...", the prom's queen).
HONORIFICS = SAINTS - {"king", "queen", "pharaoh", "emperor", "empress", "lord", "sheikh"}
# Service ranks before a name: the fallen on a war memorial ("Lieutenant Arthur Kemble,
# aged 19") or a serving parent ("Sgt Lee Fenwick", still a private adult): never a pupil.
# Not "Captain" (a team's captain is a pupil) nor "General"/"Major"/"Private", which are
# words too.
# (The word right before the name: "Lance Corporal", "Able Seaman", "Wing Commander".)
RANKS = {"lieutenant", "lt", "sergeant", "sgt", "corporal", "cpl", "pte", "colonel", "col",
         "brigadier", "admiral", "commodore", "bombardier", "gunner", "sapper", "trooper",
         "rifleman", "guardsman", "fusilier", "seaman", "aircraftman", "commander",
         "cdr",
         # the police's: "PC Morgan and PCSO Williams talked about online safety"
         "pc", "pcso", "wpc", "dc", "dci", "insp", "inspector", "constable", "superintendent",
         "supt"}  # fmt: skip
# Ranks as written before an officer's or a cadet's name, the short forms too ("Sqn Ldr
# Frean", "Flt Lt Penhale", "Cdt LCpl Riley Stoneman"): not part of a name. (RANKS above
# stays the shorter list: a register name after one of those is a memorial's soldier.)
RANK_WORDS = RANKS | {"cmdr", "capt", "maj", "lcpl", "ssgt", "rsm", "csm", "cpo", "cdt", "cadet",
                      "sqn", "ldr", "flt", "wg"}  # fmt: skip

# The NATO phonetic alphabet: "Oscar Papa Whisky" is a call sign, never a person.
NATO_ALPHABET = {"alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
                 "hotel", "india", "juliet", "juliett", "kilo", "lima", "mike", "november",
                 "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
                 "whiskey", "whisky", "xray", "x-ray", "yankee", "zulu"}  # fmt: skip

# Words after which the model's place is a place ("to" and "from" are left out: "well done to
# Aston", "a screamer from Tariro").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "across", "through", "via"})
# Words a river's, a lake's or a hill's name follows ("River Eden", "Loch Ness", "Mount Hope").
WATER_AND_HILL_WORDS = frozenset({
    "river", "afon", "lake", "loch", "lough", "llyn", "mount", "mt", "glen", "isle", "cape",
    "port", "fort", "cwm", "beinn", "strath", "vale",
})  # fmt: skip
NOT_PERSON_LABELS = {"GPE", "LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# Words for people that stand beside a name in a list ("Ruby and family", "Hope and her mum").
PEOPLE_WORDS = frozenset({
    "family", "families", "mum", "mam", "mom", "dad", "mummy", "daddy", "parents", "friends",
    "friend", "brother", "brothers", "sister", "sisters", "siblings", "cousin", "cousins",
    "nan", "nana", "gran", "granny", "grandad", "grandma", "grandparents", "auntie", "uncle",
    "classmates", "class", "team", "teammates", "everyone", "co", "pals", "carers", "baby",
    "dog", "twins", "others", "partner", "her", "his", "their", "the", "our", "my", "me", "i",
})  # fmt: skip
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# Nouns to spaCy, but "Hope today" is no noun phrase.
WHEN_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "tmrw", "2day", "2moro"})
