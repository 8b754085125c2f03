"""Register, staff and school details for set 162 (Couper Street Primary School and Nursery Class,
Leith, Edinburgh). All people invented. Tuple: forename, surname, preferred, year, class, consent_social_media."""

SCHOOL = {
    "name": "Couper Street Primary School and Nursery Class",
    "address": "1 Couper Street, Leith, Edinburgh",
    "postcode": "EH58 2CS",
    "phone": "01632 960418",
    "email": "admin@couperstreet-ps.example.org",
    "website": "www.couperstreet-ps.example.org",
}

# Classes are named after the islands of the Firth of Forth.
CLASSES = {"Nursery": "Nursery Class", "P1": "Fidra", "P2": "Craigleith", "P3": "Inchkeith",
           "P4": "Inchcolm", "P5": "Cramond", "P6": "Bass Rock", "P7": "Isle of May"}

_P = [
    # Nursery (preschool and ante-preschool)
    ("Iona", "Brannigan", "", "Nursery", "yes"),
    ("Yousef", "Darwish", "", "Nursery", "yes"),
    ("Xinyi", "Chen", "", "Nursery", "yes"),
    ("Bernard", "Pawlak", "", "Nursery", "yes"),
    ("Solomiia", "Melnyk", "Solia", "Nursery", "yes"),
    ("Ayaan", "Islam", "", "Nursery", "yes"),
    # P1
    ("Rose", "McAllister", "", "P1", "yes"),
    ("Kayden", "Welsh", "", "P1", "yes"),
    ("Hamza", "Khalil", "", "P1", "yes"),
    ("Lena", "Pawlak", "", "P1", "yes"),
    ("Daryna", "Boyko", "", "P1", "yes"),
    ("Ethan", "Long", "", "P1", "yes"),
    ("Nusrat", "Miah", "", "P1", "yes"),
    ("Harris", "Brodie", "", "P1", "no"),
    # P2
    ("Victoria", "Souness", "Tori", "P2", "yes"),
    ("Taras", "Kovalenko", "", "P2", "yes"),
    ("Zuzanna", "Wróbel", "Zuzia", "P2", "yes"),
    ("Lewis", "Stenhouse", "", "P2", "yes"),
    ("Raihan", "Chowdhury", "", "P2", "yes"),
    ("Joy", "Zhang", "", "P2", "yes"),
    ("Sidra", "Haddad", "", "P2", "yes"),
    ("Mackenzie", "Lamb", "Kenzie", "P2", "yes"),
    # P3
    ("Nadiia", "Tkachenko", "Nadia", "P3", "yes"),
    ("Amal", "Hamwi", "", "P3", "yes"),
    ("Ciaran", "Gordon", "", "P3", "yes"),
    ("Clyde", "Robertson", "", "P3", "no"),
    ("Hanna", "Jankowska", "", "P3", "yes"),
    ("Wing Yan", "Lam", "Winnie", "P3", "yes"),
    ("Arif", "Rahman", "", "P3", "yes"),
    ("Maisie", "Duncan", "", "P3", "yes"),
    # P4
    ("Rama", "Darwish", "", "P4", "yes"),
    ("Mykola", "Bondarenko", "Kolya", "P4", "yes"),
    ("Jay", "Henderson", "", "P4", "yes"),
    ("Oliwia", "Zając", "", "P4", "yes"),
    ("Tahmina", "Begum", "", "P4", "yes"),
    ("Kai", "Stevenson", "", "P4", "yes"),
    ("Hao", "Zhang", "Harry", "P4", "yes"),
    ("Grace", "Reid", "", "P4", "yes"),
    # P5
    ("Omar", "Khalil", "", "P5", "yes"),
    ("Lorne", "Buchanan", "", "P5", "yes"),
    ("Sofiia", "Kravchuk", "", "P5", "yes"),
    ("Ishrat", "Hussain", "", "P5", "yes"),
    ("Igor", "Grabowski", "", "P5", "yes"),
    ("Mirren", "Sutherland", "", "P5", "yes"),
    ("Hoi Ting", "Lam", "Tina", "P5", "yes"),
    ("Logan", "Craig", "", "P5", "no"),
    # P6
    ("Tanvir", "Islam", "", "P6", "yes"),
    ("Franciszek", "Jankowski", "Franek", "P6", "yes"),
    ("Craig", "Hendry", "", "P6", "yes"),
    ("Yaroslav", "Lysenko", "Slavik", "P6", "yes"),
    ("Hala", "Al-Masri", "", "P6", "yes"),
    ("Jiahui", "Lin", "Jenny", "P6", "yes"),
    ("Fraser", "Paterson", "", "P6", "yes"),
    ("Ella-Rose", "Kerr", "", "P6", "yes"),
    # P7
    ("Joud", "Haddad", "", "P7", "yes"),
    ("Bohdan", "Shevchenko", "", "P7", "yes"),
    ("Maja", "Krawczyk", "", "P7", "yes"),
    ("Sumaiya", "Chowdhury", "Rumi", "P7", "yes"),
    ("Ka Ho", "Wong", "Karl", "P7", "yes"),
    ("Mhairi", "Stenhouse", "", "P7", "yes"),
    ("Hunter", "McGlashan", "", "P7", "yes"),
    ("Jade", "Welsh", "", "P7", "yes"),
]

PUPILS = [(fn, sn, pref, yr, CLASSES[yr], sm) for fn, sn, pref, yr, sm in _P]

STAFF = [
    ("Mrs", "Fiona", "Mackie", "Headteacher", "yes"),
    ("Mr", "Stuart", "Paterson", "Depute Headteacher", "yes"),
    ("Mrs", "Shabana", "Rahman", "Principal Teacher", "yes"),
    ("Miss", "Lindsay", "Grant", "Nursery Teacher", "yes"),
    ("Miss", "Kirsty", "Hendry", "P1 Teacher", "yes"),
    ("Mr", "Jamie", "Lennox", "P2 Teacher", "no"),
    ("Mrs", "Gillian", "Forsyth", "P3 Teacher", "yes"),
    ("Mr", "Declan", "Morrow", "P4 Teacher", "yes"),
    ("Ms", "Marta", "Nowicka", "P5 Teacher", "yes"),
    ("Mr", "Omar", "Siddiqui", "P6 Teacher", "yes"),
    ("Mrs", "Lesley", "Duncan", "P7 Teacher", "yes"),
    ("Ms", "Helen", "Doig", "Support for Learning Teacher", "no"),
    ("Mrs", "Morag", "Gilchrist", "EAL Teacher", "yes"),
    ("Mrs", "Oksana", "Melnyk", "Pupil Support Assistant", "yes"),
    ("Mr", "Tam", "Gourlay", "Janitor", "yes"),
    ("Mrs", "Pauline", "Aitken", "School Office Manager", "yes"),
]
