"""Register, staff and school for set 187: Ouselea Middle School, Kempston, Bedford (9-13).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
STAFF: (title, forename, surname, role, consent_photo)
Forms are named after Bedfordshire people: Year 5 Bunyan, Year 6 Howard, Year 7 Paxton,
Year 8 Tompion.
"""

Y5, Y6, Y7, Y8 = ("Year 5", "5 Bunyan"), ("Year 6", "6 Howard"), ("Year 7", "7 Paxton"), ("Year 8", "8 Tompion")

_rows = [
    # Year 5
    ("Luca", "Di Lorenzo", "", Y5, "yes"),
    ("Sienna", "Capasso", "", Y5, "yes"),
    ("Harleen", "Sandhu", "", Y5, "yes"),
    ("Fateh", "Singh", "", Y5, "yes"),
    ("Tahmid", "Rahman", "", Y5, "yes"),
    ("Noor", "Akhtar", "", Y5, "yes"),
    ("Kacper", "Wójcik", "", Y5, "yes"),
    ("Ioana", "Popescu", "", Y5, "yes"),
    ("Summer", "Fletcher", "", Y5, "yes"),
    ("Harvey", "Mason", "", Y5, "yes"),
    ("Gioia", "Santoro", "", Y5, "yes"),
    ("Rocco", "Iannotta", "", Y5, "yes"),
    ("Maja", "Krawczyk", "", Y5, "yes"),
    ("Aisha", "Mahmood", "", Y5, "yes"),
    ("Riley", "Brook", "", Y5, "yes"),
    # Year 6
    ("Marco", "Santoro", "", Y6, "yes"),
    ("Alessia", "Fiorentino", "", Y6, "yes"),
    ("Simran", "Dhillon", "", Y6, "yes"),
    ("Arjan", "Gill", "", Y6, "yes"),
    ("Sumaiya", "Begum", "", Y6, "yes"),
    ("Raiyan", "Miah", "", Y6, "yes"),
    ("Zain", "Khan", "", Y6, "no"),
    ("Oliwia", "Lewandowska", "", Y6, "yes"),
    ("Andrei", "Munteanu", "", Y6, "yes"),
    ("Bianca", "Lupu", "", Y6, "yes"),
    ("Lily", "Howard", "", Y6, "yes"),
    ("Hunter", "Chapman", "", Y6, "yes"),
    ("Valentina", "Zito", "", Y6, "yes"),
    ("Szymon", "Kowalczyk", "", Y6, "yes"),
    ("Faith", "Cooper", "", Y6, "yes"),
    # Year 7
    ("Gianluca", "Ruggiero", "Gianni", Y7, "yes"),
    ("Francesca", "Zito", "", Y7, "yes"),
    ("Chiara", "D'Angelo", "", Y7, "yes"),
    ("Jaskaran", "Sandhu", "Jas", Y7, "yes"),
    ("Sahib", "Johal", "", Y7, "yes"),
    ("Imran", "Chowdhury", "", Y7, "yes"),
    ("Maryam", "Hussain", "", Y7, "yes"),
    ("Hamza", "Iqbal", "", Y7, "yes"),
    ("Franciszek", "Krawczyk", "Franek", Y7, "yes"),
    ("Darius", "Ionescu", "", Y7, "yes"),
    ("Ștefan", "Dumitru", "", Y7, "yes"),
    ("Rose", "Chapman", "", Y7, "yes"),
    ("Kieran", "Walsh", "", Y7, "no"),
    ("Mia", "Capasso", "", Y7, "yes"),
    ("Ayaan", "Rahman", "", Y7, "yes"),
    # Year 8
    ("Antonio", "Gentile", "Tony", Y8, "yes"),
    ("Carmela", "Castagna", "", Y8, "yes"),
    ("Nico", "Romano", "", Y8, "yes"),
    ("Angelo", "Amato", "", Y8, "yes"),
    ("Gurleen", "Bains", "", Y8, "yes"),
    ("Nihal", "Gill", "", Y8, "yes"),
    ("Nusrat", "Uddin", "", Y8, "yes"),
    ("Iqra", "Mahmood", "", Y8, "yes"),
    ("Zuzanna", "Lewandowska", "Zuzia", Y8, "yes"),
    ("Wiktor", "Wójcik", "", Y8, "yes"),
    ("Mihaela", "Lupu", "", Y8, "yes"),
    ("Sorin", "Constantin", "", Y8, "no"),
    ("Jayden", "Fletcher", "", Y8, "yes"),
    ("Ellie-Mae", "Brook", "", Y8, "yes"),
    ("Grace", "O'Connell", "", Y8, "yes"),
]

PUPILS = [(fn, sn, pref, yc[0], yc[1], sm) for fn, sn, pref, yc, sm in _rows]

STAFF = [
    ("Mrs", "Teresa", "Ruggiero", "Headteacher", "yes"),
    ("Mr", "Gurdeep", "Dhillon", "Deputy Headteacher and DSL", "yes"),
    ("Miss", "Hannah", "Whitworth", "Head of Year 5, form tutor 5 Bunyan", "yes"),
    ("Mr", "Tomasz", "Nowicki", "Year 6 teacher and maths lead, form tutor 6 Howard", "yes"),
    ("Mrs", "Shahida", "Begum", "Science teacher, form tutor 7 Paxton", "yes"),
    ("Mr", "Dean", "Hollis", "History teacher, form tutor 8 Tompion", "yes"),
    ("Mr", "Callum", "Reid", "PE teacher", "yes"),
    ("Ms", "Ioana", "Stan", "EAL coordinator", "no"),
    ("Mrs", "Lorraine", "Fenwick", "SENCo", "yes"),
    ("Mrs", "Francesca", "Bernardi", "MFL teacher (Italian and French)", "yes"),
    ("Mr", "Luca", "Bernardi", "Art and DT teacher", "yes"),
    ("Mr", "Harjit", "Bains", "Music teacher", "yes"),
    ("Mrs", "Nasreen", "Akhtar", "HLTA", "yes"),
    ("Mrs", "Karen", "Tulley", "Attendance and family support officer", "yes"),
    ("Mrs", "Jean", "Pryor", "Office manager", "no"),
    ("Mr", "Adrian", "Cole", "Site manager", "yes"),
]

SCHOOL = {
    "name": "Ouselea Middle School",
    "address": "Brickhill Drove, Kempston, Bedford",
    "postcode": "MK49 2QB",
    "phone": "01632 960518",
    "email": "office@ouselea-middle.example.org",
    "website": "www.ouselea-middle.example.org",
}
