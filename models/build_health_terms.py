"""Build server/detect/data/circumstance_terms_health.txt: names of health conditions from
WordNet 3.0's noun taxonomy (Princeton, WordNet 3.0 licence: free use with its notice,
kept in the file's header), in circumstance_terms.txt's format.

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
    "disease", "illness", "disorder", "condition", "problem", "symptom", "sign", "injury",
    "ill health", "health problem", "abnormality", "complaint", "trouble", "pain", "ache",
    "hurt", "harm", "damage", "lesion", "wound", "cut", "bruise", "break", "blow", "shock",
    "attack", "fit", "spell", "bout", "seizure", "trauma", "stress", "strain", "pull",
    "sprain", "burn", "scald", "sting", "bite", "rash", "spot", "blister", "sore", "swelling",
    "lump", "bump", "growth", "cold", "flu", "fever", "cough", "sneeze", "runny nose",
    "headache", "stomachache", "tummy ache", "nausea", "sickness", "ill", "sick", "tired",
    "fatigue", "weakness", "dizziness", "pins and needles", "cramp", "stitch", "hiccup",
    "hiccough", "yawn", "itch", "tickle", "blush", "sweat", "thirst", "hunger", "appetite",
    "chill", "shiver", "tremor", "twitch", "tic", "numbness", "paralysis", "blindness",
    "deafness", "lameness", "handicap", "disability", "impairment", "defect", "anomaly",
    "deformity", "malformation", "infection", "contagion", "epidemic", "pandemic", "plague",
    "pest", "bug", "virus", "germ", "worm", "crab", "louse", "mite", "flea", "scab", "wart",
    "mole", "freckle", "birthmark", "scar", "black eye", "blackout", "faint", "collapse",
    "fall", "stroke", "depression", "anxiety", "nerves", "mania", "craze", "phobia", "fear",
    "habit", "addiction", "dependence", "tolerance", "insomnia", "nightmare", "sleepwalking",
    "tantrum", "hysteria", "madness", "insanity", "lunacy", "delusion", "obsession",
    "compulsion", "fixation", "jet lag", "hangover", "sunburn", "sunstroke", "heatstroke",
    "frostbite", "chilblain", "seasickness", "motion sickness", "travel sickness",
    "airsickness", "carsickness", "altitude sickness", "morning sickness", "growing pains",
    "stage fright", "homesickness", "writer's block", "tennis elbow", "spring fever",
    "cabin fever", "yellow fever", "scarlet", "red", "blue", "the blues", "blues", "dumps",
    "doldrums", "low", "high", "rush", "glow", "flush", "hot flash", "hot flush", "heat",
    "pressure", "tension", "block", "blockage", "obstruction", "arrest", "failure",
    "deficiency", "want", "need", "lack", "loss", "shortage", "excess", "surplus",
    "anorexia",  # kept strong below as "anorexia nervosa"; the word alone is also appetite
}
MIN_LENGTH = 4


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


def main() -> None:
    synsets, senses = _synsets(), _senses()
    given = _given_names()
    under: set[str] = set()
    stack = list(ROOTS)
    while stack:
        offset = stack.pop()
        if offset in under or offset not in synsets:
            continue
        under.add(offset)
        stack.extend(synsets[offset][1])
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
    digest = hashlib.sha256((WORDNET / "data.noun").read_bytes()).hexdigest()
    lines = [
        "# Health conditions from WordNet 3.0 (Princeton University), built by",
        "# models/build_health_terms.py from Debian's wordnet-base data.noun",
        f"# (sha256 {digest}); do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO",
        "# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED (full licence: models/MODELS.md).",
        "# strong: every noun sense of the name is a health condition; weak: also everyday.",
    ]
    lines += [f"health | {'strong' if s else 'weak'} | {n}" for n, s in sorted(names.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names ({sum(names.values())} strong)")


if __name__ == "__main__":
    main()
