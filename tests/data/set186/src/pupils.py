"""Register for set 186: Castle Steps Primary School and Nursery, Upper Town, Gibraltar (fictional).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
Spanish frontier-worker families keep both surnames (register surname "Jiménez Pérez").
"""

CLASSES = {"Nursery": "Candytuft", "Reception": "Partridges", "Year 1": "Swifts",
           "Year 2": "Kestrels", "Year 3": "Dolphins", "Year 4": "Bee-eaters",
           "Year 5": "Griffons", "Year 6": "Macaques"}


def _p(fn, sn, pref, yr, sm="yes"):
    return (fn, sn, pref, yr, CLASSES[yr], sm)


PUPILS = [
    # Nursery (Candytuft)
    _p("Mateo", "Bossano", "", "Nursery"),
    _p("Amira", "Ziani", "", "Nursery", "no"),
    _p("Jai", "Lalwani", "", "Nursery"),
    _p("Belén", "Moreno Ruiz", "", "Nursery"),
    _p("Theo", "Whitfield", "", "Nursery"),
    _p("Shira", "Levy", "", "Nursery"),
    # Reception (Partridges)
    _p("Kayden", "Rocca", "", "Reception"),
    _p("Nour", "Amrani", "", "Reception"),
    _p("Rocío", "Jiménez Pérez", "", "Reception"),
    _p("Isla", "Nelson", "", "Reception"),
    _p("Ethan", "Feetham", "", "Reception"),
    _p("Eden", "Serfaty", "", "Reception"),
    _p("Rohan", "Budhrani", "", "Reception"),
    _p("Dolores", "Gómez Vera", "Lola", "Reception"),
    # Year 1 (Swifts)
    _p("Tyler", "Chipolina", "", "Year 1"),
    _p("Hajar", "Bennani", "", "Year 1"),
    _p("Álvaro", "Sánchez Ortega", "", "Year 1"),
    _p("Grace", "Whitfield", "", "Year 1"),
    _p("Reuben", "Hassan", "", "Year 1"),
    _p("Diya", "Mahtani", "", "Year 1"),
    _p("Jayden", "Victory", "", "Year 1"),
    _p("Aya", "Tahiri", "", "Year 1"),
    # Year 2 (Kestrels)
    _p("Ignacio", "Ferrary", "Nacho", "Year 2"),
    _p("Yassin", "El Idrissi", "", "Year 2"),
    _p("Lucía", "Fernández Ruiz", "", "Year 2"),
    _p("Alfie", "Rooke", "", "Year 2"),
    _p("Esther", "Benady", "", "Year 2"),
    _p("Kiran", "Chandiramani", "", "Year 2"),
    _p("Chloe", "Linares", "", "Year 2"),
    # Year 3 (Dolphins)
    _p("Rocco", "Lavarello", "Rocky", "Year 3"),
    _p("Tarik", "Ziani", "", "Year 3"),
    _p("Pilar", "Ortega Vela", "", "Year 3"),
    _p("Gita", "Daswani", "", "Year 3"),
    _p("Oliver", "Price", "", "Year 3"),
    _p("Moshe", "Attias", "", "Year 3", "no"),
    _p("Summer", "Olivero", "", "Year 3"),
    _p("Ilyas", "Benali", "", "Year 3"),
    # Year 4 (Bee-eaters)
    _p("Kyle", "Montegriffo", "", "Year 4"),
    _p("Salma", "Amrani", "", "Year 4"),
    _p("Francisco", "Jiménez Pérez", "Curro", "Year 4", "no"),
    _p("Amelia", "Rooke", "", "Year 4"),
    _p("Ariel", "Benzaquen", "", "Year 4"),
    _p("Sahil", "Budhrani", "", "Year 4"),
    _p("Hope", "Cortes", "", "Year 4"),
    _p("Dylan", "Borge", "", "Year 4"),
    # Year 5 (Griffons)
    _p("Jessica", "Caruana", "Jess", "Year 5"),
    _p("Imane", "Bouzid", "", "Year 5"),
    _p("José Manuel", "Vela Ramos", "Chema", "Year 5"),
    _p("Harvey", "Nelson", "", "Year 5"),
    _p("Miriam", "Marrache", "", "Year 5"),
    _p("Anisha", "Chandiramani", "", "Year 5"),
    _p("Aaron", "Desoiza", "", "Year 5"),
    # Year 6 (Macaques)
    _p("Liam", "Victory", "", "Year 6"),
    _p("Hamza", "El Idrissi", "", "Year 6"),
    _p("María del Mar", "Gómez Vera", "Mar", "Year 6"),
    _p("Karishma", "Lalwani", "", "Year 6"),
    _p("Daniel", "Serfaty", "", "Year 6"),
    _p("Jordan", "Torres", "", "Year 6"),
    _p("Megan", "Price", "", "Year 6"),
    _p("Youssef", "Bennani", "", "Year 6", "no"),
]

STAFF = [
    ("Mrs", "Charmaine", "Olivero", "Headteacher", "yes"),
    ("Mr", "Aaron", "Danino", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Miss", "Kelly", "Ferrary", "Nursery Teacher (Candytuft)", "yes"),
    ("Mrs", "Yolanda", "Risso", "Reception Teacher (Partridges)", "yes"),
    ("Mr", "Julian", "Victory", "Year 1 Teacher (Swifts)", "yes"),
    ("Ms", "Sonia", "Baglietto", "Year 2 Teacher (Kestrels)", "no"),
    ("Mr", "Kieran", "Pitaluga", "Year 3 Teacher (Dolphins)", "yes"),
    ("Mrs", "Deepa", "Mahtani", "Year 4 Teacher (Bee-eaters)", "yes"),
    ("Miss", "Rachel", "Benady", "Year 5 Teacher (Griffons)", "yes"),
    ("Mr", "Gareth", "Hughes", "Year 6 Teacher (Macaques)", "yes"),
    ("Mrs", "Gail", "Cumming", "SENCO", "yes"),
    ("Mr", "Stephen", "Linares", "PE and Sport Coordinator", "yes"),
    ("Mrs", "Latifa", "Bouhlal", "EAL and Arabic Support Assistant", "no"),
    ("Miss", "Marisa", "Valarino", "School Office Manager", "yes"),
    ("Mr", "Louis", "Gomila", "Site Manager", "yes"),
]

SCHOOL = {
    "name": "Castle Steps Primary School and Nursery",
    "address": "Alcaide's Ramp, Upper Town, Gibraltar",
    "postcode": "GX14 2CS",
    "phone": "01632 960418",
    "email": "office@castlesteps.gib.example",
    "website": "www.castlesteps.gib.example",
}
