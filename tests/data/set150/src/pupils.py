"""Register, staff and school for set 150: Lanthorn Hill School, Hathercombe, near Worcester.

A fictional residential and day special school for children and young people with visual
impairment (4-19). All people invented. PUPILS rows: forename, surname, preferred forename,
year group, class, consent_social_media.
"""

PUPILS = [
    # Reception and Year 1: Damsons
    ("Seren", "Lloyd", "", "Reception", "Damsons", "yes"),
    ("Ibrahim", "Abdi", "", "Reception", "Damsons", "yes"),
    ("Iris", "Bell", "", "Reception", "Damsons", "yes"),
    ("Mali", "Gittins", "", "Year 1", "Damsons", "yes"),
    ("Arlo", "Whitehouse", "", "Year 1", "Damsons", "yes"),
    ("Małgorzata", "Nowicka", "Gosia", "Year 1", "Damsons", "yes"),
    # Year 2: Pershores (Tomos in Orchard, the MSI class)
    ("Hope", "Okafor", "", "Year 2", "Pershores", "yes"),
    ("Rayyan", "Mahmood", "Ray", "Year 2", "Pershores", "yes"),
    ("Tomos", "Prosser", "", "Year 2", "Orchard", "yes"),
    ("Lucy", "Brennan", "", "Year 2", "Pershores", "yes"),
    # Year 3: Quinces
    ("Amarveer", "Sandhu", "Amar", "Year 3", "Quinces", "yes"),
    ("Dorothy", "Kettle", "Dot", "Year 3", "Quinces", "yes"),
    ("Robin", "Nash", "", "Year 3", "Quinces", "no"),
    ("Ana-Maria", "Popescu", "", "Year 3", "Quinces", "yes"),
    # Year 4: Medlars
    ("Kai", "Walker", "", "Year 4", "Medlars", "yes"),
    ("Nimra", "Hussain", "", "Year 4", "Medlars", "yes"),
    ("Osian", "Bevan", "", "Year 4", "Medlars", "yes"),
    ("Summer", "Loveridge", "", "Year 4", "Medlars", "yes"),
    # Year 5: Perry Pears (Hazel in Orchard)
    ("Hazel", "Whitcombe", "", "Year 5", "Orchard", "yes"),
    ("Shayan", "Rahman", "", "Year 5", "Perry Pears", "yes"),
    ("Chidera", "Eze", "", "Year 5", "Perry Pears", "yes"),
    ("Jayden", "Campbell-Reid", "", "Year 5", "Perry Pears", "yes"),
    # Year 6: Russets
    ("Merlin", "Davies", "", "Year 6", "Russets", "yes"),
    ("Aaliyah", "Bashir", "", "Year 6", "Russets", "yes"),
    ("Wiktor", "Krawczyk", "", "Year 6", "Russets", "yes"),
    ("Grace", "Fenwick", "", "Year 6", "Russets", "yes"),
    ("Tyler", "Moss", "", "Year 6", "Russets", "yes"),
    # Year 7: 7 Bredon
    ("Levi", "Loveridge", "", "Year 7", "7 Bredon", "yes"),
    ("Noor", "Akhtar", "", "Year 7", "7 Bredon", "yes"),
    ("Ffion", "Probert", "", "Year 7", "7 Bredon", "yes"),
    ("Dylan", "Pugh", "", "Year 7", "7 Bredon", "yes"),
    ("Sky", "Mensah", "", "Year 7", "7 Bredon", "yes"),
    # Year 8: 8 Clent
    ("Jacob", "Bell", "", "Year 8", "8 Clent", "yes"),
    ("Simran", "Kaur", "", "Year 8", "8 Clent", "yes"),
    ("Callum", "Dunn", "", "Year 8", "8 Clent", "yes"),
    ("Yasmin", "Haddad", "", "Year 8", "8 Clent", "no"),
    ("Ieuan", "Rees-Jones", "", "Year 8", "8 Clent", "yes"),
    # Year 9: 9 Lickey
    ("Gethin", "Gittins", "", "Year 9", "9 Lickey", "yes"),
    ("Amber", "Whitfield", "", "Year 9", "9 Lickey", "yes"),
    ("Kacper", "Wróbel", "", "Year 9", "9 Lickey", "yes"),
    ("Faith", "Oduya", "", "Year 9", "9 Lickey", "yes"),
    ("Marcus", "Teague", "", "Year 9", "9 Lickey", "yes"),
    # Year 10: 10 Abberley (Florin in Orchard)
    ("Zara", "Mahmood", "", "Year 10", "10 Abberley", "yes"),
    ("Rhys", "Pugh", "", "Year 10", "10 Abberley", "yes"),
    ("Ellie-Mae", "Hobbs", "", "Year 10", "10 Abberley", "yes"),
    ("Florin", "Lăcătuș", "", "Year 10", "Orchard", "yes"),
    ("Bethan", "Meredith", "", "Year 10", "10 Abberley", "yes"),
    # Year 11: 11 Woodbury
    ("Ionuț", "Popescu", "", "Year 11", "11 Woodbury", "yes"),
    ("Ruby", "Sheldon", "", "Year 11", "11 Woodbury", "no"),
    ("Arjun", "Chahal", "", "Year 11", "11 Woodbury", "yes"),
    ("Haoran", "Chen", "Harry", "Year 11", "11 Woodbury", "yes"),
    ("Siân", "Morgan", "", "Year 11", "11 Woodbury", "yes"),
    # Year 12: Sixth Form Teme
    ("Bilal", "Hussain", "", "Year 12", "Sixth Form Teme", "yes"),
    ("Chloe", "Marchant", "", "Year 12", "Sixth Form Teme", "yes"),
    ("Owen", "Brierley", "", "Year 12", "Sixth Form Teme", "yes"),
    ("Precious", "Nwosu", "", "Year 12", "Sixth Form Teme", "yes"),
    # Year 13: Sixth Form Severn
    ("Jack", "Stanier", "", "Year 13", "Sixth Form Severn", "yes"),
    ("Maisie", "Keller", "", "Year 13", "Sixth Form Severn", "yes"),
    ("Tayyab", "Iqbal", "", "Year 13", "Sixth Form Severn", "yes"),
    ("Demi", "Whitehouse", "", "Year 13", "Sixth Form Severn", "yes"),
]

STAFF = [
    ("Mrs", "Judith", "Ashdown", "Headteacher", "yes"),
    ("Mr", "Owain", "Pritchard", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Ms", "Farah", "Qadir", "Head of Sixth Form", "yes"),
    ("Mr", "Declan", "Moss", "Habilitation Specialist (mobility and cane skills)", "yes"),
    ("Miss", "Hannah", "Severn", "Early Years and Key Stage 1 Teacher", "yes"),
    ("Mrs", "Bernadette", "Kilbride", "QTVI and Braille Lead", "no"),
    ("Mr", "Gareth", "Lloyd", "PE Teacher and Goalball Coach", "yes"),
    ("Mrs", "Anita", "Chauhan", "MSI Department Lead", "yes"),
    ("Mr", "Tomasz", "Bednarek", "Music Teacher", "yes"),
    ("Miss", "Grace", "Whitlock", "Head of Care (Residential)", "yes"),
    ("Mrs", "Lorna", "Banks", "School Nurse", "no"),
    ("Mr", "Femi", "Adeyemi", "Assistive Technology Lead", "yes"),
    ("Mrs", "Rhiannon", "Price", "Family Liaison Officer", "yes"),
    ("Ms", "Carys", "Bevan", "Upper Key Stage 2 Teacher", "yes"),
    ("Mr", "Ravi", "Mistry", "Science Teacher", "yes"),
]

SCHOOL = {
    "name": "Lanthorn Hill School",
    "address": "Teme Bank Road, Hathercombe, Worcester",
    "postcode": "WR0 7LH",
    "phone": "01632 960583",
    "email": "office@lanthornhill.example.org",
    "website": "www.lanthornhill.example.org",
}
