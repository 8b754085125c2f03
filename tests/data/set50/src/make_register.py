"""Write ../register_pupils.csv, ../register_staff.csv, ../school.json (run after build.py)."""
import csv, json, unicodedata
from pathlib import Path
from upn import load_pupils

HERE = Path(__file__).parent
OUT = HERE.parent
fold = lambda s: unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()

pupils = load_pupils(HERE / "pupils.txt")
posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
# pupils named in any photo post (full name, forename, initials): consent_name_with_photo = no
named_photo = set()
for p in posts:
    if not p["photo"]:
        continue
    for l in p["expected"]:
        if l["kind"] not in ("forename", "full_name"):
            continue
        t = fold(l["text"]).replace("#", "").replace("_", " ").replace("\n", " ")
        for i, q in enumerate(pupils):
            words = {fold(q["forename"]).split()[0], fold(q["preferred"] or q["forename"])}
            inits = fold(q["forename"][0] + "." + ".".join(w[0] for w in q["surname"].split()) + ".")
            if any(t == w or t.startswith(w + " ") or t.startswith(w) and fold(q["surname"]).replace(" ", "") in t.replace(" ", "") for w in words) or t == inits:
                named_photo.add(i)
NO_SOCIAL = {"Shannon Wylie", "Jaxon Dalziel"}  # no social-media consent; still named by careless staff
NO_PRESS = {"Kyle Docherty", "Caitlin Docherty", "Oliwia Kamińska", "Skye Hunter", "Taylor Hunter", "Bernadette Reilly", "Kai Reilly", "Mercy Adeyemi", "Hope Adeyemi", "Ryan Burns", "Liam Park"}
with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    for i, q in enumerate(pupils):
        name = f"{q['forename']} {q['surname']}"
        soc = "no" if name in NO_SOCIAL else "yes"
        press = "no" if name in NO_PRESS or i % 4 == 3 else "yes"
        w.writerow([q["upn"], q["forename"], q["surname"], q["preferred"], q["year"], q["cls"], soc, soc if i % 9 else "no",
                    press, "no" if i in named_photo else "yes", "no" if i % 6 == 5 else "yes"])
staff = [
    ("ST01", "Mrs", "Theresa", "Gallacher", "Head Teacher", "yes", "yes"),
    ("ST02", "Mr", "Stephen", "Docherty", "Depute Head Teacher", "yes", "yes"),
    ("ST03", "Miss", "Lauren", "Coyle", "P1 Teacher", "yes", "no"),
    ("ST04", "Miss", "Sophie", "Lafferty", "P2 Teacher", "yes", "yes"),
    ("ST05", "Miss", "Nicola", "Devine", "P3 Teacher", "no", "no"),
    ("ST06", "Ms", "Rachel", "Boyle", "P4 Teacher", "yes", "yes"),
    ("ST07", "Mr", "Marek", "Zając", "P5 Teacher", "yes", "yes"),
    ("ST08", "Mr", "Paul", "McKenna", "P6 Teacher", "yes", "yes"),
    ("ST09", "Mrs", "Anne", "Gillespie", "P7 Teacher", "yes", "no"),
    ("ST10", "Mrs", "Grace", "Kerr", "Nursery Teacher", "yes", "yes"),
    ("ST11", "Mrs", "Carol", "Meechan", "Early Years Practitioner", "yes", "yes"),
    ("ST12", "Mrs", "Joanne", "Rooney", "Principal Teacher (ASN)", "yes", "yes"),
    ("ST13", "Mr", "Drew", "Paterson", "PE Specialist", "yes", "yes"),
    ("ST14", "Mrs", "Imelda", "Reyes", "Classroom Assistant", "yes", "yes"),
    ("ST15", "Mrs", "Linda", "Hastie", "School Administrator", "no", "no"),
    ("ST16", "Mr", "Kevin", "Brogan", "Janitor", "yes", "no"),
]
with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(staff)
json.dump({"name": "St Brendan's RC Primary School", "address": "Muirhouse Brae, Motherwell",
           "postcode": "ML0 4BZ", "phone": "01632 960418",
           "email": "office@stbrendans-motherwell.example.org",
           "website": "https://www.stbrendans-motherwell.example.org"},
          open(OUT / "school.json", "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print("photo-named pupils:", sorted(f"{pupils[i]['forename']} {pupils[i]['surname']}" for i in named_photo))
