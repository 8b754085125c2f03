"""Register, staff and school details for set 192 (Ysgol Maes Ithon, Llandrindod Wells).

All people invented. PUPILS rows: forename, surname, preferred_forename, year_group, class,
consent_social_media. Forms: G = Welsh-medium stream (Ffrwd Gymraeg, named for the Gwy),
I = English-medium stream (named for the Ithon); sixth form = CH (Chweched).
"""

PUPILS = [
    # Year 7
    ("Seren", "Pugh", "", "Year 7", "7G", "yes"),
    ("Osian", "Hamer", "", "Year 7", "7G", "yes"),
    ("Poppy", "Thatcher", "", "Year 7", "7I", "yes"),
    ("Sofiia", "Kovalenko", "", "Year 7", "7I", "yes"),
    ("Sagar", "Pun", "", "Year 7", "7I", "yes"),
    ("Hedd", "Bufton", "", "Year 7", "7G", "yes"),
    ("Willow", "Lamb", "", "Year 7", "7I", "yes"),
    ("Dmytro", "Melnyk", "Dima", "Year 7", "7I", "yes"),
    ("Mabli", "Jones", "", "Year 7", "7G", "yes"),
    # Year 8
    ("Eira", "Meredith", "", "Year 8", "8G", "yes"),
    ("Gethin", "Price", "", "Year 8", "8G", "yes"),
    ("Rowan", "Fairweather", "", "Year 8", "8I", "yes"),
    ("Bohdan", "Shevchenko", "", "Year 8", "8I", "yes"),
    ("Asmita", "Gurung", "", "Year 8", "8I", "yes"),
    ("Llŷr", "Watkins", "", "Year 8", "8G", "yes"),
    ("Harvey", "Mills", "", "Year 8", "8I", "no"),
    ("Alaw", "Davies", "", "Year 8", "8G", "yes"),
    ("Anastasiia", "Bondar", "Nastia", "Year 8", "8I", "yes"),
    # Year 9
    ("Tomos", "Bevan", "Twm", "Year 9", "9G", "yes"),
    ("Ffion", "Bufton", "", "Year 9", "9G", "yes"),
    ("Jasper", "Hollis", "", "Year 9", "9I", "yes"),
    ("Maksym", "Kovalenko", "", "Year 9", "9I", "yes"),
    ("Samikshya", "Rai", "Sami", "Year 9", "9I", "yes"),
    ("Heledd", "Probert", "", "Year 9", "9G", "yes"),
    ("Summer", "Hedges", "", "Year 9", "9I", "yes"),
    ("Iolo", "Gittins", "", "Year 9", "9G", "yes"),
    ("Kiran", "Thapa", "", "Year 9", "9I", "yes"),
    # Year 10
    ("Elis", "Vaughan", "", "Year 10", "10G", "yes"),
    ("Gwenllian", "Breeze", "Gwen", "Year 10", "10G", "yes"),
    ("Oscar", "Pemberton", "", "Year 10", "10I", "yes"),
    ("Viktoriia", "Savchuk", "Vika", "Year 10", "10I", "yes"),
    ("Prabin", "Limbu", "", "Year 10", "10I", "yes"),
    ("Cerys", "Lloyd", "", "Year 10", "10G", "yes"),
    ("Freya", "Wells", "", "Year 10", "10I", "yes"),
    ("Dafydd", "Pryce", "Dai", "Year 10", "10G", "yes"),
    ("Isla", "Thatcher", "", "Year 10", "10I", "yes"),
    # Year 11
    ("Bishal", "Gurung", "", "Year 11", "11I", "yes"),
    ("Lowri", "Hamer", "", "Year 11", "11G", "yes"),
    ("Taras", "Melnyk", "", "Year 11", "11I", "yes"),
    ("Rhodri", "Evans", "", "Year 11", "11G", "no"),
    ("Archie", "Fox", "", "Year 11", "11I", "yes"),
    ("Yaroslava", "Tkachenko", "Slava", "Year 11", "11I", "yes"),
    ("Gwion", "Morgan", "", "Year 11", "11G", "yes"),
    ("Ruby", "Pemberton", "", "Year 11", "11I", "yes"),
    ("Tirion", "Jenkins", "", "Year 11", "11G", "yes"),
    # Year 12
    ("Ianto", "Bowen", "", "Year 12", "12CH", "yes"),
    ("Heulwen", "Prosser", "", "Year 12", "12CH", "yes"),
    ("Sushma", "Thapa", "", "Year 12", "12CH", "yes"),
    ("Jac", "Lamb", "", "Year 12", "12CH", "yes"),
    ("Mariia", "Savchuk", "", "Year 12", "12CH", "yes"),
    ("Caitlin", "Beavan", "", "Year 12", "12CH", "yes"),
    ("Joseph", "Hadley", "Joe", "Year 12", "12CH", "no"),
    ("Efa", "Griffiths", "", "Year 12", "12CH", "yes"),
    # Year 13
    ("Llywelyn", "Powell", "Llew", "Year 13", "13CH", "yes"),
    ("Megan", "Gwilliam", "", "Year 13", "13CH", "yes"),
    ("Oleksandr", "Tkachenko", "Sasha", "Year 13", "13CH", "yes"),
    ("Grace", "Kendall", "", "Year 13", "13CH", "yes"),
    ("Aled", "Bounds", "", "Year 13", "13CH", "yes"),
    ("Sunita", "Rai", "", "Year 13", "13CH", "yes"),
    ("Morgan", "Jandrell", "", "Year 13", "13CH", "yes"),
]

STAFF = [
    ("Mr", "Geraint", "Bowen", "Headteacher / Pennaeth", "yes"),
    ("Mrs", "Delyth", "Hamer", "Deputy Headteacher and DSL", "yes"),
    ("Ms", "Ruth", "Ashworth", "Assistant Head (Pastoral)", "yes"),
    ("Mr", "Rhys", "Pugh", "Head of Welsh", "yes"),
    ("Miss", "Ffion", "Lloyd", "Geography, Year 7 Welsh-stream tutor", "yes"),
    ("Mrs", "Nia", "Evans", "ALNCo", "no"),
    ("Mr", "Tom", "Kendrick", "Head of PE", "yes"),
    ("Mrs", "Olena", "Bondar", "EAL and Ukrainian family liaison", "yes"),
    ("Mr", "Dipendra", "Gurung", "Teaching assistant and Nepali family liaison", "yes"),
    ("Mrs", "Siân", "Meredith", "Agriculture and land-based studies", "yes"),
    ("Mr", "Hywel", "Price", "Head of Sixth Form", "yes"),
    ("Ms", "Kate", "Radcliffe", "Drama", "yes"),
    ("Mrs", "Carys", "Watkins", "Attendance and transport officer", "no"),
    ("Mr", "Huw", "Jenkins", "Music", "yes"),
    ("Dr", "Alys", "Morgan", "Science", "yes"),
]

SCHOOL = {
    "name": "Ysgol Maes Ithon / Maes Ithon High School",
    "address": "Heol Cefnllys, Llandrindod Wells, Powys",
    "postcode": "LD9 4TY",
    "phone": "01632 960418",
    "email": "swyddfa@maesithon.example.org",
    "website": "www.maesithon.example.org",
}
