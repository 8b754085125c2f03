"""Register, staff and school details for set 169: Ketley Ironbridge Primary School, Telford.

PUPILS rows: (forename, surname, preferred_forename, year_group, class, consent_social_media).
Classes are named after Shropshire hills.
"""

R, Y1, Y2, Y3, Y4, Y5, Y6 = "Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"
CLASS = {R: "Ercall", Y1: "Lawley", Y2: "Caradoc", Y3: "Stiperstones", Y4: "Long Mynd",
         Y5: "Titterstone", Y6: "Brown Clee"}

_ROWS = [
    # Reception (Ercall)
    ("Hazel", "Bowdler", "", R, "yes"),
    ("Fateh", "Gill", "", R, "yes"),
    ("Chipo", "Sibanda", "", R, "yes"),
    ("Antoni", "Grabowski", "", R, "yes"),
    ("Evana", "Kurian", "", R, "yes"),
    ("Alfie", "Onions", "", R, "yes"),
    ("Darius", "Munteanu", "", R, "yes"),
    ("Lacey-Mae", "Pountney", "", R, "yes"),
    # Year 1 (Lawley)
    ("Gurnoor", "Sandhu", "Noor", Y1, "yes"),
    ("Tatenda", "Mhlanga", "", Y1, "yes"),
    ("Willow", "Jervis", "", Y1, "yes"),
    ("Ioana", "Popescu", "", Y1, "yes"),
    ("Kayden", "Lowe", "", Y1, "yes"),
    ("Diya", "Nair", "", Y1, "yes"),
    ("Zuzanna", "Pawlak", "Zuzia", Y1, "yes"),
    ("Harper", "Darby", "", Y1, "yes"),
    ("Memory", "Dube", "", Y1, "yes"),
    # Year 2 (Caradoc)
    ("Trust", "Chikwanha", "", Y2, "yes"),
    ("Simran", "Bains", "", Y2, "yes"),
    ("Mason", "Corbett", "", Y2, "yes"),
    ("Aaron", "Varghese", "", Y2, "yes"),
    ("Ștefan", "Ionescu", "", Y2, "yes"),
    ("Ruby", "Wenlock", "", Y2, "yes"),
    ("Lena", "Krawczyk", "", Y2, "yes"),
    ("Riley", "Instone", "", Y2, "yes"),
    ("Ann Mariya", "Joseph", "Mariya", Y2, "yes"),
    # Year 3 (Stiperstones)
    ("Abraham", "Sibanda", "Abe", Y3, "yes"),
    ("Ekam", "Sandhu", "", Y3, "yes"),
    ("Filip", "Pawlak", "", Y3, "yes"),
    ("Ellie-Rose", "Pountney", "", Y3, "yes"),
    ("Jayden", "Hotchkiss", "", Y3, "yes"),
    ("Ivan", "Thomas", "", Y3, "yes"),
    ("Bianca", "Dobre", "", Y3, "no"),
    ("Rufaro", "Marufu", "", Y3, "yes"),
    ("Tyler", "Heighway", "", Y3, "yes"),
    # Year 4 (Long Mynd)
    ("Sahib", "Grewal", "", Y4, "yes"),
    ("Precious", "Ncube", "", Y4, "yes"),
    ("Joel", "Kuriakose", "", Y4, "yes"),
    ("Oliwia", "Szymańska", "", Y4, "yes"),
    ("Alexandru", "Lupu", "Alex", Y4, "yes"),
    ("Brooke", "Lowe", "", Y4, "yes"),
    ("Nevaeh", "Corbett", "", Y4, "yes"),
    ("Frankie", "Beddows", "", Y4, "yes"),
    ("Nyasha", "Mutasa", "", Y4, "yes"),
    # Year 5 (Titterstone)
    ("Arjan", "Dhillon", "", Y5, "yes"),
    ("Kudzai", "Moyo", "Kuda", Y5, "yes"),
    ("Tymon", "Jabłoński", "", Y5, "yes"),
    ("Aleena", "Joseph", "", Y5, "yes"),
    ("Kian", "Jervis", "", Y5, "yes"),
    ("Crina", "Rusu", "", Y5, "yes"),
    ("Demi-Leigh", "Bowdler", "Demi", Y5, "yes"),
    ("Logan", "Dorricott", "", Y5, "no"),
    # Year 6 (Brown Clee)
    ("Blessing", "Moyo", "", Y6, "yes"),
    ("Harleen", "Johal", "", Y6, "yes"),
    ("Abel", "Kurian", "", Y6, "yes"),
    ("Maja", "Wróbel", "", Y6, "yes"),
    ("Andrei", "Popescu", "", Y6, "yes"),
    ("Mollie", "Onions", "", Y6, "yes"),
    ("Callum", "Darby", "", Y6, "yes"),
    ("Devon", "Instone", "", Y6, "no"),
]

PUPILS = [(fn, sn, pref, yr, CLASS[yr], sm) for fn, sn, pref, yr, sm in _ROWS]

STAFF = [
    ("Mrs", "Joanne", "Pountney", "Headteacher", "yes"),
    ("Mr", "Darren", "Hotchkiss", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Miss", "Sophie", "Evanson", "Reception Teacher (Ercall)", "yes"),
    ("Mrs", "Manpreet", "Sandhu", "Year 1 Teacher (Lawley)", "yes"),
    ("Mr", "Tom", "Gittins", "Year 2 Teacher (Caradoc)", "yes"),
    ("Miss", "Hazel", "Bromley", "Year 3 Teacher (Stiperstones)", "yes"),
    ("Mr", "Lewis", "Onions", "Year 4 Teacher (Long Mynd)", "no"),
    ("Miss", "Chloe", "Jervis", "Year 5 Teacher (Titterstone)", "yes"),
    ("Mr", "Farai", "Moyo", "Year 6 Teacher (Brown Clee)", "yes"),
    ("Mrs", "Lynne", "Instone", "SENCo", "yes"),
    ("Mrs", "Helen", "Bowdler", "School Business Manager", "yes"),
    ("Mr", "Steve", "Hartshorne", "Forest School Leader", "yes"),
    ("Mrs", "Angela", "Dyas", "Family Support Worker and Young Carers Lead", "no"),
    ("Mrs", "Dorota", "Pawlak", "EAL Teaching Assistant", "yes"),
    ("Mrs", "Bincy", "Mathew", "Teaching Assistant (Reception)", "yes"),
    ("Mr", "Kieran", "Lloyd", "PE and Sports Coach", "yes"),
]

SCHOOL = {
    "name": "Ketley Ironbridge Primary School",
    "address": "Cinder Hill Road, Ketley, Telford",
    "postcode": "TF19 2KP",
    "phone": "01632 960418",
    "email": "office@ketleyironbridge.example.org",
    "website": "www.ketleyironbridge.example.org",
}
