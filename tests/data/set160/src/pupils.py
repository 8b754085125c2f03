"""Register, staff and school details for set 160 (Redway Meadows Primary School, Milton Keynes).

All people invented. PUPILS rows: (forename, surname, preferred_forename, year_group, class,
consent_social_media).
"""

SCHOOL = {
    "name": "Redway Meadows Primary School",
    "address": "Kelpie Grove, Oldbrook, Milton Keynes",
    "postcode": "MK31 6RW",
    "phone": "01632 960418",
    "email": "office@redwaymeadows.example",
    "website": "www.redwaymeadows.example",
}

# Classes: Reception Wrens, Year 1 Robins, Year 2 Kingfishers, Year 3 Herons,
# Year 4 Kestrels, Year 5 Red Kites, Year 6 Ospreys (birds of the Ouzel Valley).
PUPILS = [
    # Reception - Wrens
    ("Evan", "Thomas", "", "Reception", "Wrens", "yes"),
    ("Blessing", "Moyo", "", "Reception", "Wrens", "yes"),
    ("Zuzanna", "Wróbel", "Zuzia", "Reception", "Wrens", "yes"),
    ("Darius", "Popescu", "", "Reception", "Wrens", "yes"),
    ("Ayomide", "Adebayo", "Ayo", "Reception", "Wrens", "yes"),
    ("Willow", "Hartley", "", "Reception", "Wrens", "yes"),
    ("Gift", "Ncube", "", "Reception", "Wrens", "yes"),
    ("Anvika", "Nair", "", "Reception", "Wrens", "yes"),
    ("Maja", "Kamińska", "", "Reception", "Wrens", "yes"),
    # Year 1 - Robins
    ("Joel", "Sebastian", "", "Year 1", "Robins", "no"),
    ("Favour", "Okonkwo", "", "Year 1", "Robins", "yes"),
    ("Tinashe", "Mutasa", "", "Year 1", "Robins", "yes"),
    ("Ioana", "Dumitru", "", "Year 1", "Robins", "yes"),
    ("Kacper", "Zając", "", "Year 1", "Robins", "yes"),
    ("Alan", "Varghese", "", "Year 1", "Robins", "yes"),
    ("Skye", "Whitmore", "", "Year 1", "Robins", "yes"),
    ("Divine", "Eze", "", "Year 1", "Robins", "yes"),
    ("Sofia", "Munteanu", "", "Year 1", "Robins", "yes"),
    # Year 2 - Kingfishers
    ("Ann Mariya", "Kurian", "", "Year 2", "Kingfishers", "yes"),
    ("Tafadzwa", "Chikore", "Taffy", "Year 2", "Kingfishers", "yes"),
    ("Oluwaseun", "Bakare", "Seun", "Year 2", "Kingfishers", "yes"),
    ("Rareș", "Lupu", "", "Year 2", "Kingfishers", "yes"),
    ("Lena", "Wójcik", "", "Year 2", "Kingfishers", "yes"),
    ("Harvey", "Bunce", "", "Year 2", "Kingfishers", "yes"),
    ("Precious", "Dube", "", "Year 2", "Kingfishers", "yes"),
    ("Christy", "Mathew", "", "Year 2", "Kingfishers", "yes"),
    # Year 3 - Herons
    ("Aleena", "Joseph", "", "Year 3", "Herons", "yes"),
    ("Tatenda", "Moyo", "", "Year 3", "Herons", "no"),
    ("Chiamaka", "Okonkwo", "", "Year 3", "Herons", "yes"),
    ("Ștefan", "Ursu", "", "Year 3", "Herons", "yes"),
    ("Szymon", "Lewandowski", "", "Year 3", "Herons", "yes"),
    ("Grace", "Ncube", "", "Year 3", "Herons", "yes"),
    ("Devika", "Menon", "", "Year 3", "Herons", "yes"),
    ("Alfie", "Tranter", "", "Year 3", "Herons", "yes"),
    ("Temitope", "Adebayo", "Tope", "Year 3", "Herons", "yes"),
    # Year 4 - Kestrels
    ("Adithya", "Pillai", "Adi", "Year 4", "Kestrels", "yes"),
    ("Nyasha", "Chikore", "", "Year 4", "Kestrels", "yes"),
    ("Wiktor", "Kamiński", "", "Year 4", "Kestrels", "yes"),
    ("Bianca", "Ionescu", "", "Year 4", "Kestrels", "yes"),
    ("Chukwuemeka", "Okafor", "Emeka", "Year 4", "Kestrels", "yes"),
    ("Miracle", "Eze", "", "Year 4", "Kestrels", "yes"),
    ("Ebin", "George", "", "Year 4", "Kestrels", "yes"),
    ("Poppy", "Fensome", "", "Year 4", "Kestrels", "yes"),
    ("Kudzai", "Mhlanga", "", "Year 4", "Kestrels", "yes"),
    # Year 5 - Red Kites
    ("Sreelakshmi", "Nair", "Sree", "Year 5", "Red Kites", "yes"),
    ("Farai", "Dube", "", "Year 5", "Red Kites", "yes"),
    ("Oreoluwa", "Bakare", "Ore", "Year 5", "Red Kites", "yes"),
    ("Andrei", "Constantin", "", "Year 5", "Red Kites", "yes"),
    ("Hanna", "Zając", "", "Year 5", "Red Kites", "yes"),
    ("Jovan", "Abraham", "", "Year 5", "Red Kites", "yes"),
    ("Reggie", "Stanbridge", "", "Year 5", "Red Kites", "yes"),
    ("Ngozi", "Nwosu", "", "Year 5", "Red Kites", "yes"),
    # Year 6 - Ospreys
    ("Irene", "Philip", "", "Year 6", "Ospreys", "yes"),
    ("Tendai", "Mutasa", "", "Year 6", "Ospreys", "yes"),
    ("Ifeoluwa", "Adeyemi", "Ife", "Year 6", "Ospreys", "yes"),
    ("Alexandru", "Stan", "Alex", "Year 6", "Ospreys", "yes"),
    ("Oliwia", "Nowicka", "", "Year 6", "Ospreys", "no"),
    ("Ashwin", "Chacko", "", "Year 6", "Ospreys", "yes"),
    ("Mercy", "Mhlanga", "", "Year 6", "Ospreys", "yes"),
    ("Kayden", "Rowe", "", "Year 6", "Ospreys", "yes"),
]

STAFF = [
    ("Mrs", "Helen", "Ashworth", "Headteacher", "yes"),
    ("Mr", "Kwame", "Boateng", "Deputy Headteacher and DSL", "yes"),
    ("Mrs", "Joanne", "Pearce", "SENCo", "yes"),
    ("Mrs", "Priya", "Nair", "Reception teacher (Wrens)", "yes"),
    ("Miss", "Amy", "Cartwright", "Year 1 teacher (Robins)", "yes"),
    ("Mrs", "Bincy", "Thomas", "Year 2 teacher (Kingfishers)", "yes"),
    ("Mr", "Ionuț", "Popa", "Year 3 teacher (Herons)", "yes"),
    ("Ms", "Rutendo", "Moyo", "Year 4 teacher (Kestrels)", "yes"),
    ("Mr", "Dan", "Whitlock", "Year 5 teacher (Red Kites)", "no"),
    ("Mr", "Tom", "Hadley", "Year 6 teacher (Ospreys)", "yes"),
    ("Miss", "Natalia", "Wróbel", "EAL lead and teaching assistant", "yes"),
    ("Mrs", "Sandra", "Okafor", "Early Birds breakfast club manager", "yes"),
    ("Mrs", "Grace", "Adeyemi", "Family support worker", "no"),
    ("Mr", "Lewis", "Grant", "PE and sports coach", "yes"),
    ("Miss", "Kerry", "Dunmore", "Office manager", "yes"),
    ("Mr", "Gary", "Lunn", "Site manager", "yes"),
]
