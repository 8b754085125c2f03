"""Build server/detect/data/circumstance_terms_health.txt: names of health conditions and
medicines from WordNet 3.0's noun taxonomy (Princeton, WordNet 3.0 licence: free use with its
notice, kept in the file's header), in circumstance_terms.txt's format.

Why: the hand-made term list only holds the conditions somebody thought of; a post about a
pupil with "scoliosis", "alopecia" or "a cleft palate" missed them. WordNet files every
illness, disorder, disability, injury and symptom under a few roots, so one walk down those
roots names thousands, each spelled British as well ("leukaemia", "tumour").

A name whose every noun sense lies under the roots ("scoliosis", "asthma") is `strong`; one
that is also an everyday word ("cold", "stroke", "fit", "depression") is `weak`: it counts
only when the sentence model agrees that the sentence tells something about health.

Needs Debian's `wordnet-base` (its dict files in /usr/share/wordnet) at build time only;
the service reads the built file. Run: .venv/bin/python models/build_health_terms.py
"""

import argparse
import hashlib
import re
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "server" / "detect" / "data"
OUT = OUT / "circumstance_terms_health.txt"
# The roots (synset offsets in WordNet 3.0's data.noun) and what each holds.
ROOTS = {
    "14052046": "ill health",  # illness, disease, pathology, injury, disability, affliction
    "14052403": "disorder",  # medical disorder
    "14299637": "symptom",
    "14501726": "abnormality",  # physical: spinal curvature (scoliosis), deformities
    "14465048": "birth defect",  # cleft palate, spina bifida
    "14532816": "allergy",
    "14457361": "alopecia",
    "14551986": "mutism",
}
# Names too general or too much everyday English to count even with the model's agreement.
SKIP = {
    "disease",
    "illness",
    "disorder",
    "condition",
    "problem",
    "symptom",
    "sign",
    "injury",
    "ill health",
    "health problem",
    "abnormality",
    "complaint",
    "trouble",
    "pain",
    "ache",
    "hurt",
    "harm",
    "damage",
    "lesion",
    "wound",
    "cut",
    "bruise",
    "break",
    "blow",
    "shock",
    "attack",
    "fit",
    "spell",
    "bout",
    "seizure",
    "trauma",
    "stress",
    "strain",
    "pull",
    "sprain",
    "burn",
    "scald",
    "sting",
    "bite",
    "rash",
    "spot",
    "blister",
    "sore",
    "swelling",
    "lump",
    "bump",
    "growth",
    "cold",
    "flu",
    "fever",
    "cough",
    "sneeze",
    "runny nose",
    "headache",
    "stomachache",
    "tummy ache",
    "nausea",
    "sickness",
    "ill",
    "sick",
    "tired",
    "fatigue",
    "weakness",
    "dizziness",
    "pins and needles",
    "cramp",
    "stitch",
    "hiccup",
    "hiccough",
    "yawn",
    "itch",
    "tickle",
    "blush",
    "sweat",
    "thirst",
    "hunger",
    "appetite",
    "chill",
    "shiver",
    "tremor",
    "twitch",
    "tic",
    "numbness",
    "paralysis",
    "blindness",
    "deafness",
    "lameness",
    "handicap",
    "disability",
    "impairment",
    "defect",
    "anomaly",
    "deformity",
    "malformation",
    "infection",
    "contagion",
    "epidemic",
    "pandemic",
    "plague",
    "pest",
    "bug",
    "virus",
    "germ",
    "worm",
    "crab",
    "louse",
    "mite",
    "flea",
    "scab",
    "wart",
    "mole",
    "freckle",
    "birthmark",
    "scar",
    "black eye",
    "blackout",
    "faint",
    "collapse",
    "fall",
    "stroke",
    "depression",
    "anxiety",
    "nerves",
    "mania",
    "craze",
    "phobia",
    "fear",
    "habit",
    "addiction",
    "dependence",
    "tolerance",
    "insomnia",
    "nightmare",
    "sleepwalking",
    "tantrum",
    "hysteria",
    "madness",
    "insanity",
    "lunacy",
    "delusion",
    "obsession",
    "compulsion",
    "fixation",
    "jet lag",
    "hangover",
    "sunburn",
    "sunstroke",
    "heatstroke",
    "frostbite",
    "chilblain",
    "seasickness",
    "motion sickness",
    "travel sickness",
    "airsickness",
    "carsickness",
    "altitude sickness",
    "morning sickness",
    "growing pains",
    "stage fright",
    "homesickness",
    "writer's block",
    "tennis elbow",
    "spring fever",
    "cabin fever",
    "yellow fever",
    "scarlet",
    "red",
    "blue",
    "the blues",
    "blues",
    "dumps",
    "doldrums",
    "low",
    "high",
    "rush",
    "glow",
    "flush",
    "hot flash",
    "hot flush",
    "heat",
    "pressure",
    "tension",
    "block",
    "blockage",
    "obstruction",
    "arrest",
    "failure",
    "deficiency",
    "want",
    "need",
    "lack",
    "loss",
    "shortage",
    "excess",
    "surplus",
    "anorexia",  # kept strong below as "anorexia nervosa"; the word alone is also appetite
}
MIN_LENGTH = 4
# Medicines: a pupil's medication tells their health as surely as the condition does ("Bilal's
# salbutamol is in the green bag"). WordNet files medicines (and, apart, stimulants such as
# methylphenidate) under two roots; its names are American, so the UK names of the medicines
# children most often take at school (BNF for Children's commonest, and UK brands) are added.
MEDICINE_ROOTS = {
    "03740161": "medicine",  # medicine, medication, medicament, medicinal drug
    "04320126": "stimulant",  # methylphenidate (Ritalin), dextroamphetamine
}
# Medicine names that are also everyday things, surnames, rituals or slang.
SKIP_MEDICINES = {
    "cure", "physic", "bayer", "versed", "luminal", "downer", "bennie", "kat", "qat", "quat",
    "khat", "chrism", "chrisom", "holy oil", "sacramental oil", "baby oil", "baby powder",
    "bath powder", "face powder", "dusting powder", "dry mustard", "powdered mustard",
    "lip balm", "goa powder", "elixir of life", "magic bullet", "lethal dose", "mickey finn",
    "knockout drops", "red devil", "blue angel", "atomic cocktail", "drug cocktail", "tempra",
    "calan", "urex", "lodine", "shabu", "meth", "nostrum", "anodyne", "cerate", "unguent",
    "crystal violet", "gentian violet", "rubbing alcohol", "african tea", "arabian tea",
    "recall dose", "booster dose", "booster shot", "pep pill", "moban", "serax", "styptic",
    "sodium", "aloes", "antidote",
}  # fmt: skip
# Medicines that are also what a body makes ("the adrenaline of the final"): weak.
WEAK_MEDICINES = {"adrenaline", "epinephrine"}
UK_MEDICINES = """
paracetamol ibuprofen calpol nurofen salbutamol ventolin beclometasone clenil qvar seretide
symbicort fostair montelukast singulair cetirizine loratadine piriton chlorphenamine adrenaline
epipen jext emerade hydrocortisone buccolam midazolam diazepam valproate epilim
levetiracetam keppra lamotrigine carbamazepine tegretol ethosuximide methylphenidate concerta
medikinet equasym lisdexamfetamine elvanse atomoxetine strattera guanfacine intuniv melatonin
circadin slenyto sertraline fluoxetine insulin novorapid humalog lantus levemir metformin
glucagon glucagen creon levothyroxine omeprazole lansoprazole gaviscon movicol laxido
lactulose dioralyte amoxicillin phenoxymethylpenicillin flucloxacillin clarithromycin
azithromycin trimethoprim nitrofurantoin prednisolone dermol diprobase epaderm hydroxyurea
hydroxycarbamide desmopressin oxybutynin risperidone aripiprazole somatropin ondansetron
""".split()  # noqa: SIM905 - a list of names reads better as words than as quoted strings


def _synsets() -> dict[str, tuple[list[str], list[str]]]:
    """offset -> (lemmas, hyponym offsets), from data.noun."""
    out = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        lemmas = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        hyponyms = []
        for p in range(pointers):
            symbol, target = fields[at + 1 + 4 * p], fields[at + 2 + 4 * p]
            if symbol in ("~", "~i"):
                hyponyms.append(target)
        out[offset] = (lemmas, hyponyms)
    return out


def _senses() -> dict[str, list[str]]:
    """lemma -> every noun synset offset it names, from index.noun."""
    out = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, count = fields[0].lower(), int(fields[2])
        out[lemma] = fields[-count:]
    return out


BRITISH = [
    (r"emia\b", "aemia"), (r"\bhemo", "haemo"), (r"\bhema", "haema"), (r"edema\b", "oedema"),
    (r"tumor\b", "tumour"), (r"\besophag", "oesophag"), (r"rrhea\b", "rrhoea"),
    (r"\bpedia", "paedia"), (r"\bpediatric", "paediatric"), (r"\bcelia", "coelia"),
    (r"\bestro", "oestro"), (r"\bfeta", "foeta"), (r"ization\b", "isation"),
]  # fmt: skip


def british(name: str) -> set[str]:
    out = {name}
    for pattern, repl in BRITISH:
        out |= {re.sub(pattern, repl, n) for n in out}
    return out


def _given_names() -> set[str]:
    """Given names (the detector's lists): "Amelia" is also a birth defect in WordNet."""
    data = OUT.parent
    names = set()
    for name in ("given_names.txt", "first_names.txt"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                names.update(line.lower().split())
    return names


def _walk(synsets, roots) -> set[str]:
    under: set[str] = set()
    stack = list(roots)
    while stack:
        offset = stack.pop()
        if offset in under or offset not in synsets:
            continue
        under.add(offset)
        stack.extend(synsets[offset][1])
    return under


def _medicines(synsets, senses, given) -> dict[str, bool]:
    """Medicine names: strong when every noun sense is a medicine ("salbutamol"), weak when
    the name is also something else ("tablet", "tonic")."""
    under = _walk(synsets, MEDICINE_ROOTS)
    # "acoustic" is a deafness remedy in WordNet, "sedative" an adjective too: a name that is
    # also an adjective, verb or adverb is everyday English, weak.
    other_pos = set()
    for pos in ("adj", "verb", "adv"):
        for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                other_pos.add(line.split()[0].replace("_", " "))
    out: dict[str, bool] = {name: True for name in UK_MEDICINES}
    for offset in under:
        for lemma in synsets[offset][0]:
            name = re.sub(r"\(.*?\)", "", lemma).replace("_", " ").strip()
            if len(name) < MIN_LENGTH or name in SKIP_MEDICINES or name in given:
                continue
            if not re.fullmatch(r"[a-z' -]+", name):
                continue
            strong = all(o in under for o in senses.get(lemma, [offset]))
            out[name] = out.get(name, False) or (strong and name not in other_pos)
    for name in WEAK_MEDICINES:
        out[name] = False
    return out


def main(argv=None) -> None:
    argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args(argv)
    synsets, senses = _synsets(), _senses()
    given = _given_names()
    under = _walk(synsets, ROOTS)
    names: dict[str, bool] = {}
    for offset in under:
        for lemma in synsets[offset][0]:
            name = re.sub(r"\(.*?\)", "", lemma).replace("_", " ").strip()
            if len(name) < MIN_LENGTH or name in SKIP or not re.fullmatch(r"[a-z' -]+", name):
                continue
            if name in given:
                continue
            strong = all(o in under for o in senses.get(lemma, [offset]))
            # "aids" is also the plural of "aid" ("teaching aids"), "shingles" of "shingle":
            # a name that is another noun's plural is everyday too.
            singular = lemma[:-1] if lemma.endswith("s") else None
            if singular in senses and not all(o in under for o in senses[singular]):
                strong = False
            for variant in british(name):
                names[variant] = names.get(variant, False) or strong
    names.update(_medicines(synsets, senses, given))
    digest = hashlib.sha256((WORDNET / "data.noun").read_bytes()).hexdigest()
    lines = [
        "# Health conditions and medicines from WordNet 3.0 (Princeton University) and the",
        "# UK medicines children most often take at school (UK_MEDICINES), built by",
        "# models/build_health_terms.py from Debian's wordnet-base data.noun",
        f"# (sha256 {digest}); do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        '# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO',
        "# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED (full licence: models/MODELS.md).",
        "# strong: every noun sense of the name is a health condition or a medicine; weak: also",
        "# everyday.",
    ]
    lines += [f"health | {'strong' if s else 'weak'} | {n}" for n, s in sorted(names.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names ({sum(names.values())} strong)")


if __name__ == "__main__":
    main()
