"""Register for set 178: St Brendan's RC Primary School, Motherwell (fictional).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
Classes: Nursery = Wee Currachs, P1 Iona, P2 Barra, P3 Tiree, P4 Islay, P5 Arran, P6 Bute, P7 Mull
(islands of St Brendan's voyages and the Hebrides).
"""

PUPILS = [
    # Nursery (Wee Currachs)
    ("Divine", "Eze", "", "Nursery", "Wee Currachs", "yes"),
    ("Hope", "McGuigan", "", "Nursery", "Wee Currachs", "yes"),
    ("Antoni", "Szymański", "", "Nursery", "Wee Currachs", "yes"),
    ("Evana", "Varghese", "", "Nursery", "Wee Currachs", "yes"),
    # P1 (Iona)
    ("Favour", "Nwosu", "", "P1", "Iona", "yes"),
    ("Jakub", "Nowicki", "Kuba", "P1", "Iona", "yes"),
    ("Lacey", "Rooney", "", "P1", "Iona", "yes"),
    ("Jewel", "Kuriakose", "", "P1", "Iona", "yes"),
    ("Isaac", "Javed", "", "P1", "Iona", "yes"),
    ("Mia", "Gallacher", "", "P1", "Iona", "yes"),
    ("Oisín", "Donnelly", "", "P1", "Iona", "yes"),
    ("Harris", "McLaughlin", "", "P1", "Iona", "yes"),
    # P2 (Barra)
    ("Grace", "Docherty", "", "P2", "Barra", "yes"),
    ("Joel", "Chacko", "", "P2", "Barra", "yes"),
    ("Zuzanna", "Kowalczyk", "Zuzia", "P2", "Barra", "yes"),
    ("Precious", "Uzoma", "", "P2", "Barra", "yes"),
    ("Saoirse", "O'Hare", "", "P2", "Barra", "yes"),
    ("Kayden", "Hamilton", "", "P2", "Barra", "no"),
    ("Esther", "Masih", "", "P2", "Barra", "yes"),
    ("Ruby", "Baird", "", "P2", "Barra", "yes"),
    # P3 (Tiree)
    ("Chidinma", "Okonkwo", "", "P3", "Tiree", "no"),
    ("Lewis", "Boyle", "", "P3", "Tiree", "yes"),
    ("Aleena", "Kurian", "", "P3", "Tiree", "yes"),
    ("Filip", "Krawczyk", "", "P3", "Tiree", "yes"),
    ("Caoimhe", "Mulholland", "", "P3", "Tiree", "yes"),
    ("Brodie", "Shields", "", "P3", "Tiree", "yes"),
    ("Sharoon", "Khokhar", "", "P3", "Tiree", "yes"),
    ("Faith", "Gill", "", "P3", "Tiree", "yes"),
    # P4 (Islay) - First Communion class
    ("Somtochukwu", "Eze", "Somto", "P4", "Islay", "yes"),
    ("Maja", "Wróbel", "", "P4", "Islay", "yes"),
    ("Alen", "Thomas", "", "P4", "Islay", "yes"),
    ("Aoife", "Devlin", "", "P4", "Islay", "yes"),
    ("Rhys", "Dalziel", "", "P4", "Islay", "yes"),
    ("Orla", "Quinn", "", "P4", "Islay", "yes"),
    ("Emmanuel", "Bhatti", "", "P4", "Islay", "yes"),
    ("Callum", "Docherty", "", "P4", "Islay", "yes"),
    # P5 (Arran)
    ("Oliwia", "Szymańska", "", "P5", "Arran", "yes"),
    ("Blessing", "Okafor", "", "P5", "Arran", "yes"),
    ("Ann Maria", "Joseph", "", "P5", "Arran", "yes"),
    ("Ellie", "Colville", "", "P5", "Arran", "yes"),
    ("Niamh", "Cassidy", "", "P5", "Arran", "yes"),
    ("Szymon", "Zając", "", "P5", "Arran", "yes"),
    ("Alexander", "Rooney", "Sandy", "P5", "Arran", "no"),
    ("Rimsha", "Masih", "", "P5", "Arran", "yes"),
    # P6 (Bute)
    ("Chukwuemeka", "Anyanwu", "Emeka", "P6", "Bute", "yes"),
    ("Christo", "Mathew", "", "P6", "Bute", "yes"),
    ("Wiktor", "Kaczmarek", "", "P6", "Bute", "yes"),
    ("Mhairi", "Gallacher", "", "P6", "Bute", "yes"),
    ("Ciarán", "Mulholland", "", "P6", "Bute", "yes"),
    ("Liya", "Antony", "", "P6", "Bute", "yes"),
    ("Connor", "McGuigan", "", "P6", "Bute", "yes"),
    ("Carys", "Bell", "", "P6", "Bute", "yes"),
    # P7 (Mull) - Confirmation class
    ("Dylan", "Quinn", "", "P7", "Mull", "yes"),
    ("Chiamaka", "Nwosu", "Amaka", "P7", "Mull", "yes"),
    ("Kacper", "Nowicki", "", "P7", "Mull", "yes"),
    ("Samuel", "Gill", "", "P7", "Mull", "yes"),
    ("Jerin", "Varghese", "", "P7", "Mull", "yes"),
    ("Natalia", "Kowalczyk", "", "P7", "Mull", "yes"),
    ("Leah", "O'Hare", "", "P7", "Mull", "yes"),
    ("Jack", "Baird", "", "P7", "Mull", "yes"),
]

STAFF = [
    ("Mrs", "Bernadette", "Quigley", "Head Teacher", "yes"),
    ("Mr", "Martin", "Devlin", "Depute Head Teacher", "yes"),
    ("Mrs", "Catriona", "Shields", "Principal Teacher and Child Protection Coordinator", "yes"),
    ("Miss", "Leanne", "Paterson", "Early Years Practitioner (Nursery)", "yes"),
    ("Mrs", "Gráinne", "McAteer", "P1 Teacher", "yes"),
    ("Miss", "Rachel", "Thomas", "P2 Teacher", "yes"),
    ("Miss", "Niamh", "Connolly", "P3 Teacher", "no"),
    ("Mrs", "Louise", "Harkins", "P4 Teacher", "yes"),
    ("Miss", "Shona", "Baird", "P5 Teacher", "yes"),
    ("Mr", "Stephen", "Brannigan", "P6 Teacher", "yes"),
    ("Mr", "Declan", "Boyle", "P7 Teacher", "yes"),
    ("Mrs", "Jincy", "Mathew", "Support for Learning Teacher", "yes"),
    ("Mrs", "Agnieszka", "Nowicka", "EAL Teacher", "yes"),
    ("Mrs", "Lorraine", "Kerr", "Pupil Support Assistant", "yes"),
    ("Mr", "Gerry", "Hughes", "Janitor", "no"),
    ("Mrs", "Theresa", "McKenna", "Clerical Assistant", "yes"),
]

SCHOOL = {
    "name": "St Brendan's RC Primary School",
    "address": "Glencairn Loan, Motherwell",
    "postcode": "ML19 4BN",
    "phone": "01632 960418",
    "email": "office@stbrendans-rc.example.org",
    "website": "https://stbrendans-rc.example.org",
}
