"""Register of Ravenbrook School for Deaf Children, Derby (set 177). All invented.

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
Classes: Nursery + Reception = Dove, Y1-2 = Amber, Y3-4 = Wye, Y5-6 = Derwent (Derbyshire
rivers); Y7-8 = Kinder, Y9 = Stanage, Y10-11 = Mam Tor (Peak District edges and hills);
Y12-14 = Post-16.
"""

PUPILS = [
    # Nursery
    ("Eesa", "Qureshi", "", "Nursery", "Dove", "yes"),
    ("Florence", "Radford", "Flo", "Nursery", "Dove", "yes"),
    ("Winta", "Kidane", "", "Nursery", "Dove", "yes"),
    # Reception
    ("Maja", "Nowicka", "", "Reception", "Dove", "yes"),
    ("Alfie", "Brentnall", "", "Reception", "Dove", "yes"),
    ("Iman", "Riaz", "", "Reception", "Dove", "yes"),
    ("Vanesa", "Horváthová", "", "Reception", "Dove", "yes"),
    # Year 1
    ("Harvey", "Shardlow", "", "Year 1", "Amber", "yes"),
    ("Semhar", "Tesfay", "", "Year 1", "Amber", "yes"),
    ("Zara", "Khan", "", "Year 1", "Amber", "yes"),
    # Year 2
    ("Roman", "Lakatoš", "", "Year 2", "Amber", "yes"),
    ("Hope", "Bembridge", "", "Year 2", "Amber", "yes"),
    ("Muhammad Hamza", "Rashid", "Hamza", "Year 2", "Amber", "yes"),
    ("Ellie-Mae", "Spencer", "", "Year 2", "Amber", "yes"),
    # Year 3
    ("Oliwia", "Kamińska", "Oliwka", "Year 3", "Wye", "yes"),
    ("Tyler", "Wright", "", "Year 3", "Wye", "yes"),
    ("Yonas", "Haile", "", "Year 3", "Wye", "yes"),
    ("Lily", "Hardy", "", "Year 3", "Wye", "yes"),
    # Year 4
    ("Dominik", "Horváth", "", "Year 4", "Wye", "yes"),
    ("Aleena", "Zaman", "", "Year 4", "Wye", "yes"),
    ("Riley", "Bagshaw", "", "Year 4", "Wye", "yes"),
    ("Rose", "Wragg", "", "Year 4", "Wye", "yes"),
    # Year 5
    ("Szymon", "Dudek", "Szymek", "Year 5", "Derwent", "yes"),
    ("Ruby", "Bell", "", "Year 5", "Derwent", "yes"),
    ("Eden", "Berhane", "", "Year 5", "Derwent", "yes"),
    ("Ibrahim", "Iqbal", "", "Year 5", "Derwent", "yes"),
    # Year 6
    ("Nikola", "Balogová", "", "Year 6", "Derwent", "yes"),
    ("Mason", "Strutt", "", "Year 6", "Derwent", "yes"),
    ("Maisie", "Hollingworth", "", "Year 6", "Derwent", "yes"),
    ("Yusuf", "Saleem", "", "Year 6", "Derwent", "yes"),
    # Year 7
    ("Antoni", "Nowicki", "Antek", "Year 7", "Kinder", "yes"),
    ("Abraham", "Yohannes", "", "Year 7", "Kinder", "yes"),
    ("Lacey", "Darley", "", "Year 7", "Kinder", "yes"),
    ("Haris", "Javed", "", "Year 7", "Kinder", "yes"),
    # Year 8
    ("Amber", "Mellor", "", "Year 8", "Kinder", "yes"),
    ("Patrik", "Gaži", "", "Year 8", "Kinder", "yes"),
    ("Maryam", "Rashid", "", "Year 8", "Kinder", "yes"),
    ("Jayden", "Beresford", "", "Year 8", "Kinder", "yes"),
    # Year 9
    ("Zuzanna", "Lewandowska", "Zuzia", "Year 9", "Stanage", "yes"),
    ("Filmon", "Tekle", "", "Year 9", "Stanage", "yes"),
    ("Brooke", "Allsop", "", "Year 9", "Stanage", "yes"),
    ("Kian", "Slater", "", "Year 9", "Stanage", "no"),
    # Year 10
    ("Selam", "Tesfay", "", "Year 10", "Mam Tor", "yes"),
    ("Zainab", "Hussain", "", "Year 10", "Mam Tor", "yes"),
    ("Kacper", "Wójcik", "", "Year 10", "Mam Tor", "yes"),
    ("Evie", "Brook", "", "Year 10", "Mam Tor", "yes"),
    # Year 11
    ("Denis", "Demeter", "", "Year 11", "Mam Tor", "no"),
    ("Ayaan", "Mahmood", "", "Year 11", "Mam Tor", "yes"),
    ("Charlotte", "Peak", "Lottie", "Year 11", "Mam Tor", "yes"),
    ("Jessica", "Ainsworth", "Jess", "Year 11", "Mam Tor", "yes"),
    # Year 12
    ("Luwam", "Ghebreyesus", "", "Year 12", "Post-16", "yes"),
    ("Wiktor", "Zając", "", "Year 12", "Post-16", "yes"),
    ("Sabina", "Lakatošová", "", "Year 12", "Post-16", "yes"),
    ("Bethany", "Cresswell", "Beth", "Year 12", "Post-16", "yes"),
    # Year 13
    ("Noor", "Akhtar", "", "Year 13", "Post-16", "yes"),
    ("Owen", "Marsh", "", "Year 13", "Post-16", "yes"),
    ("Mehret", "Kidane", "", "Year 13", "Post-16", "no"),
    # Year 14
    ("Reece", "Gretton", "", "Year 14", "Post-16", "yes"),
    ("Marek", "Ferko", "", "Year 14", "Post-16", "yes"),
    ("Hira", "Bibi", "", "Year 14", "Post-16", "yes"),
]

STAFF = [
    ("Mrs", "Joanne", "Pickering", "Headteacher", "yes"),
    ("Mr", "Imran", "Sadiq", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Miss", "Harriet", "Gretton", "Teacher of the Deaf, EYFS (Dove class)", "yes"),
    ("Mr", "Callum", "Bradshaw", "Teacher of the Deaf, Key Stage 1 (Amber class)", "yes"),
    ("Ms", "Bethan", "Lloyd", "Teacher of the Deaf, Key Stage 2 (Wye and Derwent)", "yes"),
    ("Miss", "Chloe", "Fairbrother", "Teacher of the Deaf, English and BSL GCSE", "no"),
    ("Mr", "Owen", "Dale", "PE teacher and Duke of Edinburgh lead", "yes"),
    ("Ms", "Lorraine", "Beardsley", "Deaf Instructor and BSL tutor", "yes"),
    ("Mr", "Kevin", "Shardlow", "Head of Residential (Mill House and Tanyard House)", "yes"),
    ("Dr", "Priya", "Raman", "Educational Audiologist", "no"),
    ("Mrs", "Gillian", "Toplis", "Speech and Language Therapist", "yes"),
    ("Mrs", "Nadia", "Hussain", "Family Liaison Officer (Urdu, Punjabi, Pahari)", "yes"),
    ("Miss", "Saba", "Tesfamariam", "Communication Support Worker (Tigrinya)", "yes"),
    ("Mrs", "Sharon", "Allsop", "School Business Manager", "no"),
    ("Mr", "Gary", "Wragg", "Transport Coordinator", "yes"),
    ("Mr", "Tomasz", "Kowal", "Head of Post-16", "yes"),
]

SCHOOL = {
    "name": "Ravenbrook School for Deaf Children",
    "address": "Tanyard Lane, Derby",
    "postcode": "DE0 3WQ",
    "phone": "01632 960481",
    "email": "office@ravenbrook-deaf.example.org",
    "website": "www.ravenbrook-deaf.example.org",
}
