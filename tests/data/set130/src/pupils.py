"""Register, staff and school details for set 130 (Sant Sipahi Khalsa Primary, Handsworth)."""

SCHOOL = {
    "name": "Sant Sipahi Khalsa Primary School and Nursery",
    "address": "12 Linwood Vale, Handsworth, Birmingham",
    "postcode": "B86 2SK",
    "phone": "0121 496 0273",
    "email": "office@santsipahi-khalsa.example.org",
    "website": "www.santsipahi-khalsa.example.org",
}

CLASSES = {"R": "Ravi", "1": "Beas", "2": "Sutlej", "3": "Jhelum", "4": "Chenab", "5": "Tame", "6": "Rea"}
# allocation year of the UPN (2 digits) by year group; later arrivals override
ALLOC = {"R": "23", "1": "22", "2": "21", "3": "20", "4": "19", "5": "18", "6": "17"}

# forename, surname, preferred, year, social, website, press, name_with_photo(base), biometric, alloc override
PUPILS = [
    ("Ekam", "Sohal", "", "R", 1, 1, 1, 0, 1, ""),
    ("Noor", "Atwal", "", "R", 1, 1, 0, 1, 1, ""),
    ("Marley", "Campbell", "", "R", 1, 1, 1, 0, 1, ""),
    ("Daria", "Lupu", "", "R", 1, 1, 0, 0, 0, ""),
    ("Aarav", "Mistry", "", "R", 1, 1, 1, 1, 1, ""),
    ("Sehaj", "Bhamra", "", "R", 1, 0, 0, 0, 1, ""),
    ("Amari", "Thompson-Gayle", "", "R", 1, 1, 1, 0, 0, ""),
    ("Luca", "Moldovan", "", "R", 1, 1, 0, 1, 0, "24"),
    ("Fateh", "Singh", "", "1", 1, 1, 1, 0, 1, ""),
    ("Jasleen", "Bains", "", "1", 1, 1, 1, 0, 1, ""),
    ("Arjan", "Bains", "", "1", 1, 1, 1, 0, 1, ""),
    ("Diya", "Sharma", "", "1", 1, 1, 0, 1, 1, ""),
    ("Harmony", "Clarke", "", "1", 1, 1, 1, 0, 1, ""),
    ("Rareș", "Moldovan", "", "1", 1, 1, 0, 0, 0, "24"),
    ("Mehtab", "Grewal", "", "1", 1, 1, 1, 1, 1, ""),
    ("Kemani", "Reid", "", "1", 0, 1, 0, 0, 0, ""),
    ("Nihal", "Dhillon", "", "2", 1, 1, 1, 0, 1, ""),
    ("Ajooni", "Khalsa", "", "2", 1, 1, 1, 1, 1, ""),
    ("Ștefania", "Ursu", "", "2", 1, 1, 0, 0, 1, "23"),
    ("Krishna", "Patel", "Krish", "2", 1, 1, 1, 0, 1, ""),
    ("Zephaniah", "Grant", "Zeph", "2", 1, 1, 1, 0, 1, ""),
    ("Gurleen", "Sidhu", "", "2", 1, 1, 0, 1, 1, ""),
    ("Kian", "O'Connor", "", "2", 1, 1, 1, 0, 0, ""),
    ("Ishaan", "Kapoor", "", "2", 1, 1, 1, 1, 1, ""),
    ("Bianca", "Dumitru", "", "2", 1, 0, 0, 0, 0, "22"),
    ("Ravi", "Chauhan", "", "3", 1, 1, 1, 0, 1, ""),
    ("Zion", "Campbell", "", "3", 1, 1, 1, 0, 1, ""),
    ("Harnoor", "Gill", "", "3", 1, 1, 1, 0, 1, ""),
    ("Andrei", "Popa", "Andy", "3", 1, 1, 0, 0, 1, "21"),
    ("Simranjeet", "Johal", "Simran", "3", 1, 1, 1, 0, 1, ""),
    ("Tyrese", "McKenzie", "", "3", 1, 1, 0, 1, 0, ""),
    ("Anaya", "Joshi", "", "3", 1, 1, 1, 1, 1, ""),
    ("Himmat", "Virdi", "", "3", 1, 1, 1, 0, 1, ""),
    ("Maria-Ioana", "Rusu", "Ioana", "3", 1, 1, 0, 0, 0, "22"),
    ("Ionuț", "Lupu", "", "4", 1, 1, 0, 0, 0, "21"),
    ("Tejveer", "Mann", "Tej", "4", 1, 1, 1, 0, 1, ""),
    ("Keturah", "Francis", "", "4", 1, 1, 1, 0, 1, ""),
    ("Jaskaran", "Sandhu", "Jas", "4", 1, 1, 1, 0, 1, ""),
    ("Amrit", "Kalsi", "", "4", 1, 1, 1, 0, 1, ""),
    ("Malachi", "Barnes", "", "4", 1, 1, 1, 0, 1, ""),
    ("Isha", "Khanna", "", "4", 1, 1, 0, 1, 1, ""),
    ("Alexandru", "Stan", "Alex", "4", 1, 1, 0, 0, 1, "20"),
    ("Hope", "Williams", "", "4", 1, 1, 1, 0, 1, ""),
    ("Zorawar", "Dhaliwal", "", "5", 1, 1, 1, 0, 1, ""),
    ("Precious", "Campbell", "", "5", 1, 1, 1, 0, 1, ""),
    ("Navjot", "Sidhu", "", "5", 1, 1, 1, 0, 1, ""),
    ("Mihai", "Constantin", "", "5", 1, 1, 0, 0, 1, "20"),
    ("Jahmari", "Powell", "", "5", 0, 0, 0, 0, 0, ""),
    ("Gurpartap", "Sahota", "Partap", "5", 1, 1, 1, 0, 1, ""),
    ("Tara", "Mistry", "", "5", 1, 1, 1, 0, 1, ""),
    ("Cristian", "Radu", "", "5", 1, 1, 0, 1, 1, "21"),
    ("Japneet", "Atwal", "", "5", 1, 1, 1, 0, 1, ""),
    ("Manraj", "Grewal", "Manny", "6", 1, 1, 1, 0, 1, ""),
    ("Ezekiel", "Brown", "Zeke", "6", 1, 1, 1, 0, 1, ""),
    ("Sorina", "Vasile", "", "6", 1, 1, 0, 0, 1, "19"),
    ("Kirandeep", "Bhamra", "Kiran", "6", 1, 1, 1, 0, 1, ""),
    ("Aditya", "Parmar", "", "6", 1, 1, 1, 1, 1, ""),
    ("Shanae-Marie", "Thompson", "", "6", 1, 1, 1, 0, 1, ""),
    ("Jaivir", "Hothi", "", "6", 1, 1, 1, 0, 1, ""),
    ("Elena", "Ciobanu", "", "6", 1, 1, 0, 0, 1, "20"),
    ("Rohan", "Lad", "", "6", 1, 1, 1, 0, 1, ""),
]

# title, forename, surname, role, consent_photo
STAFF = [
    ("Mrs", "Kulwant", "Dhillon", "Headteacher", "yes"),
    ("Mr", "Gurdeep", "Johal", "Deputy Headteacher and DSL", "yes"),
    ("Mrs", "Amrit", "Hayer", "Nursery Lead", "yes"),
    ("Miss", "Rebecca", "Hale", "Reception Teacher", "yes"),
    ("Miss", "Jasmine", "Reid", "Year 1 Teacher", "yes"),
    ("Mrs", "Sukhvinder", "Gill", "Year 2 Teacher", "no"),
    ("Ms", "Nadia", "Francis", "Year 3 Teacher", "yes"),
    ("Mr", "Tom", "Whitehouse", "Year 4 Teacher", "yes"),
    ("Mrs", "Veena", "Patel", "Year 5 Teacher", "yes"),
    ("Mr", "Marcus", "Campbell", "Year 6 Teacher", "yes"),
    ("Mrs", "Anita", "Sharma", "SENCo", "yes"),
    ("Mrs", "Loredana", "Popa", "EAL Teaching Assistant", "yes"),
    ("Mr", "Harjinder", "Singh", "Punjabi and Gurmat Teacher", "yes"),
    ("Mrs", "Pauline", "Edwards", "School Business Manager", "no"),
    ("Mr", "Harvey", "Lloyd", "Sports Coach", "yes"),
]

LA, ESTAB = "330", "3417"


def upn_body(i: int, year: str, override: str) -> str:
    return LA + ESTAB + (override or ALLOC[year]) + f"{101 + i:03d}"
