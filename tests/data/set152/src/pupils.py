"""Register for set 152: St Oswin's Catholic Primary School, Deepdale, Preston (fictional).

PUPILS rows: (forename, surname, preferred_forename, year_group, class, consent_social_media).
Classes are named after Marian shrines: Reception Walsingham, Year 1 Lourdes, Year 2 Fatima,
Year 3 Knock, Year 4 Guadalupe, Year 5 Velankanni, Year 6 Częstochowa.
"""

CLASS = {"Reception": "Walsingham", "Year 1": "Lourdes", "Year 2": "Fatima", "Year 3": "Knock",
         "Year 4": "Guadalupe", "Year 5": "Velankanni", "Year 6": "Częstochowa"}

_ROWS = [
    # Reception
    ("Zainab", "Bhayat", "", "Reception", "yes"),
    ("Diya", "Mistry", "", "Reception", "yes"),
    ("Oliwia", "Zając", "", "Reception", "yes"),
    ("Fionn", "Gallagher", "", "Reception", "yes"),
    ("Precious", "Soriano", "", "Reception", "yes"),
    ("Alfie", "Cottam", "", "Reception", "yes"),
    ("Hope", "Flanagan", "", "Reception", "no"),
    ("Joaquim", "Pinto", "", "Reception", "yes"),
    ("Filip", "Kamiński", "", "Reception", "yes"),
    # Year 1
    ("Yusuf", "Adam", "", "Year 1", "yes"),
    ("Aarti", "Solanki", "", "Year 1", "yes"),
    ("Kacper", "Wróbel", "", "Year 1", "yes"),
    ("Saoirse", "Doherty", "", "Year 1", "yes"),
    ("John Paul", "Tolentino", "JP", "Year 1", "yes"),
    ("Ruby", "Hodgkinson", "", "Year 1", "yes"),
    ("Savio", "Gracias", "", "Year 1", "yes"),
    ("Noor", "Lunat", "", "Year 1", "yes"),
    ("Francesca", "Finney", "Frankie", "Year 1", "yes"),
    # Year 2
    ("Maryam", "Sidat", "", "Year 2", "yes"),
    ("Krishna", "Lad", "Krish", "Year 2", "yes"),
    ("Zuzanna", "Kowalczyk", "Zuzia", "Year 2", "yes"),
    ("Patrick", "Brennan", "", "Year 2", "yes"),
    ("Lovely", "Macaraeg", "", "Year 2", "yes"),
    ("Harvey", "Whittle", "", "Year 2", "yes"),
    ("Xavier", "Fernandes", "", "Year 2", "yes"),
    ("Amal", "Valli", "", "Year 2", "yes"),
    ("Evie", "Rigby", "", "Year 2", "yes"),
    # Year 3
    ("Ibrahim", "Mulla", "", "Year 3", "yes"),
    ("Sita", "Parmar", "", "Year 3", "yes"),
    ("Szymon", "Lewandowski", "", "Year 3", "no"),
    ("Bridget", "Kelly", "Bridie", "Year 3", "yes"),
    ("Mary Grace", "Aquino", "", "Year 3", "yes"),
    ("Thomas", "Arkwright", "Tommy", "Year 3", "yes"),
    ("Flavia", "D'Souza", "", "Year 3", "yes"),
    ("Aisha", "Master", "", "Year 3", "yes"),
    ("Oscar", "Harris", "", "Year 3", "yes"),
    # Year 4
    ("Hamza", "Ismail", "", "Year 4", "yes"),
    ("Asha", "Joshi", "", "Year 4", "yes"),
    ("Hanna", "Nowicka", "", "Year 4", "yes"),
    ("Ciarán", "McGuinness", "", "Year 4", "yes"),
    ("Angelo", "De Guzman", "", "Year 4", "yes"),
    ("Grace", "Parkinson", "", "Year 4", "yes"),
    ("Tiago", "Noronha", "", "Year 4", "no"),
    ("Safa", "Kadodia", "", "Year 4", "no"),
    ("William", "Ashcroft", "Will", "Year 4", "yes"),
    # Year 5
    ("Zayn", "Mangera", "", "Year 5", "yes"),
    ("Puja", "Chauhan", "", "Year 5", "yes"),
    ("Stanisław", "Szymański", "Staś", "Year 5", "yes"),
    ("Shannon", "Duffy", "", "Year 5", "yes"),
    ("Queenie", "Buenaventura", "", "Year 5", "yes"),
    ("Robert", "Pilkington", "Bobby", "Year 5", "yes"),
    ("Melissa", "Dias", "", "Year 5", "yes"),
    ("Iman", "Bux", "", "Year 5", "yes"),
    # Year 6
    ("Hafsa", "Lorgat", "", "Year 6", "yes"),
    ("Kiran", "Bhatt", "", "Year 6", "yes"),
    ("Maja", "Kamińska", "", "Year 6", "yes"),
    ("Ronan", "Quinn", "", "Year 6", "yes"),
    ("Jericho", "Pangilinan", "", "Year 6", "yes"),
    ("Lily", "Hodgkinson", "", "Year 6", "yes"),
    ("Francis", "Gomes", "", "Year 6", "yes"),
    ("Kristine Joy", "Tolentino", "Joy", "Year 6", "yes"),
]

PUPILS = [(fn, sn, pref, yr, CLASS[yr], sm) for fn, sn, pref, yr, sm in _ROWS]

STAFF = [
    ("Mrs", "Bernadette", "Hennessy", "Headteacher", "yes"),
    ("Mr", "Anthony", "Walmsley", "Deputy Headteacher and Year 6 teacher", "yes"),
    ("Miss", "Shabnam", "Mulla", "Year 5 teacher", "yes"),
    ("Mrs", "Agnieszka", "Nowicka", "Year 4 teacher and EAL lead", "yes"),
    ("Mr", "Rajesh", "Mistry", "Year 3 teacher", "yes"),
    ("Mrs", "Lorna", "Ashworth", "Year 2 teacher and First Holy Communion lead", "yes"),
    ("Miss", "Niamh", "Brennan", "Year 1 teacher", "yes"),
    ("Mrs", "Joanne", "Cookson", "Reception teacher and EYFS lead", "yes"),
    ("Mrs", "Maria", "Fernandes", "Teaching assistant", "yes"),
    ("Mrs", "Dolores", "Macaraeg", "Teaching assistant", "no"),
    ("Mrs", "Hafsa", "Patel", "SENCo and Designated Safeguarding Lead", "yes"),
    ("Mr", "Sean", "Duffy", "PE and sports coach", "yes"),
    ("Mrs", "Carol", "Whittle", "School business manager", "yes"),
    ("Mrs", "Kavita", "Desai", "Learning mentor", "yes"),
    ("Fr", "Declan", "Moran", "Parish priest and school chaplain", "yes"),
]

SCHOOL = {
    "name": "St Oswin's Catholic Primary School",
    "address": "Mosscroft Street, Deepdale, Preston",
    "postcode": "PR14 2SO",
    "phone": "01632 960418",
    "email": "office@stoswins-deepdale.example",
    "website": "www.stoswins-deepdale.example",
}
