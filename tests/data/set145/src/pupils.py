"""Register, staff and school of Kirkburnhope Primary School, by Hawick (fictional)."""

SCHOOL = {
    "name": "Kirkburnhope Primary School",
    "address": "Mill Brae, Kirkburnhope, Hawick",
    "postcode": "TD18 4HW",
    "phone": "01632 960387",
    "email": "office@kirkburnhope-ps.example.org",
    "website": "www.kirkburnhope-ps.example.org",
}

LA_CODE = "6214"  # fictional

# year group -> (class, 2-digit entry year)
YEARS = {
    "Nursery": ("Peesweeps", "24"),
    "P1": ("Teviot", "25"),
    "P2": ("Teviot", "24"),
    "P3": ("Teviot", "23"),
    "P4": ("Slitrig", "22"),
    "P5": ("Slitrig", "21"),
    "P6": ("Borthwick", "20"),
    "P7": ("Borthwick", "19"),
}

# forename, surname, preferred, year group
PUPILS = [
    ("Isla", "Brydon", "", "Nursery"),
    ("Hunter", "Lamb", "", "Nursery"),
    ("Orla", "Nichol", "", "Nursery"),
    ("Alfie", "Storrie", "", "Nursery"),
    ("Hope", "Common", "", "P1"),
    ("Archie", "Elliot", "", "P1"),
    ("Rowan", "Turnbull", "", "P1"),
    ("Ella-Rose", "Douglas", "", "P1"),
    ("Finlay", "Laidlaw", "", "P1"),
    ("Poppy", "Renwick", "", "P1"),
    ("Lewis", "Graham", "", "P1"),
    ("Freya", "Hume", "", "P1"),
    ("Heather", "Armstrong", "", "P2"),
    ("Jack", "Hogg", "", "P2"),
    ("Millie", "Elliot", "", "P2"),
    ("Struan", "Kerr", "", "P2"),
    ("Ruby", "Pringle", "", "P2"),
    ("Callum", "Oliver", "", "P2"),
    ("Scott", "Turnbull", "", "P2"),
    ("Jessica", "Waugh", "Jess", "P2"),
    ("Ava", "Scott", "", "P3"),
    ("Darcy", "Laidlaw", "", "P3"),
    ("Kerr", "Telfer", "", "P3"),
    ("Zuzanna", "Wójcik", "Zuzia", "P3"),
    ("Blair", "Robson", "", "P3"),
    ("Ivy", "Rutherford", "", "P3"),
    ("Thomas", "Cranston", "Tam", "P3"),
    ("Skye", "Anderson", "", "P3"),
    ("Elliot", "Armstrong", "", "P4"),
    ("Grace", "Elliot", "", "P4"),
    ("Rory", "Veitch", "", "P4"),
    ("Sofiia", "Kovalenko", "", "P4"),
    ("Fraser", "Little", "", "P4"),
    ("Eilidh", "Noble", "", "P4"),
    ("Robert", "Jardine", "Robbie", "P4"),
    ("Summer", "Hall", "", "P4"),
    ("Mateusz", "Wójcik", "Mati", "P5"),
    ("Zoë", "Tweedie", "", "P5"),
    ("Cameron", "Riddell", "Cammy", "P5"),
    ("Katie", "Dalgleish", "", "P5"),
    ("Ross", "Murray", "", "P5"),
    ("Jamie", "Grieve", "", "P5"),
    ("Brodie", "Hogg", "", "P5"),
    ("Robyn", "Landels", "", "P5"),
    ("Bohdan", "Kovalenko", "", "P6"),
    ("Euan", "Amos", "", "P6"),
    ("Iona", "Waugh", "", "P6"),
    ("Harris", "Lamb", "", "P6"),
    ("Megan", "Crozier", "", "P6"),
    ("Alexander", "Douglas", "Sandy", "P6"),
    ("Charlotte", "Common", "Lottie", "P6"),
    ("Lily", "Shiel", "", "P6"),
    ("Stuart", "Irvine", "", "P7"),
    ("Kirsty", "Lunn", "", "P7"),
    ("Angus", "Scott", "", "P7"),
    ("Bethany", "Davidson", "Beth", "P7"),
    ("Oliver", "Renwick", "Ollie", "P7"),
    ("Morven", "Hume", "", "P7"),
    ("Dylan", "Brydon", "", "P7"),
    ("Mhairi", "Tait", "", "P7"),
]

# consent_name_with_photo = yes only for pupils never named in a photo post (check.py)
NAME_WITH_PHOTO_YES = {"Orla Nichol", "Freya Hume", "Struan Kerr", "Eilidh Noble",
                       "Euan Amos", "Kirsty Lunn", "Megan Crozier"}
# no social-media consent (named anyway by careless staff)
NO_SOCIAL = {"Sofiia Kovalenko", "Bohdan Kovalenko", "Brodie Hogg", "Iona Waugh"}
NO_WEBSITE = {"Sofiia Kovalenko", "Bohdan Kovalenko", "Iona Waugh"}
NO_PRESS = {"Sofiia Kovalenko", "Bohdan Kovalenko", "Iona Waugh", "Brodie Hogg", "Jack Hogg",
            "Ruby Pringle", "Skye Anderson", "Kerr Telfer", "Archie Elliot", "Darcy Laidlaw",
            "Finlay Laidlaw", "Morven Hume", "Freya Hume", "Robyn Landels", "Summer Hall"}
NO_BIOMETRIC = {"Sofiia Kovalenko", "Bohdan Kovalenko", "Iona Waugh", "Jessica Waugh",
                "Robyn Landels", "Summer Hall", "Ruby Pringle", "Kerr Telfer", "Lewis Graham",
                "Blair Robson"}

STAFF = [
    ("Mrs", "Fiona", "Laidlaw", "Head Teacher", "yes"),
    ("Mrs", "Elaine", "Pringle", "Principal Teacher", "yes"),
    ("Mr", "Graham", "Scott", "Class Teacher P6/7 (Borthwick)", "yes"),
    ("Miss", "Heather", "Nicol", "Class Teacher P1-3 (Teviot)", "yes"),
    ("Mrs", "Alison", "Tait", "Class Teacher P4/5 (Slitrig)", "yes"),
    ("Mrs", "Karen", "Elliot", "Early Years Practitioner (Nursery lead)", "yes"),
    ("Miss", "Amy", "Wilson", "Early Years Practitioner", "no"),
    ("Mrs", "Catriona", "Hall", "Support for Learning Teacher", "yes"),
    ("Ms", "Joanna", "Kowal", "EAL Teacher (visiting)", "no"),
    ("Mr", "Rory", "Hislop", "PE Teacher and Active Schools", "yes"),
    ("Mrs", "Morag", "Turnbull", "School Administrator", "yes"),
    ("Mrs", "Lesley", "Brown", "Pupil Support Assistant", "yes"),
    ("Mr", "Derek", "Amos", "Janitor", "no"),
    ("Mrs", "Sheena", "Grieve", "Cook", "yes"),
    ("Mr", "Kenny", "Robson", "Fiddle Tutor (visiting)", "yes"),
]
