"""Register of set 148: Chalkhaven Primary School and Nursery, Dover (fictional).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
STAFF: (title, forename, surname, role, consent_photo)
"""

CLASSES = {
    "Nursery": "Samphire",
    "Reception": "Kittiwakes",
    "Year 1": "Skylarks",
    "Year 2": "Fulmars",
    "Year 3": "Ravens",
    "Year 4": "Peregrines",
    "Year 5": "Adonis Blues",
    "Year 6": "Chalkhill Blues",
}

_P = [
    # Nursery
    ("Maryam", "Ahmadzai", "", "Nursery", "yes"),
    ("Summer", "Gilham", "", "Nursery", "yes"),
    ("Zlata", "Bondarenko", "", "Nursery", "yes"),
    ("Jiyan", "Mahmoud", "", "Nursery", "yes"),
    ("Arlo", "Sharp", "", "Nursery", "yes"),
    ("Dua", "Berisha", "", "Nursery", "yes"),
    # Reception
    ("Hope", "Kember", "", "Reception", "yes"),
    ("Omid", "Noorzai", "", "Reception", "yes"),
    ("Mariia", "Kravchuk", "", "Reception", "yes"),
    ("Harley", "Dunn", "", "Reception", "no"),
    ("Era", "Gashi", "", "Reception", "yes"),
    ("Zagros", "Karim", "", "Reception", "yes"),
    ("Lily-Mae", "Mockett", "", "Reception", "yes"),
    # Year 1
    ("Marina", "Kovalenko", "", "Year 1", "yes"),
    ("Ahmad", "Hakimi", "", "Year 1", "yes"),
    ("Ellis", "Gambrill", "", "Year 1", "yes"),
    ("Rojin", "Hassan", "", "Year 1", "yes"),
    ("Frankie", "Brock", "", "Year 1", "yes"),
    ("Arbër", "Krasniqi", "", "Year 1", "yes"),
    ("Ruby", "Denne", "", "Year 1", "yes"),
    ("Sofiia", "Tkachenko", "Sonia", "Year 1", "yes"),
    # Year 2
    ("Newroz", "Ahmed", "", "Year 2", "yes"),
    ("Alfie", "Castle", "", "Year 2", "yes"),
    ("Zainab", "Popal", "", "Year 2", "yes"),
    ("Bohdan", "Melnyk", "", "Year 2", "yes"),
    ("Tia", "Hogben", "", "Year 2", "yes"),
    ("Leka", "Hoxha", "", "Year 2", "yes"),
    ("Mason", "Kemp", "", "Year 2", "no"),
    ("Grace", "Coombs", "", "Year 2", "yes"),
    # Year 3
    ("Yusuf", "Ahmadzai", "", "Year 3", "yes"),
    ("Lesya", "Shevchenko", "", "Year 3", "yes"),
    ("Kayden", "Mockett", "", "Year 3", "yes"),
    ("Shilan", "Barzani", "", "Year 3", "yes"),
    ("Clifford", "Sharp", "Cliff", "Year 3", "yes"),
    ("Abdul", "Wardak", "", "Year 3", "yes"),
    ("Rina", "Krasniqi", "", "Year 3", "yes"),
    ("Poppy", "Gilham", "", "Year 3", "yes"),
    ("Maksym", "Kravchuk", "", "Year 3", "yes"),
    # Year 4
    ("Taras", "Bondarenko", "", "Year 4", "yes"),
    ("Amelia-Rose", "Kingsmill", "", "Year 4", "yes"),
    ("Hamid", "Stanekzai", "", "Year 4", "yes"),
    ("Berfin", "Omar", "", "Year 4", "yes"),
    ("Jack", "Coombs", "", "Year 4", "yes"),
    ("Besa", "Dervishi", "", "Year 4", "yes"),
    ("Daria", "Shevchenko", "", "Year 4", "yes"),
    ("Finley", "Harbour", "", "Year 4", "yes"),
    # Year 5
    ("Azad", "Hassan", "", "Year 5", "yes"),
    ("Sadia", "Karimi", "", "Year 5", "yes"),
    ("Oleksandr", "Kovalenko", "Sasha", "Year 5", "yes"),
    ("Lacey", "Brock", "", "Year 5", "yes"),
    ("Ilir", "Hoxha", "", "Year 5", "yes"),
    ("Charlie", "Denne", "", "Year 5", "yes"),
    ("Nazanin", "Sultani", "", "Year 5", "yes"),
    # Year 6
    ("Mustafa", "Noorzai", "", "Year 6", "yes"),
    ("Kateryna", "Bondarenko", "Katya", "Year 6", "yes"),
    ("Rebin", "Mahmoud", "", "Year 6", "yes"),
    ("Tyler", "Hogben", "", "Year 6", "no"),
    ("Jetmir", "Gashi", "", "Year 6", "yes"),
    ("Maisie", "Kingsmill", "", "Year 6", "yes"),
    ("Farhad", "Safi", "", "Year 6", "yes"),
    ("Hozan", "Amin", "", "Year 6", "yes"),
]

PUPILS = [(fn, sn, pref, yr, CLASSES[yr], sm) for fn, sn, pref, yr, sm in _P]

STAFF = [
    ("Mrs", "Joanne", "Kember", "Headteacher", "yes"),
    ("Mr", "Stuart", "Pettit", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Miss", "Hannah", "Godden", "Nursery Lead (Samphire)", "yes"),
    ("Mrs", "Lauren", "Coveney", "Reception Teacher and EYFS Lead (Kittiwakes)", "yes"),
    ("Mr", "Charlie", "Tapley", "Year 1 Teacher (Skylarks)", "yes"),
    ("Mrs", "Nicola", "Fremlin", "Year 2 Teacher (Fulmars)", "no"),
    ("Miss", "Amy", "Hogben", "Year 3 Teacher (Ravens)", "yes"),
    ("Mr", "Ryan", "Wellard", "Year 4 Teacher (Peregrines)", "yes"),
    ("Mrs", "Priya", "Nair", "Year 5 Teacher (Adonis Blues)", "yes"),
    ("Mr", "Daniel", "Friend", "Year 6 Teacher (Chalkhill Blues) and PE Lead", "yes"),
    ("Mrs", "Oksana", "Melnyk", "Teaching Assistant, Ukrainian EAL support", "yes"),
    ("Mr", "Farid", "Sultani", "Family Liaison Officer (Dari and Pashto)", "yes"),
    ("Ms", "Shirin", "Rasul", "SENCo", "yes"),
    ("Mrs", "Drita", "Shehu", "Learning Mentor (Albanian)", "no"),
    ("Mrs", "Kerry", "Marsh", "School Business Manager", "yes"),
    ("Mr", "Gary", "Kemp", "Site Manager", "yes"),
]

SCHOOL = {
    "name": "Chalkhaven Primary School and Nursery",
    "address": "Fremlin Rise, Dover",
    "postcode": "CT22 4DL",
    "phone": "01632 960418",
    "email": "office@chalkhaven-primary.example.org",
    "website": "www.chalkhaven-primary.example.org",
}
