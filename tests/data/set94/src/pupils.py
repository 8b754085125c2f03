"""Register, staff and school details for set 94 (Furnace Brook Primary School, Corby)."""

SCHOOL = {
    "name": "Furnace Brook Primary School",
    "address": "Furnace Brook Road, Corby",
    "postcode": "NN79 4FB",
    "phone": "01632 960417",
    "email": "office@furnacebrook.example.org",
    "website": "www.furnacebrook.example.org",
}

# Classes: Scottish rivers, one per year group.
CLASSES = {
    "Reception": "Lomond", "Year 1": "Ness", "Year 2": "Tay", "Year 3": "Clyde",
    "Year 4": "Forth", "Year 5": "Spey", "Year 6": "Tweed",
}

# UPN body: LA (928 Northamptonshire, 940 North Northamptonshire for later arrivals)
# + fictional establishment 2417 + 2-digit year of allocation + serial.
# (forename, surname, preferred, year, la, yy)
PUPILS = [
    ("Blessing", "Okafor", "", "Reception", "940", "21"),
    ("Rūta", "Petrauskaitė", "", "Reception", "940", "21"),
    ("Kayden", "McAllister", "", "Reception", "940", "21"),
    ("Oliwia", "Wójcik", "", "Reception", "940", "21"),
    ("Ailsa", "Buchanan", "", "Reception", "940", "21"),
    ("Darius", "Lupu", "", "Reception", "940", "21"),
    ("Harris", "Gallacher", "", "Reception", "940", "21"),
    ("Favour", "Adeyemi", "", "Reception", "940", "21"),
    ("Iona", "Fraser", "", "Year 1", "940", "20"),
    ("Jonas", "Kazlauskas", "", "Year 1", "940", "20"),
    ("Maja", "Zielińska", "", "Year 1", "940", "20"),
    ("Chidera", "Nwosu", "", "Year 1", "940", "20"),
    ("Lewis", "Docherty", "", "Year 1", "940", "20"),
    ("Ioana", "Popescu", "", "Year 1", "940", "20"),
    ("Precious", "Eze", "", "Year 1", "940", "20"),
    ("Tyler", "Weldon", "", "Year 1", "940", "20"),
    ("Skye", "Paterson", "", "Year 1", "940", "20"),
    ("Gabija", "Jankauskaitė", "", "Year 2", "928", "19"),
    ("Szymon", "Nowak", "", "Year 2", "928", "19"),
    ("Ebubechukwu", "Okonkwo", "Ebuka", "Year 2", "928", "19"),
    ("Rory", "Campbell", "", "Year 2", "928", "19"),
    ("Ștefania", "Rusu", "Stefi", "Year 2", "928", "19"),
    ("Mason", "Hunter", "", "Year 2", "928", "19"),
    ("Gift", "Balogun", "", "Year 2", "928", "19"),
    ("Lily-Rose", "Kerr", "", "Year 2", "928", "19"),
    ("Kacper", "Kowalczyk", "", "Year 2", "928", "19"),
    ("Matas", "Petrauskas", "", "Year 3", "928", "18"),
    ("Heather", "Murray", "", "Year 3", "928", "18"),
    ("Temitope", "Ogunleye", "Tope", "Year 3", "928", "18"),
    ("Alexandru", "Moldovan", "Alex", "Year 3", "928", "18"),
    ("Callum", "Baird", "", "Year 3", "928", "18"),
    ("Zofia", "Dąbrowska", "", "Year 3", "928", "18"),
    ("Emilija", "Vasiliauskaitė", "", "Year 3", "928", "18"),
    ("Archie", "Stewart", "", "Year 3", "928", "18"),
    ("Miracle", "Adebayo", "", "Year 3", "928", "18"),
    ("Ugnė", "Žukauskaitė", "", "Year 4", "928", "17"),
    ("Jakub", "Lewandowski", "Kuba", "Year 4", "928", "17"),
    ("Chiamaka", "Eze", "Amaka", "Year 4", "928", "17"),
    ("Bianca", "Stan", "", "Year 4", "928", "17"),
    ("Fraser", "Reid", "", "Year 4", "928", "17"),
    ("Ellie", "Ramsay", "", "Year 4", "928", "17"),
    ("Lukas", "Butkus", "", "Year 4", "928", "17"),
    ("Tobiloba", "Adeyemi", "Tobi", "Year 4", "928", "17"),
    ("Eilidh", "Gallacher", "", "Year 4", "928", "17"),
    ("Andrei", "Munteanu", "", "Year 5", "928", "16"),
    ("Hope", "Docherty", "", "Year 5", "928", "16"),
    ("Dovydas", "Kazlauskas", "", "Year 5", "928", "16"),
    ("Wiktoria", "Nowak", "", "Year 5", "928", "16"),
    ("Chinedu", "Okafor", "", "Year 5", "928", "16"),
    ("Paige", "Corby", "", "Year 5", "928", "16"),
    ("Jamie", "Cameron", "", "Year 5", "928", "16"),
    ("Doina", "Constantin", "", "Year 5", "928", "16"),
    ("Kamilė", "Jankauskaitė", "", "Year 6", "928", "15"),
    ("Oluwaseun", "Balogun", "Seun", "Year 6", "928", "15"),
    ("Bethany", "Stewart", "Beth", "Year 6", "928", "15"),
    ("Mateusz", "Zieliński", "", "Year 6", "928", "15"),
    ("Shannon", "McGregor", "", "Year 6", "928", "15"),
    ("Dylan", "Murray", "", "Year 6", "928", "15"),
    ("Ayomide", "Ogunleye", "Ayo", "Year 6", "928", "15"),
    ("Vlad", "Popescu", "", "Year 6", "928", "15"),
]

# Pupils without social-media consent (still named by careless staff in a few posts).
NO_SOCIAL = {"Darius Lupu", "Paige Corby", "Lukas Butkus"}
NO_WEBSITE = {"Darius Lupu", "Paige Corby", "Lukas Butkus", "Vlad Popescu", "Gift Balogun"}
NO_PRESS = {
    "Darius Lupu", "Paige Corby", "Lukas Butkus", "Rūta Petrauskaitė", "Matas Petrauskas",
    "Chidera Nwosu", "Ioana Popescu", "Vlad Popescu", "Kacper Kowalczyk", "Hope Docherty",
    "Lewis Docherty", "Andrei Munteanu", "Doina Constantin", "Shannon McGregor", "Bianca Stan",
    "Gift Balogun", "Oluwaseun Balogun", "Tyler Weldon", "Mason Hunter", "Jamie Cameron",
    "Skye Paterson", "Kayden McAllister", "Emilija Vasiliauskaitė", "Maja Zielińska",
    "Mateusz Zieliński", "Wiktoria Nowak", "Szymon Nowak",
}
NO_BIOMETRIC = {
    "Darius Lupu", "Paige Corby", "Lukas Butkus", "Gift Balogun", "Vlad Popescu",
    "Hope Docherty", "Andrei Munteanu", "Kamilė Jankauskaitė", "Gabija Jankauskaitė",
    "Chidera Nwosu", "Tyler Weldon", "Shannon McGregor",
}

STAFF = [
    ("Mrs", "Fiona", "McAllister", "Headteacher", "yes"),
    ("Mr", "Gavin", "Reid", "Deputy Headteacher and Year 6 (Tweed) teacher", "yes"),
    ("Miss", "Laura", "Kinnear", "Reception (Lomond) teacher and EYFS lead", "yes"),
    ("Mr", "Lewis", "Baird", "Year 1 (Ness) teacher", "yes"),
    ("Miss", "Chloe", "Marsh", "Year 2 (Tay) teacher", "yes"),
    ("Mrs", "Adaeze", "Okoro", "Year 3 (Clyde) teacher", "yes"),
    ("Mr", "Daniel", "Hart", "Year 4 (Forth) teacher", "no"),
    ("Mrs", "Mihaela", "Dumitru", "Year 5 (Spey) teacher", "yes"),
    ("Mrs", "Karen", "Whyte", "SENCo and Designated Safeguarding Lead", "yes"),
    ("Mrs", "Agnieszka", "Nowak", "Teaching assistant (Polish speaker)", "yes"),
    ("Ms", "Jurgita", "Stankevičienė", "EAL teaching assistant (Lithuanian and Russian)", "yes"),
    ("Mrs", "Janice", "Cairns", "School business manager", "yes"),
    ("Mr", "Steve", "Buchanan", "Site manager", "no"),
    ("Mr", "Kieran", "Walsh", "PE and sports coach", "yes"),
]
