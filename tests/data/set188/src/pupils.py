"""Register, staff and school for set 188: Saltoun Braes Academy, Fraserburgh (fictional, S1-S6).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
Classes are registration classes: year digit + house initial (K Kinnaird, R Rattray, P Pitsligo).
"""

PUPILS = [
    # S1
    ("Marina", "Buchan", "", "S1", "1K", "yes"),
    ("Lovely", "Manalo", "", "S1", "1R", "yes"),
    ("Kristaps", "Ozols", "", "S1", "1P", "yes"),
    ("Caleb", "Noble", "", "S1", "1K", "no"),
    ("Zuzanna", "Wróbel", "Zuzia", "S1", "1R", "yes"),
    ("Alexander", "Strachan", "Zander", "S1", "1P", "yes"),
    ("Skye", "Duthie", "", "S1", "1K", "yes"),
    ("Matas", "Kazlauskas", "", "S1", "1R", "yes"),
    ("Kacey-Leigh", "Third", "", "S1", "1P", "yes"),
    ("John Paul", "Pascual", "JP", "S1", "1K", "yes"),
    # S2
    ("Ruth", "Watt", "", "S2", "2K", "no"),
    ("Emīls", "Bērziņš", "", "S2", "2R", "yes"),
    ("Harvey", "Cardno", "", "S2", "2P", "yes"),
    ("Grace", "Ritchie", "", "S2", "2K", "yes"),
    ("Austėja", "Petrauskaitė", "", "S2", "2R", "yes"),
    ("Rhea Mae", "Dimaculangan", "", "S2", "2P", "yes"),
    ("Logan", "Masson", "", "S2", "2K", "yes"),
    ("Szymon", "Nowicki", "", "S2", "2R", "yes"),
    ("Bonnie", "May", "", "S2", "2P", "yes"),
    ("Robert", "Stephen", "Robbie", "S2", "2K", "yes"),
    # S3
    ("Esther", "Noble", "", "S3", "3K", "no"),
    ("Jayden", "Summers", "", "S3", "3R", "yes"),
    ("Gabija", "Jankauskaitė", "", "S3", "3P", "yes"),
    ("Filip", "Dudek", "", "S3", "3K", "yes"),
    ("Heather", "Gatt", "", "S3", "3R", "yes"),
    ("Mark Anthony", "Villareal", "Marky", "S3", "3P", "yes"),
    ("Isla", "Wiseman", "", "S3", "3K", "yes"),
    ("Callum", "Reid", "", "S3", "3R", "yes"),
    ("Alise", "Kalniņa", "", "S3", "3P", "yes"),
    ("Dylan", "Pirie", "", "S3", "3K", "yes"),
    # S4
    ("Elza", "Bērziņa", "", "S4", "4K", "yes"),
    ("George", "Duthie", "Doddie", "S4", "4R", "yes"),
    ("Hope", "Sim", "", "S4", "4P", "yes"),
    ("Precious", "Tolentino", "", "S4", "4K", "yes"),
    ("Lukas", "Stankevičius", "", "S4", "4R", "yes"),
    ("Kirsty", "Milne", "", "S4", "4P", "yes"),
    ("Nathan", "Forbes", "", "S4", "4K", "yes"),
    ("Maja", "Lewandowska", "", "S4", "4R", "yes"),
    ("Ewan", "Mair", "", "S4", "4P", "yes"),
    ("Amber", "Lovie", "", "S4", "4K", "yes"),
    # S5
    ("James", "Buchan", "Jamie", "S5", "5K", "yes"),
    ("Dominykas", "Petrauskas", "Domas", "S5", "5R", "yes"),
    ("Faith", "Innes", "", "S5", "5P", "yes"),
    ("Angelica", "delos Santos", "", "S5", "5K", "yes"),
    ("Kamil", "Wróbel", "", "S5", "5R", "yes"),
    ("Rowan", "Hepburn", "", "S5", "5P", "yes"),
    ("Megan", "Strachan", "", "S5", "5K", "yes"),
    ("Liam", "Crawford", "", "S5", "5R", "yes"),
    ("Sophie", "Greig", "", "S5", "5P", "yes"),
    ("Reuben", "Watt", "", "S5", "5K", "no"),
    # S6
    ("Lydia", "Noble", "", "S6", "6K", "no"),
    ("Kristīne", "Ozola", "", "S6", "6R", "yes"),
    ("Christian", "Manalo", "", "S6", "6P", "yes"),
    ("Eilidh", "Ritchie", "", "S6", "6K", "yes"),
    ("Oliwia", "Nowicka", "", "S6", "6R", "yes"),
    ("Connor", "Birnie", "", "S6", "6P", "yes"),
    ("Erin", "Murison", "", "S6", "6K", "yes"),
    ("Ugnė", "Kazlauskaitė", "", "S6", "6R", "yes"),
    ("Cameron", "Stephen", "", "S6", "6P", "yes"),
    ("Rebecca", "Summers", "Becca", "S6", "6K", "yes"),
]

STAFF = [
    ("Mrs", "Fiona", "Cruickshank", "Head Teacher", "yes"),
    ("Mrs", "Lorna", "Strachan", "Depute Head Teacher (S1-S3)", "yes"),
    ("Mr", "Ian", "Mowat", "Depute Head Teacher (S4-S6, SQA co-ordinator)", "yes"),
    ("Mr", "Graham", "Noble", "Principal Teacher Guidance", "yes"),
    ("Miss", "Kirsten", "Pirie", "Teacher of English", "yes"),
    ("Mr", "Douglas", "Innes", "Teacher of PE", "yes"),
    ("Ms", "Agnieszka", "Wójtowicz", "EAL Teacher", "no"),
    ("Mr", "Stuart", "Duthie", "Principal Teacher of Maths", "yes"),
    ("Mrs", "Marites", "Cruz", "Pupil Support Assistant", "yes"),
    ("Mr", "Andris", "Liepa", "Teacher of Design and Technology", "yes"),
    ("Mrs", "Sheila", "Cowie", "Teacher of Home Economics", "no"),
    ("Mr", "Callum", "MacRae", "Teacher of Music", "yes"),
    ("Dr", "Alison", "Baird", "Teacher of Biology", "yes"),
    ("Miss", "Heather", "Cheyne", "Teacher of Geography", "yes"),
    ("Mrs", "Joyce", "Ingram", "School Business Manager", "yes"),
]

SCHOOL = {
    "name": "Saltoun Braes Academy",
    "address": "Lythe Brae, Fraserburgh",
    "postcode": "AB49 3SB",
    "phone": "01632 960188",
    "email": "office@saltounbraes.example.org",
    "website": "https://saltounbraes.example.org",
}
