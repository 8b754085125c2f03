from pathlib import Path
from clearpost.register import upn as U

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
YEAR_OF_ENTRY = {"R": "25", "1": "24", "2": "23", "3": "22", "4": "21", "5": "20", "6": "19"}

def pupils():
    out = []
    for line in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        out.append({"forename": f[0], "surname": f[1], "preferred": f[2], "year": f[3],
                    "nosm": len(f) > 4 and f[4] == "n"})
    return out

def upn_for(i, p):
    digits = "373" + "2391" + YEAR_OF_ENTRY[p["year"]] + f"{101 + i:03d}"
    return U.check_letter(digits) + digits

STAFF = [
    ["S01", "Mrs", "Joanne", "Hague", "Headteacher", "yes", "yes"],
    ["S02", "Mr", "Tariq", "Mahmood", "Deputy Headteacher and DSL", "yes", "yes"],
    ["S03", "Mr", "Ján", "Horváth", "Roma Community Liaison and TA", "yes", "no"],
    ["S04", "Miss", "Sophie", "Barraclough", "Reception Teacher (Rivelin)", "yes", "yes"],
    ["S05", "Mr", "Liam", "Crookes", "Year 6 Teacher (Peak)", "yes", "yes"],
    ["S06", "Mrs", "Amina", "Hassan", "EAL and New Arrivals Lead", "yes", "yes"],
    ["S07", "Miss", "Nadia", "Al-Shameri", "Year 1 Teacher (Porter)", "no", "no"],
    ["S08", "Mr", "Craig", "Ward", "PE and Sports Coach", "yes", "yes"],
    ["S09", "Mrs", "Lorraine", "Walker", "Office Manager", "yes", "no"],
    ["S10", "Ms", "Rebecca", "Owen", "SENCO", "yes", "yes"],
    ["S11", "Mr", "Kamran", "Akhtar", "Year 4 Teacher (Don)", "yes", "yes"],
    ["S12", "Mrs", "Zuzana", "Dunková", "Teaching Assistant (Slovak speaker)", "yes", "no"],
    ["S13", "Miss", "Hodan", "Warsame", "Learning Mentor", "yes", "yes"],
    ["S14", "Mr", "Pete", "Lomas", "Site Manager", "no", "no"],
    ["S15", "Mrs", "Shazia", "Begum", "Nursery Lead", "yes", "yes"],
]
SCHOOL = {
    "name": "Fir Vale Road Primary School",
    "address": "Fir Vale Road, Page Hall, Sheffield",
    "postcode": "SX4 7QZ",
    "phone": "01632 960418",
    "email": "enquiries@firvaleroad.example.sch.uk",
    "website": "www.firvaleroad.example.sch.uk",
}
