"""The register of Thornton Heath High School (set 86): pupils, staff, school details.
UPN = DfE check letter + 306 (LA) + 4721 (fictional establishment) + 2-digit year of first
allocation (25 for Year 7 ... 19 for Year 13) + serial 001-060."""

SCHOOL = {
    "name": "Thornton Heath High School",
    "address": "Melfort Hill, Thornton Heath, Croydon",
    "postcode": "CX7 8QZ",
    "phone": "020 7946 0310",
    "email": "office@thorntonheathhigh.example.org",
    "website": "www.thorntonheathhigh.example.org",
}

CLASSES = {
    7: "7 Coleridge-Taylor", 8: "8 Seacole", 9: "9 Tull", 10: "10 Franklin",
    11: "11 Johnson", 12: "12 Zephaniah", 13: "13 Achebe",
}

# (forename, surname, preferred, year, social_media, website, press, biometric)
PUPILS = [
    ("Kavin", "Sivakumar", "", 7, "yes", "yes", "yes", "yes"),
    ("Nana", "Mensah", "", 7, "yes", "yes", "yes", "yes"),
    ("Zofia", "Kowalska", "Zosia", 7, "yes", "yes", "no", "yes"),
    ("Tyrese", "Campbell", "", 7, "yes", "yes", "yes", "yes"),
    ("Mursal", "Rahimi", "", 7, "no", "yes", "no", "no"),
    ("Amber", "Reid", "", 7, "yes", "yes", "yes", "yes"),
    ("Kwabena", "Owusu-Ansah", "Kobby", 7, "yes", "yes", "yes", "yes"),
    ("Abinaya", "Thevarajah", "", 7, "yes", "yes", "yes", "yes"),
    ("Blessing", "Adjei", "", 8, "yes", "yes", "yes", "yes"),
    ("Jakub", "Nowak", "Kuba", 8, "yes", "yes", "yes", "yes"),
    ("Shanice", "Bailey", "", 8, "yes", "yes", "no", "yes"),
    ("Tharun", "Selvarajah", "", 8, "yes", "yes", "yes", "yes"),
    ("Summer", "Grant", "", 8, "yes", "yes", "yes", "yes"),
    ("Kofi", "Boateng", "", 8, "yes", "yes", "yes", "no"),
    ("Bilal", "Karimi", "", 8, "yes", "yes", "no", "yes"),
    ("Maja", "Zając", "", 8, "yes", "yes", "yes", "yes"),
    ("Jerome", "Francis", "", 9, "yes", "yes", "yes", "yes"),
    ("Precious", "Ofori", "", 9, "yes", "yes", "yes", "yes"),
    ("Mathusan", "Kanagaratnam", "Mathu", 9, "yes", "yes", "yes", "yes"),
    ("Oliwia", "Wiśniewska", "", 9, "yes", "yes", "yes", "yes"),
    ("Marley", "Gayle", "", 9, "yes", "yes", "yes", "yes"),
    ("Sahar", "Noori", "", 9, "yes", "yes", "no", "no"),
    ("Akosua", "Asante", "", 9, "yes", "yes", "yes", "yes"),
    ("Reggie", "Brown", "", 9, "yes", "yes", "yes", "yes"),
    ("Keerthana", "Selvarajah", "Keerthi", 10, "yes", "yes", "yes", "yes"),
    ("Kemar", "Williams", "", 10, "yes", "yes", "yes", "yes"),
    ("Bartosz", "Kamiński", "Bartek", 10, "yes", "yes", "yes", "yes"),
    ("Ama", "Owusu-Ansah", "", 10, "yes", "yes", "yes", "yes"),
    ("Destiny", "Morgan", "", 10, "yes", "yes", "yes", "yes"),
    ("Ahmad Zia", "Sultani", "", 10, "no", "no", "no", "no"),
    ("Vithursan", "Jeyakumar", "", 10, "yes", "yes", "yes", "yes"),
    ("Grace", "Appiah", "", 10, "yes", "yes", "yes", "yes"),
    ("Jada", "Clarke", "", 10, "yes", "yes", "yes", "yes"),
    ("Farhad", "Stanikzai", "", 11, "no", "yes", "no", "no"),
    ("Nilani", "Kanagaratnam", "", 11, "yes", "yes", "yes", "yes"),
    ("Kojo", "Mensah", "", 11, "yes", "yes", "yes", "yes"),
    ("Wiktoria", "Nowak", "", 11, "yes", "yes", "yes", "yes"),
    ("Andre", "Campbell", "", 11, "yes", "yes", "yes", "yes"),
    ("Sinthuja", "Balachandran", "", 11, "yes", "yes", "yes", "yes"),
    ("Prince", "Adjei", "", 11, "yes", "yes", "yes", "yes"),
    ("Chantelle", "Young", "", 11, "yes", "yes", "no", "yes"),
    ("Wahid", "Popal", "", 11, "no", "no", "no", "no"),
    ("Thushanth", "Yogarajah", "Thushi", 12, "yes", "yes", "yes", "yes"),
    ("Abena", "Darko", "", 12, "yes", "yes", "yes", "yes"),
    ("Aleksandra", "Zając", "Ola", 12, "yes", "yes", "yes", "yes"),
    ("Jordan", "Gayle", "", 12, "yes", "yes", "yes", "yes"),
    ("Zahra", "Hakimi", "", 12, "yes", "yes", "no", "yes"),
    ("Mohammad Jawad", "Karimi", "Jawad", 12, "no", "yes", "no", "no"),
    ("Esther", "Boakye", "", 12, "yes", "yes", "yes", "yes"),
    ("Nathaniel", "Reid", "Nate", 12, "yes", "yes", "yes", "yes"),
    ("Hope", "Tetteh", "", 12, "yes", "yes", "yes", "yes"),
    ("Piraveen", "Ratnam", "", 13, "yes", "yes", "yes", "yes"),
    ("Kezia", "Morgan", "", 13, "yes", "yes", "yes", "yes"),
    ("Szymon", "Lewandowski", "", 13, "yes", "yes", "yes", "yes"),
    ("Yaw", "Antwi", "", 13, "yes", "yes", "yes", "yes"),
    ("Mariam", "Noori", "", 13, "yes", "yes", "no", "yes"),
    ("Courtney", "Brown", "", 13, "yes", "yes", "yes", "yes"),
    ("Mercy", "Agyeman", "", 13, "yes", "yes", "yes", "yes"),
    ("Laxmi", "Jeyakumar", "", 13, "yes", "yes", "yes", "yes"),
    ("Tia-Rose", "Grant", "", 13, "yes", "yes", "yes", "yes"),
]

STAFF = [
    ("ST01", "Ms", "Helen", "Whitcombe", "Headteacher", "yes", "yes"),
    ("ST02", "Mr", "Kwame", "Asante", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
    ("ST03", "Mrs", "Tharshini", "Sivakumar", "EAL Coordinator", "yes", "yes"),
    ("ST04", "Mr", "Paul", "Grant", "Head of Year 7", "yes", "yes"),
    ("ST05", "Miss", "Joanna", "Nowak", "Head of Year 9", "yes", "no"),
    ("ST06", "Mr", "Farid", "Rahimi", "Learning Mentor (new arrivals and UASC)", "yes", "yes"),
    ("ST07", "Ms", "Marcia", "Campbell", "SENCO", "yes", "yes"),
    ("ST08", "Mr", "Owen", "Price", "Head of PE", "yes", "yes"),
    ("ST09", "Mrs", "Deborah", "Clarke", "Head of Sixth Form", "yes", "yes"),
    ("ST10", "Mr", "Tom", "Brennan", "Teacher of English", "yes", "no"),
    ("ST11", "Ms", "Priya", "Nair", "Teacher of Science", "no", "no"),
    ("ST12", "Mr", "Jakub", "Wróbel", "Teacher of Maths", "yes", "yes"),
    ("ST13", "Mrs", "Sandra", "Bailey", "Attendance Officer", "yes", "yes"),
    ("ST14", "Miss", "Esi", "Boateng", "Teacher of Drama", "yes", "yes"),
]


def year_code(year):
    return 32 - year  # Year 7 -> 25 ... Year 13 -> 19


def upns():
    from clearpost.register.upn import check_letter
    out = {}
    for i, p in enumerate(PUPILS, 1):
        digits = f"3064721{year_code(p[3]):02d}{i:03d}"
        out[f"{p[0]} {p[1]}"] = check_letter(digits) + digits
    return out
