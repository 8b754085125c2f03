"""Register, staff and school details for set 132 (all invented)."""
from clearpost.register import upn as _upn

SCHOOL = {
    "name": "Spinney Cross Community Primary School",
    "address": "Kelvedon Street, Highfields, Leicester",
    "postcode": "LE48 2QT",
    "phone": "0116 496 0230",
    "email": "office@spinneycross.example.org",
    "website": "www.spinneycross.example.org",
}

CLASSES = {"Reception": "Kingfishers", "Year 1": "Herons", "Year 2": "Owls", "Year 3": "Falcons",
           "Year 4": "Kestrels", "Year 5": "Swifts", "Year 6": "Eagles"}
ENTRY = {"Reception": "25", "Year 1": "24", "Year 2": "23", "Year 3": "22", "Year 4": "21",
         "Year 5": "20", "Year 6": "19"}

# forename, surname, preferred, year, arrived (allocation year if later than entry), sm consent
_ROWS = [
    ("Ayaan", "Loonat", "", "Reception", "", "yes"),
    ("Hira", "Patel", "", "Reception", "", "yes"),
    ("Sagal", "Abdi", "", "Reception", "", "yes"),
    ("Rayyan", "Miah", "", "Reception", "", "yes"),
    ("Marwa", "Sultani", "", "Reception", "", "yes"),
    ("Zakariyya", "Bhana", "Zak", "Reception", "", "yes"),
    ("Nusrat", "Begum", "", "Reception", "", "yes"),
    ("Liban", "Warsame", "", "Reception", "", "yes"),
    ("Maryam", "Mulla", "", "Year 1", "", "yes"),
    ("Ibrahim", "Adam", "", "Year 1", "", "yes"),
    ("Hodan", "Farah", "", "Year 1", "", "yes"),
    ("Omid", "Karimi", "", "Year 1", "25", "yes"),
    ("Sumaiya", "Islam", "", "Year 1", "", "yes"),
    ("Bilal", "Vali", "", "Year 1", "", "no"),
    ("Ifrah", "Jama", "", "Year 1", "", "yes"),
    ("Tahmid", "Chowdhury", "", "Year 1", "", "yes"),
    ("Safiyyah", "Pandor", "Saffi", "Year 1", "", "yes"),
    ("Yusuf", "Patel", "", "Year 2", "", "yes"),
    ("Bahar", "Wardak", "", "Year 2", "24", "yes"),
    ("Idil", "Hassan", "", "Year 2", "", "yes"),
    ("Ariyan", "Rahman", "", "Year 2", "", "yes"),
    ("Zainab", "Seedat", "", "Year 2", "", "yes"),
    ("Hanad", "Osman", "", "Year 2", "24", "yes"),
    ("Parwana", "Noori", "", "Year 2", "", "yes"),
    ("Musa", "Motala", "", "Year 2", "", "yes"),
    ("Jannatul Ferdous", "Uddin", "Jannat", "Year 2", "", "yes"),
    ("Hafsa", "Limbada", "", "Year 3", "", "yes"),
    ("Abdirahman", "Nur", "Abdi", "Year 3", "23", "yes"),
    ("Iman", "Hakimi", "", "Year 3", "23", "yes"),
    ("Tanvir", "Hussain", "Sunny", "Year 3", "", "yes"),
    ("Deeqa", "Ahmed", "", "Year 3", "", "yes"),
    ("Luqman", "Dadabhai", "", "Year 3", "", "yes"),
    ("Mahsa", "Popal", "", "Year 3", "22", "yes"),
    ("Ruqayyah", "Khalifa", "", "Year 3", "", "no"),
    ("Sakariye", "Mohamud", "", "Year 3", "24", "yes"),
    ("Hamza", "Ismail", "", "Year 4", "", "yes"),
    ("Ubah", "Dahir", "", "Year 4", "22", "yes"),
    ("Sadia", "Khatun", "", "Year 4", "", "yes"),
    ("Nawid", "Safi", "", "Year 4", "23", "yes"),
    ("Inaaya", "Desai", "", "Year 4", "", "yes"),
    ("Mohammed Ibrahim", "Mangera", "Ibby", "Year 4", "", "yes"),
    ("Khadar", "Guled", "", "Year 4", "23", "yes"),
    ("Zarlasht", "Ahmadzai", "", "Year 4", "22", "yes"),
    ("Noor", "Vania", "", "Year 4", "", "yes"),
    ("Aisha", "Moosa", "", "Year 5", "", "yes"),
    ("Faadumo", "Egal", "Fatima", "Year 5", "21", "yes"),
    ("Rayhan", "Chowdhury", "", "Year 5", "", "yes"),
    ("Farishta", "Stanikzai", "", "Year 5", "22", "yes"),
    ("Bashir", "Aden", "", "Year 5", "21", "yes"),
    ("Safa", "Lunat", "", "Year 5", "", "yes"),
    ("Amal", "Warsame", "", "Year 5", "", "yes"),
    ("Ilyas", "Bux", "", "Year 5", "", "yes"),
    ("Yahya", "Miah", "", "Year 5", "", "yes"),
    ("Khadija", "Patel", "", "Year 6", "", "yes"),
    ("Mahad", "Abdi", "", "Year 6", "20", "yes"),
    ("Sohail", "Habibi", "", "Year 6", "22", "yes"),
    ("Nargis", "Rahimi", "", "Year 6", "22", "yes"),
    ("Zubair", "Makda", "", "Year 6", "", "yes"),
    ("Hibo", "Farah", "", "Year 6", "", "yes"),
    ("Ayesha", "Hoque", "", "Year 6", "", "yes"),
    ("Samiullah", "Wardak", "Sami", "Year 6", "24", "yes"),
    ("Adam", "Jeewa", "", "Year 6", "", "no"),
]

# pupils never named in a photo post (check.py verifies)
NWP_YES = {"Ayaan Loonat", "Nusrat Begum", "Luqman Dadabhai", "Noor Vania", "Ilyas Bux",
           "Zubair Makda", "Tahmid Chowdhury"}

PUPILS, _UPN = [], {}
for i, (fn, sn, pref, year, arrived, sm) in enumerate(_ROWS):
    body = "8562417" + (arrived or ENTRY[year]) + f"{101 + i:03d}"
    _UPN[f"{fn} {sn}"] = _upn.check_letter(body) + body
    h = (i * 7) % 10
    PUPILS.append({
        "forename": fn, "surname": sn, "preferred": pref, "year": year, "class": CLASSES[year],
        "sm": sm, "web": "no" if h == 3 else "yes", "press": "yes" if h < 5 else "no",
        "nwp": "yes" if f"{fn} {sn}" in NWP_YES else "no", "bio": "no" if h in (2, 6) else "yes",
    })


def upn_of(name):
    return _UPN[name]


STAFF = [
    ("Mrs", "Helen", "Kirkby", "Headteacher", "yes"),
    ("Mr", "Suleman", "Desai", "Deputy Headteacher and Year 6 teacher", "yes"),
    ("Ms", "Amina", "Jama", "SENCo and inclusion lead", "yes"),
    ("Mrs", "Rukhsana", "Patel", "Year 2 teacher", "yes"),
    ("Miss", "Hafsa", "Mulla", "Reception teacher and EYFS lead", "yes"),
    ("Mr", "Daniel", "Wright", "Year 5 teacher", "yes"),
    ("Ms", "Fiona", "Ogden", "Year 4 teacher", "no"),
    ("Mr", "Tom", "Hayward", "PE lead and Year 3 teacher", "yes"),
    ("Mrs", "Nasima", "Uddin", "Family support worker", "yes"),
    ("Mr", "Wahid", "Karimi", "Bilingual teaching assistant (Dari and Pashto)", "yes"),
    ("Mrs", "Joanne", "Bright", "School business manager", "no"),
    ("Mr", "Ahmed", "Hassan", "Site manager", "yes"),
    ("Mrs", "Shahida", "Begum", "HLTA", "yes"),
    ("Miss", "Laura", "Pickering", "Year 1 teacher", "yes"),
    ("Mrs", "Yasmin", "Loonat", "Nursery teacher", "yes"),
]
