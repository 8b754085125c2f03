"""Register, staff and school for set 190: Carrickmoyle Integrated College, Dungannon (fictional).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
Form classes are named after Tyrone and Lough Neagh rivers, one per year group.
"""

F = {"Year 8": "8 Torrent", "Year 9": "9 Blackwater", "Year 10": "10 Ballinderry",
     "Year 11": "11 Oona", "Year 12": "12 Callan", "Year 13": "13 Moyola", "Year 14": "14 Camowen"}


def _p(fn, sn, pref, yr, sm="yes"):
    return (fn, sn, pref, yr, F[yr], sm)


PUPILS = [
    # Year 8
    _p("Oisín", "McAleer", "", "Year 8"),
    _p("Zara", "Lyttle", "", "Year 8"),
    _p("Tyrone", "Hall", "", "Year 8"),
    _p("Esperança", "Ximenes", "", "Year 8"),
    _p("Szymon", "Wróbel", "", "Year 8"),
    _p("Gabija", "Kazlauskaitė", "", "Year 8"),
    _p("Caoimhe", "Quinn", "", "Year 8"),
    _p("Rafael", "Oliveira", "Rafa", "Year 8"),
    _p("Grace", "Bell", "", "Year 8"),
    # Year 9
    _p("Lukas", "Kazlauskas", "", "Year 9"),
    _p("Fátima", "Ximenes", "", "Year 9"),
    _p("Eoin", "O'Neill", "", "Year 9"),
    _p("Rebekah", "Moore", "", "Year 9"),
    _p("Tiernan", "Devlin", "", "Year 9"),
    _p("Matilde", "Sousa", "", "Year 9"),
    _p("Kacper", "Nowicki", "", "Year 9", "no"),
    _p("Hope", "Wilson", "", "Year 9"),
    _p("Dearbhla", "Nugent", "", "Year 9"),
    # Year 10
    _p("Ciarán", "Donnelly", "", "Year 10"),
    _p("Ashleigh", "Irwin", "", "Year 10"),
    _p("Natalino", "Soares", "Nino", "Year 10"),
    _p("Zuzanna", "Kowalska", "Zuza", "Year 10"),
    _p("Séadna", "Mac Giolla Bhríde", "", "Year 10"),
    _p("Jamie", "Black", "", "Year 10"),
    _p("Inês", "Rodrigues", "", "Year 10"),
    _p("Austėja", "Butkutė", "", "Year 10"),
    _p("Niamh", "Hagan", "", "Year 10"),
    _p("Cathal", "Ó Maoláin", "", "Year 10"),
    # Year 11
    _p("Orlaith", "Corr", "", "Year 11"),
    _p("Stuart", "Hamilton", "Stu", "Year 11"),
    _p("Jacinta", "Amaral", "", "Year 11"),
    _p("Dovydas", "Jankauskas", "", "Year 11"),
    _p("Maja", "Kamińska", "", "Year 11"),
    _p("Eoghan", "Mallon", "", "Year 11", "no"),
    _p("Faith", "Stewart", "", "Year 11"),
    _p("Tiago", "Ferreira", "", "Year 11"),
    _p("Erin", "McKenna", "", "Year 11"),
    # Year 12
    _p("Cameron", "Orr", "", "Year 12"),
    _p("Aoife", "McGirr", "", "Year 12"),
    _p("Januário", "da Costa", "Janu", "Year 12"),
    _p("Natalia", "Lewandowska", "", "Year 12"),
    _p("Rūta", "Vaitkutė", "", "Year 12"),
    _p("Conall", "Hughes", "", "Year 12"),
    _p("Megan", "Lyttle", "", "Year 12"),
    _p("Gonçalo", "Pereira", "", "Year 12"),
    _p("Shannon", "Kerr", "", "Year 12"),
    # Year 13
    _p("Clodagh", "Donnelly", "", "Year 13"),
    _p("Rhys", "Irwin", "", "Year 13"),
    _p("Filomena", "Belo", "", "Year 13"),
    _p("Matas", "Vaitkus", "", "Year 13"),
    _p("Pádraig", "Quinn", "Paddy", "Year 13"),
    _p("Leonor", "Santos", "", "Year 13"),
    _p("Joy", "Armstrong", "", "Year 13"),
    _p("Tadhg", "Nugent", "", "Year 13", "no"),
    # Year 14
    _p("Saoirse", "Ní Mhaoláin", "", "Year 14"),
    _p("Mark", "Moore", "", "Year 14"),
    _p("Aurélio", "Guterres", "", "Year 14"),
    _p("Weronika", "Nowicka", "Wera", "Year 14"),
    _p("Fionnuala", "McAleer", "Nuala", "Year 14"),
    _p("Samuel", "Hall", "Sammy", "Year 14"),
    _p("Domingos", "Soares", "", "Year 14"),
]

STAFF = [
    ("Mr", "Colm", "Devlin", "Principal", "yes"),
    ("Mrs", "Ruth", "Armstrong", "Vice-Principal (Pastoral), Designated Teacher for Child Protection", "yes"),
    ("Miss", "Sinéad", "Corr", "Head of Irish", "yes"),
    ("Mr", "Gareth", "Speers", "PE teacher, rugby", "yes"),
    ("Mr", "Ciarán", "Mallon", "PE teacher, Gaelic games", "yes"),
    ("Ms", "Ana", "Ferreira", "Newcomer and EAL Co-ordinator", "yes"),
    ("Mr", "Robert", "Irwin", "Head of History, Head of Year 12", "no"),
    ("Mrs", "Lorna", "Hamilton", "SENCo", "yes"),
    ("Dr", "Fiona", "McKenna", "Head of Science", "yes"),
    ("Mr", "Stephen", "Glasgow", "Head of Music, Ulster-Scots tutor", "yes"),
    ("Miss", "Grace", "Nugent", "English teacher", "yes"),
    ("Mrs", "Deirdre", "Quinn", "Office Manager", "no"),
    ("Mr", "Aidan", "Hughes", "Head of Sixth Form, careers", "yes"),
    ("Mrs", "Rasa", "Jankauskienė", "Classroom assistant (Lithuanian)", "yes"),
    ("Mrs", "Eleanor", "Black", "Head of Year 8", "yes"),
]

SCHOOL = {
    "name": "Carrickmoyle Integrated College",
    "address": "40 Tullybrannigan Road, Dungannon",
    "postcode": "BT99 4JQ",
    "phone": "01632 960518",
    "email": "info@carrickmoyle-ic.example.org",
    "website": "www.carrickmoyle-ic.example.org",
}
