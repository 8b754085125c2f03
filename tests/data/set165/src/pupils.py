"""Register, staff and school details for set 165: Porthellick Tide School, St Mary's, Isles of Scilly.

All people invented. PUPILS rows: (forename, surname, preferred_forename, year_group, class,
consent_social_media). Primary pupils on the off-islands are in a base class (Tresco base,
St Martin's base, St Agnes base); St Mary's primary classes are sea-bird / shore names;
secondary tutor groups are 7P ... 11P.
"""

PUPILS = [
    # Nursery (Limpets)
    ("Lowen", "Pender", "", "Nursery", "Limpets", "yes"),
    ("Samson", "Hicks", "", "Nursery", "Limpets", "yes"),
    ("Zuzanna", "Kowalska", "Zuzia", "Nursery", "Limpets", "yes"),
    ("Alfie", "Mumford", "", "Nursery", "Limpets", "yes"),
    # Reception (Periwinkles; Bryher at the Tresco base)
    ("Bryher", "Jenkins", "", "Reception", "Tresco base", "yes"),
    ("Ioana", "Popescu", "", "Reception", "Periwinkles", "yes"),
    ("Hugh", "Woodcock", "", "Reception", "Tresco base", "yes"),
    ("Elowen", "Tregarthen", "", "Reception", "Periwinkles", "yes"),
    ("Edward", "Bishop", "Teddy", "Reception", "Periwinkles", "yes"),
    # Year 1 (Oystercatchers)
    ("Piran", "Nance", "", "Year 1", "Tresco base", "yes"),
    ("Storm", "Ellis", "", "Year 1", "Oystercatchers", "yes"),
    ("Gabija", "Kazlauskaitė", "", "Year 1", "Oystercatchers", "yes"),
    ("Noah", "Crow", "", "Year 1", "Oystercatchers", "yes"),
    # Year 2 (Shearwaters)
    ("Agnes", "Tonkin", "", "Year 2", "St Agnes base", "yes"),
    ("Jonas", "Kazlauskas", "", "Year 2", "Shearwaters", "yes"),
    ("Coral", "Banfield", "", "Year 2", "Shearwaters", "yes"),
    ("Ruby-Mae", "Pascoe", "", "Year 2", "Shearwaters", "yes"),
    ("Oscar", "Hale", "", "Year 2", "Shearwaters", "yes"),
    # Year 3 (Storm Petrels)
    ("Tristan", "Pengelly", "", "Year 3", "Tresco base", "yes"),
    ("Yoana", "Ivanova", "", "Year 3", "Storm Petrels", "yes"),
    ("Marina", "Hicks", "", "Year 3", "Storm Petrels", "yes"),
    ("Alexander", "Rowe", "Sandy", "Year 3", "Storm Petrels", "yes"),
    ("Daisy", "Lethbridge", "", "Year 3", "Storm Petrels", "yes"),
    # Year 4 (Puffins)
    ("Nikolay", "Ivanov", "Niki", "Year 4", "Puffins", "yes"),
    ("Martin", "Chegwidden", "", "Year 4", "St Martin's base", "yes"),
    ("Mary", "Penrose", "", "Year 4", "Puffins", "yes"),
    ("Kerensa", "O'Driscoll", "", "Year 4", "Puffins", "no"),
    # Year 5 (Gannets)
    ("Jago", "Trelawny", "", "Year 5", "Gannets", "yes"),
    ("Szymon", "Nowicki", "", "Year 5", "Gannets", "yes"),
    ("Demelza", "Curnow", "", "Year 5", "St Martin's base", "yes"),
    ("Gale", "Angove", "", "Year 5", "Gannets", "yes"),
    ("Harrison", "Bond", "", "Year 5", "Gannets", "yes"),
    # Year 6 (Razorbills)
    ("Tamsin", "Hocking", "", "Year 6", "Razorbills", "yes"),
    ("Arthur", "Polglase", "", "Year 6", "Razorbills", "yes"),
    ("Andrei", "Stan", "", "Year 6", "Razorbills", "yes"),
    ("Wren", "Tregarthen", "", "Year 6", "Razorbills", "yes"),
    ("Freddie", "Christopher", "", "Year 6", "Razorbills", "yes"),
    # Year 7
    ("Annet", "Woodcock", "", "Year 7", "7P", "yes"),
    ("Ross", "Curnow", "", "Year 7", "7P", "yes"),
    ("Viktoria", "Petrova", "Viki", "Year 7", "7P", "yes"),
    ("Kieran", "Dunstan", "", "Year 7", "7P", "yes"),
    ("Grace", "Kitto", "", "Year 7", "7P", "no"),
    # Year 8
    ("Morwenna", "Pender", "", "Year 8", "8P", "yes"),
    ("Callum", "Tonkin", "", "Year 8", "8P", "yes"),
    ("Oliwia", "Nowicka", "", "Year 8", "8P", "yes"),
    ("Benjamin", "Rowe", "Ben", "Year 8", "8P", "yes"),
    # Year 9
    ("Isolde", "Nancarrow", "", "Year 9", "9P", "yes"),
    ("Cadan", "Hicks", "", "Year 9", "9P", "yes"),
    ("Daria", "Moldovan", "", "Year 9", "9P", "no"),
    ("Harvey", "Jenkins", "", "Year 9", "9P", "yes"),
    ("Skye", "Polglase", "", "Year 9", "9P", "yes"),
    # Year 10
    ("Thomas", "Bolitho", "Tom", "Year 10", "10P", "yes"),
    ("Kensa", "Ellis", "", "Year 10", "10P", "yes"),
    ("Dawn", "Penrose", "", "Year 10", "10P", "yes"),
    ("Kacper", "Wójcik", "", "Year 10", "10P", "yes"),
    ("Poppy", "Mumford", "", "Year 10", "10P", "yes"),
    # Year 11
    ("Ewan", "Trevithick", "", "Year 11", "11P", "yes"),
    ("Senara", "Bishop", "", "Year 11", "11P", "yes"),
    ("Robin", "Angove", "", "Year 11", "11P", "yes"),
    ("Elena", "Dimitrova", "", "Year 11", "11P", "yes"),
]

STAFF = [
    ("Mrs", "Jenna", "Hicks", "Headteacher", "yes"),
    ("Mr", "Daniel", "Pender", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Miss", "Hannah", "Ward", "Early Years Lead (Limpets and Periwinkles)", "yes"),
    ("Mrs", "Kerry", "Nance", "Tresco Base Teacher", "yes"),
    ("Mr", "Martin", "Hale", "St Martin's Base Teacher", "yes"),
    ("Ms", "Tegen", "Carne", "St Agnes Base Teacher", "no"),
    ("Mr", "Piotr", "Zieliński", "EAL Coordinator and Languages", "yes"),
    ("Mrs", "Claire", "Dunn", "SENCo", "yes"),
    ("Mr", "Rhys", "Morgan", "PE and Gig Rowing", "yes"),
    ("Dr", "Fiona", "Lacey", "Science", "yes"),
    ("Mrs", "Bea", "Jenkins", "School Business Manager", "yes"),
    ("Mr", "Gareth", "Sampson", "Head of Boarding, Pelistry House", "yes"),
    ("Ms", "Poppy", "Trewin", "Year 1 and 2 Teacher", "yes"),
    ("Mr", "Sam", "Curtis", "Maths", "no"),
    ("Mrs", "Irina", "Popa", "Teaching Assistant", "yes"),
]

SCHOOL = {
    "name": "Porthellick Tide School",
    "address": "Tide Lane, Hugh Town, St Mary's, Isles of Scilly",
    "postcode": "TR29 0PT",
    "phone": "01632 960418",
    "email": "office@porthellicktide.example.org",
    "website": "www.porthellicktide.example.org",
}
