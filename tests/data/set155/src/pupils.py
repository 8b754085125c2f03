"""Register for set 155: Skarvay Junior High School, Kirkhouse, Skarvay, Orkney (fictional).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
Classes: Nursery `Peedie Breeks`; P1-P3 `Selkie` (composite); P4-P5 `Scarfie`; P6-P7 `Whaup`;
S1-S4 `S1`-`S4` (S4 board weeknights at the Papdale Halls in Kirkwall for some courses).
"""

PUPILS = [
    # Nursery
    ("Sólja", "Joensen", "", "Nursery", "Peedie Breeks", "yes"),
    ("Arlo", "Pickering", "", "Nursery", "Peedie Breeks", "yes"),
    ("Fern", "Rendall", "", "Nursery", "Peedie Breeks", "yes"),
    ("Magnus", "Drever", "Mansie", "Nursery", "Peedie Breeks", "yes"),
    ("Isla-Rae", "Flett", "", "Nursery", "Peedie Breeks", "yes"),
    # P1
    ("Theodore", "Groat", "Teddy", "P1", "Selkie", "yes"),
    ("Clover", "Hourston", "", "P1", "Selkie", "yes"),
    ("Eirik", "Haugland", "", "P1", "Selkie", "yes"),
    ("Elsie", "Spence", "", "P1", "Selkie", "yes"),
    ("Lachlan", "Muir", "", "P1", "Selkie", "yes"),
    # P2
    ("Ragna", "Linklater", "", "P2", "Selkie", "yes"),
    ("Jasper", "Whitlock", "", "P2", "Selkie", "yes"),
    ("Hazel", "Harcus", "", "P2", "Selkie", "yes"),
    ("Bárður", "Olsen", "", "P2", "Selkie", "yes"),
    ("Oliver", "Work", "Ollie", "P2", "Selkie", "yes"),
    # P3
    ("Christopher", "Seatter", "Kit", "P3", "Selkie", "yes"),
    ("Maisie", "Peace", "", "P3", "Selkie", "yes"),
    ("Sigrun", "Eide", "", "P3", "Selkie", "yes"),
    ("Finn", "Kirkness", "", "P3", "Selkie", "no"),
    ("Poppy", "Ashworth", "", "P3", "Selkie", "yes"),
    # P4
    ("Erlend", "Clouston", "", "P4", "Scarfie", "yes"),
    ("Matilda", "Dahl", "Tilly", "P4", "Scarfie", "yes"),
    ("Jamie", "Stevenson", "", "P4", "Scarfie", "yes"),
    ("Heðin", "Poulsen", "", "P4", "Scarfie", "yes"),
    ("Eilidh", "Foubister", "", "P4", "Scarfie", "yes"),
    # P5
    ("Alexander", "Marwick", "Sandy", "P5", "Scarfie", "yes"),
    ("Barnaby", "Hale-Ferris", "Barney", "P5", "Scarfie", "yes"),
    ("Astrid", "Solberg", "", "P5", "Scarfie", "yes"),
    ("Lucy", "Peace", "", "P5", "Scarfie", "yes"),
    ("Struan", "Rorie", "", "P5", "Scarfie", "yes"),
    # P6
    ("Sorrel", "Grieve", "", "P6", "Whaup", "yes"),
    ("Magnus", "Heddle", "", "P6", "Whaup", "yes"),
    ("Jógvan", "á Lakjuni", "", "P6", "Whaup", "yes"),
    ("Eva", "Mainland", "", "P6", "Whaup", "yes"),
    ("Harvey", "Brass", "", "P6", "Whaup", "no"),
    # P7
    ("Solveig", "Haugland", "", "P7", "Whaup", "yes"),
    ("Cameron", "Rae", "", "P7", "Whaup", "yes"),
    ("Orla", "Corrigall", "", "P7", "Whaup", "yes"),
    ("Tobias", "Lowe", "Toby", "P7", "Whaup", "yes"),
    ("Ebba", "Joensen", "", "P7", "Whaup", "yes"),
    # S1
    ("Sweyn", "Seatter", "", "S1", "S1", "yes"),
    ("Kirsty", "Bews", "", "S1", "S1", "yes"),
    ("Ottilie", "Pickering", "Otti", "S1", "S1", "yes"),
    ("Rúni", "Olsen", "", "S1", "S1", "yes"),
    ("Logan", "Drever", "", "S1", "S1", "yes"),
    # S2
    ("Inga", "Cursiter", "", "S2", "S2", "yes"),
    ("Brodie", "Harcus", "", "S2", "S2", "yes"),
    ("Wilfred", "Ashworth", "Wilf", "S2", "S2", "yes"),
    ("Liv", "Dahl", "", "S2", "S2", "yes"),
    ("Ewan", "Linklater", "", "S2", "S2", "yes"),
    # S3
    ("Håkon", "Eide", "", "S3", "S3", "yes"),
    ("Morven", "Flett", "", "S3", "S3", "yes"),
    ("Archie", "Groat", "", "S3", "S3", "yes"),
    ("Rhona", "Kirkness", "", "S3", "S3", "yes"),
    ("Fraser", "Muir", "", "S3", "S3", "no"),
    # S4
    ("Einar", "Rendall", "", "S4", "S4", "yes"),
    ("Amy", "Wishart", "", "S4", "S4", "yes"),
    ("Ben", "Hourston", "", "S4", "S4", "yes"),
    ("Marjun", "Poulsen", "", "S4", "S4", "yes"),
    ("Dylan", "Stevenson", "", "S4", "S4", "yes"),
]

STAFF = [
    ("Mrs", "Morag", "Linklater", "Head Teacher", "yes"),
    ("Mr", "Neil", "Drever", "Depute Head Teacher (secondary, Geography)", "yes"),
    ("Miss", "Kirsten", "Foubister", "Early Years Practitioner (nursery)", "yes"),
    ("Mrs", "Catriona", "Scott", "Class Teacher, Selkie (P1-P3)", "yes"),
    ("Mr", "Tom", "Ashby", "Class Teacher, Scarfie (P4-P5)", "yes"),
    ("Miss", "Eva", "Sutherland", "Class Teacher, Whaup (P6-P7)", "no"),
    ("Mr", "Magnus", "Flett", "Teacher of English and Drama", "yes"),
    ("Dr", "Ingrid", "Berge", "Teacher of Maths and Science", "yes"),
    ("Mr", "Stewart", "Hourston", "Teacher of PE and Technical", "yes"),
    ("Mrs", "Ann", "Groat", "Support for Learning Teacher", "yes"),
    ("Mrs", "Lorna", "Peace", "Pupil Support Assistant", "yes"),
    ("Ms", "Rachel", "Garson", "Pupil Support (Guidance) Teacher", "yes"),
    ("Mr", "Davie", "Eunson", "Visiting Fiddle Instructor", "yes"),
    ("Mrs", "Betty", "Muir", "Cook and Janitor", "no"),
    ("Mrs", "Shona", "Kirkpatrick", "School Administrator", "yes"),
]

SCHOOL = {
    "name": "Skarvay Junior High School",
    "address": "Schoolhouse Road, Kirkhouse, Skarvay, Orkney",
    "postcode": "KW19 2SJ",
    "phone": "01632 960155",
    "email": "office@skarvay-jhs.example.org",
    "website": "www.skarvay-jhs.example.org",
}
