"""Register, staff and school for set 183 (Humberston Sands Academy, Cleethorpes). All invented.

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media, entry_year)
Tutor groups are named after the Humber forts and the marsh: Bull, Haile, Spurn, Tetney.
entry_year is the two-digit year the UPN was first issued (an English primary for most; the
year of arrival in England for the Latvian, Lithuanian, Kurdish and Polish pupils who came later).
"""

PUPILS = [
    # Year 7 (UPN 18 unless arrived later)
    ("Haven", "Cartwright", "", "Year 7", "7 Haile", "yes", "18"),
    ("Kayden", "Fisher", "", "Year 7", "7 Bull", "yes", "18"),
    ("Gabija", "Petrauskaitė", "", "Year 7", "7 Spurn", "yes", "21"),
    ("Roberts", "Bērziņš", "", "Year 7", "7 Tetney", "yes", "25"),
    ("Dilan", "Karim", "", "Year 7", "7 Haile", "yes", "22"),
    ("Zuzanna", "Nowicka", "Zuzia", "Year 7", "7 Bull", "yes", "19"),
    ("Chase", "Wilkinson", "", "Year 7", "7 Spurn", "yes", "18"),
    ("Lacey-Mae", "Youngs", "Lacey", "Year 7", "7 Tetney", "yes", "18"),
    ("Baran", "Hama", "", "Year 7", "7 Haile", "yes", "23"),
    ("Coral", "Dobbs", "", "Year 7", "7 Bull", "yes", "18"),
    ("Alfie-Jay", "Motson", "AJ", "Year 7", "7 Spurn", "yes", "18"),
    ("Elza", "Liepiņa", "", "Year 7", "7 Tetney", "yes", "25"),
    # Year 8
    ("Brooke", "Stephenson", "", "Year 8", "8 Bull", "yes", "17"),
    ("Tyler", "Marsh", "", "Year 8", "8 Spurn", "yes", "17"),
    ("Nojus", "Žukauskas", "", "Year 8", "8 Haile", "yes", "25"),
    ("Szymon", "Wróbel", "", "Year 8", "8 Tetney", "yes", "19"),
    ("Hêvî", "Rashid", "", "Year 8", "8 Bull", "no", "22"),
    ("Marley", "Clixby", "", "Year 8", "8 Spurn", "yes", "17"),
    ("Ance", "Kalniņa", "", "Year 8", "8 Haile", "yes", "20"),
    ("Reggie", "Sutcliffe", "", "Year 8", "8 Tetney", "yes", "17"),
    ("Summer-Rose", "Ellerby", "", "Year 8", "8 Bull", "yes", "17"),
    ("Jiyan", "Mohammed", "", "Year 8", "8 Spurn", "yes", "23"),
    ("Mason", "Grantham", "", "Year 8", "8 Haile", "yes", "17"),
    ("Oliwia", "Grabowska", "", "Year 8", "8 Tetney", "yes", "18"),
    # Year 9
    ("Skye", "Brumpton", "", "Year 9", "9 Bull", "yes", "16"),
    ("Kurtis", "Ross", "", "Year 9", "9 Spurn", "no", "16"),
    ("Ugnė", "Jankauskaitė", "", "Year 9", "9 Haile", "yes", "21"),
    ("Daniels", "Ozoliņš", "Dan", "Year 9", "9 Tetney", "yes", "19"),
    ("Azad", "Abdullah", "", "Year 9", "9 Bull", "yes", "22"),
    ("Demi-Leigh", "Faulding", "", "Year 9", "9 Spurn", "yes", "16"),
    ("Harley", "Tennyson", "", "Year 9", "9 Haile", "yes", "16"),
    ("Kacper", "Lewandowski", "", "Year 9", "9 Tetney", "yes", "17"),
    ("Rojin", "Salih", "", "Year 9", "9 Bull", "yes", "24"),
    ("Jayden", "Holmes", "", "Year 9", "9 Spurn", "yes", "16"),
    ("Austėja", "Stankevičiūtė", "", "Year 9", "9 Haile", "yes", "20"),
    ("Ellis", "Waltham", "", "Year 9", "9 Tetney", "yes", "16"),
    # Year 10
    ("Lukas", "Petrauskas", "", "Year 10", "10 Bull", "yes", "21"),
    ("Paige", "Tetley", "", "Year 10", "10 Spurn", "yes", "15"),
    ("Newroz", "Qadir", "", "Year 10", "10 Haile", "no", "23"),
    ("Reece", "Doughty", "", "Year 10", "10 Tetney", "yes", "15"),
    ("Marta", "Zariņa", "", "Year 10", "10 Bull", "no", "22"),
    ("Franciszek", "Kamiński", "Franek", "Year 10", "10 Spurn", "yes", "16"),
    ("Tia-Louise", "Hewson", "", "Year 10", "10 Haile", "yes", "15"),
    ("Aram", "Hussein", "", "Year 10", "10 Tetney", "yes", "24"),
    ("Bailey", "Fisher", "", "Year 10", "10 Bull", "yes", "15"),
    ("Emilija", "Vasiliauskaitė", "Emily", "Year 10", "10 Spurn", "yes", "19"),
    ("Connor", "Humberstone", "", "Year 10", "10 Haile", "yes", "15"),
    ("Sunny", "Waddingham", "", "Year 10", "10 Tetney", "yes", "15"),
    # Year 11
    ("Kristaps", "Kalniņš", "Kris", "Year 11", "11 Bull", "yes", "20"),
    ("Jessica", "Ward", "Jess", "Year 11", "11 Haile", "yes", "14"),
    ("Shilan", "Abdullah", "", "Year 11", "11 Spurn", "yes", "22"),
    ("Dominykas", "Kazlauskas", "Domas", "Year 11", "11 Tetney", "yes", "18"),
    ("Liam", "Ferriby", "", "Year 11", "11 Bull", "yes", "14"),
    ("Natalia", "Kowalska", "Natka", "Year 11", "11 Haile", "yes", "17"),
    ("Brandon", "Youngs", "", "Year 11", "11 Spurn", "yes", "14"),
    ("Līva", "Jansone", "", "Year 11", "11 Tetney", "yes", "21"),
    ("Zana", "Omar", "", "Year 11", "11 Bull", "yes", "23"),
    ("Harvey", "Laceby", "", "Year 11", "11 Haile", "yes", "14"),
    ("Amber", "Drury", "", "Year 11", "11 Spurn", "yes", "14"),
    ("Mia", "Cook", "", "Year 11", "11 Tetney", "yes", "14"),
]

STAFF = [
    ("Mr", "Gareth", "Pickering", "Principal", "yes"),
    ("Mrs", "Karen", "Drewery", "Vice Principal and Designated Safeguarding Lead", "yes"),
    ("Miss", "Shannon", "Youngs", "Head of Year 7", "yes"),
    ("Mr", "Dean", "Fisher", "Head of PE", "yes"),
    ("Mrs", "Ieva", "Kazlauskienė", "EAL Coordinator", "yes"),
    ("Mr", "Rebwar", "Karim", "Learning Mentor (Kurdish and Arabic)", "no"),
    ("Ms", "Agnieszka", "Wróbel", "Teacher of Science", "yes"),
    ("Mr", "Craig", "Leggott", "Head of Maths", "yes"),
    ("Mrs", "Debbie", "Holmes", "SENCo", "no"),
    ("Miss", "Hannah", "Marsh", "Teacher of English", "yes"),
    ("Mr", "Tom", "Ashworth", "Careers and Apprenticeships Lead", "yes"),
    ("Mrs", "Lorraine", "Cuppleditch", "Attendance and Family Liaison Officer", "yes"),
    ("Mr", "Ross", "Appleyard", "Head of Year 10", "yes"),
    ("Mrs", "Jade", "Brocklesby", "Pastoral Manager and Young Carers Lead", "yes"),
    ("Mr", "Jānis", "Ozols", "Teacher of Design and Technology", "yes"),
]

SCHOOL = {
    "name": "Humberston Sands Academy",
    "address": "Buck Beck Way, Humberston, Cleethorpes",
    "postcode": "DN28 4HS",
    "phone": "01632 960183",
    "email": "office@humberstonsands.example.org",
    "website": "www.humberstonsands.example.org",
}
