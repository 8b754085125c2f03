"""Register, staff and school of set 185: Bunscoill Balley Cashtal, Castletown, Isle of Man.

All people invented. PUPILS rows: (forename, surname, preferred_forename, year_group, class,
consent_social_media). Classes are named after places of the south of the island:
Reception Silverburn, Year 1 Scarlett, Year 2 Langness, Year 3 Poyllvaaish, Year 4 Derbyhaven,
Year 5 Hango, Year 6 Rushen. Pupils of the Manx-language unit stay in their year class.
"""

PUPILS = [
    # Reception (entry 2025)
    ("Orry", "Quayle", "", "Reception", "Silverburn", "yes"),
    ("Aalin", "Kermode", "", "Reception", "Silverburn", "yes"),
    ("Lovely", "Dizon", "", "Reception", "Silverburn", "yes"),
    ("Zander", "van der Merwe", "", "Reception", "Silverburn", "yes"),
    ("Hugo", "Ashworth-Clarke", "", "Reception", "Silverburn", "yes"),
    ("Isla-Rose", "Kinvig", "", "Reception", "Silverburn", "yes"),
    ("Thabo", "Ndlovu", "", "Reception", "Silverburn", "yes"),
    ("Peggy", "Cregeen", "", "Reception", "Silverburn", "yes"),
    # Year 1 (entry 2024)
    ("Fynlo", "Gelling", "", "Year 1", "Scarlett", "yes"),
    ("Breesha", "Clague", "", "Year 1", "Scarlett", "yes"),
    ("Mariel", "Navarro", "", "Year 1", "Scarlett", "yes"),
    ("Ruan", "Pretorius", "", "Year 1", "Scarlett", "yes"),
    ("Isabella", "Fenwick", "Bella", "Year 1", "Scarlett", "yes"),
    ("Jericho", "Dizon", "", "Year 1", "Scarlett", "yes"),
    ("Wian", "du Plessis", "", "Year 1", "Scarlett", "no"),
    ("Ealish", "Corkill", "", "Year 1", "Scarlett", "yes"),
    ("Edward", "Marsden", "Teddy", "Year 1", "Scarlett", "yes"),
    # Year 2 (entry 2023)
    ("Illiam", "Christian", "", "Year 2", "Langness", "yes"),
    ("Mona", "Kewley", "", "Year 2", "Langness", "yes"),
    ("Kristine Joy", "Pascual", "KJ", "Year 2", "Langness", "yes"),
    ("Lerato", "Mokoena", "", "Year 2", "Langness", "yes"),
    ("Oscar", "Whitfield", "", "Year 2", "Langness", "yes"),
    ("Fenella", "Quine", "", "Year 2", "Langness", "yes"),
    ("Callum", "Brew", "", "Year 2", "Langness", "yes"),
    ("Ava", "Teare", "", "Year 2", "Langness", "yes"),
    ("Arjun", "Mehta", "", "Year 2", "Langness", "yes"),
    # Year 3 (entry 2022)
    ("Juan", "Kelly", "", "Year 3", "Poyllvaaish", "yes"),
    ("Voirrey", "Faragher", "", "Year 3", "Poyllvaaish", "no"),
    ("Angelo", "Mercado", "", "Year 3", "Poyllvaaish", "yes"),
    ("Marli", "van der Merwe", "", "Year 3", "Poyllvaaish", "yes"),
    ("Rafferty", "Lisle", "Raff", "Year 3", "Poyllvaaish", "yes"),
    ("Honor", "Radcliffe", "", "Year 3", "Poyllvaaish", "yes"),
    ("Kerron", "Quirk", "", "Year 3", "Poyllvaaish", "yes"),
    ("Rhea Mae", "Tolentino", "", "Year 3", "Poyllvaaish", "yes"),
    # Year 4 (entry 2021)
    ("Aodhan", "Kinrade", "", "Year 4", "Derbyhaven", "yes"),
    ("Ealee", "Crellin", "", "Year 4", "Derbyhaven", "yes"),
    ("Jaco", "Venter", "", "Year 4", "Derbyhaven", "no"),
    ("Precious", "Khumalo", "", "Year 4", "Derbyhaven", "yes"),
    ("Tobias", "Lund", "Toby", "Year 4", "Derbyhaven", "yes"),
    ("Nathaniel", "Aquino", "Nate", "Year 4", "Derbyhaven", "yes"),
    ("Freya", "Skillicorn", "", "Year 4", "Derbyhaven", "yes"),
    ("Max", "Kissack", "", "Year 4", "Derbyhaven", "yes"),
    ("Imogen", "Grant", "Immy", "Year 4", "Derbyhaven", "yes"),
    # Year 5 (entry 2020)
    ("Finlo", "Costain", "", "Year 5", "Hango", "yes"),
    ("Moirrey", "Quirk", "", "Year 5", "Hango", "yes"),
    ("Lizé", "Erasmus", "", "Year 5", "Hango", "yes"),
    ("Gabriel", "Pangilinan", "Gabby", "Year 5", "Hango", "yes"),
    ("Harriet", "Osei-Bonsu", "Hattie", "Year 5", "Hango", "yes"),
    ("Ciaran", "Looney", "", "Year 5", "Hango", "yes"),
    ("Sipho", "Ndlovu", "", "Year 5", "Hango", "yes"),
    ("Ellan", "Watterson", "", "Year 5", "Hango", "yes"),
    # Year 6 (entry 2019)
    ("Calum", "Kneale", "", "Year 6", "Rushen", "yes"),
    ("Daisy", "Kennaugh", "", "Year 6", "Rushen", "yes"),
    ("Ruben", "de Villiers", "", "Year 6", "Rushen", "yes"),
    ("Janella", "Ramos", "", "Year 6", "Rushen", "yes"),
    ("Sebastian", "Hargreaves", "Seb", "Year 6", "Rushen", "yes"),
    ("Niamh", "Caine", "", "Year 6", "Rushen", "yes"),
    ("Rowan", "Callister", "", "Year 6", "Rushen", "yes"),
    ("Amara", "Naidoo", "", "Year 6", "Rushen", "yes"),
    ("Harry", "Cowley", "", "Year 6", "Rushen", "yes"),
]

STAFF = [
    ("Mrs", "Catriona", "Moore", "Headteacher", "yes"),
    ("Mr", "Stephen", "Corlett", "Deputy Headteacher and Year 6 teacher", "yes"),
    ("Ms", "Breesha", "Cowley", "Manx Unit teacher", "yes"),
    ("Mrs", "Joanne", "Quirk", "Year 5 teacher", "yes"),
    ("Mr", "Daniel", "Fletcher", "Year 4 teacher", "yes"),
    ("Miss", "Rebecca", "Teare", "Year 3 teacher", "yes"),
    ("Mrs", "Emma", "Radcliffe", "Year 2 teacher", "no"),
    ("Mrs", "Helen", "Bridson", "Year 1 teacher", "yes"),
    ("Miss", "Chloe", "Gelling", "Reception teacher", "yes"),
    ("Mrs", "Sandra", "Callister", "SENCO", "no"),
    ("Mr", "Ruan", "Venter", "PE and sports coach", "yes"),
    ("Mrs", "Maricel", "Navarro", "Teaching assistant", "yes"),
    ("Mr", "Juan", "Crellin", "Manx Unit teaching assistant", "yes"),
    ("Mrs", "Julie", "Kinvig", "School business manager", "yes"),
    ("Mr", "Gary", "Clague", "Caretaker", "yes"),
    ("Mrs", "Anne", "Shimmin", "Kitchen manager", "no"),
]

SCHOOL = {
    "name": "Bunscoill Balley Cashtal",
    "address": "Cronk Cashtal Road, Castletown",
    "postcode": "IM13 4SB",
    "phone": "01632 960418",
    "email": "office@balleycashtal.sch.example",
    "website": "https://www.balleycashtal.sch.example",
}
