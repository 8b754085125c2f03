"""Register for set 176: Ysgol Gyfun Cwm Clettwr, Llanddewi Clettwr, Ceredigion (fictional).

PUPILS: (forename, surname, preferred_forename, year_group, class, consent_social_media)
"""

SCHOOL = {
    "name": "Ysgol Gyfun Cwm Clettwr",
    "address": "Heol yr Orsaf, Llanddewi Clettwr, Ceredigion",
    "postcode": "SY26 4HB",
    "phone": "01632 960471",
    "email": "swyddfa@cwmclettwr.example.org",
    "website": "www.cwmclettwr.example.org",
}

PUPILS = [
    # Blwyddyn 7
    ("Seren", "Evans", "", "Year 7", "7C", "yes"),
    ("Osian", "Jones", "", "Year 7", "7C", "yes"),
    ("Willow", "Hartnell", "", "Year 7", "7C", "yes"),
    ("Cai", "Rowlands", "", "Year 7", "7C", "yes"),
    ("Mali", "Griffiths", "", "Year 7", "7C", "yes"),
    ("Jac", "Pugh", "", "Year 7", "7C", "yes"),
    ("Harrison", "Blake", "", "Year 7", "7C", "yes"),
    ("Efa", "Lloyd", "", "Year 7", "7C", "yes"),
    ("Teifi", "Morgan", "", "Year 7", "7C", "yes"),
    # Blwyddyn 8
    ("Gruffydd", "Davies", "Guto", "Year 8", "8C", "yes"),
    ("Lowri", "Jenkins", "", "Year 8", "8C", "yes"),
    ("Ianto", "Thomas", "", "Year 8", "8C", "yes"),
    ("Ruby", "Fairclough", "", "Year 8", "8C", "yes"),
    ("Dewi", "Williams", "", "Year 8", "8C", "yes"),
    ("Nel", "Rees", "", "Year 8", "8C", "yes"),
    ("Kacper", "Nowicki", "", "Year 8", "8C", "yes"),
    ("Alaw", "Price", "", "Year 8", "8C", "yes"),
    ("Bryn", "Howells", "", "Year 8", "8C", "yes"),
    # Blwyddyn 9
    ("Heledd", "Morris", "", "Year 9", "9C", "yes"),
    ("Rhodri", "Edwards", "", "Year 9", "9C", "yes"),
    ("Poppy", "Sinclair-Ward", "", "Year 9", "9C", "yes"),
    ("Ifan", "Lewis", "", "Year 9", "9C", "yes"),
    ("Tirion", "Jones", "", "Year 9", "9C", "no"),
    ("Finn", "Carrow", "", "Year 9", "9C", "yes"),
    ("Gwenllian", "ap Dafydd", "Gwen", "Year 9", "9C", "yes"),
    ("Hywel", "Tudur", "", "Year 9", "9C", "yes"),
    ("Mabli", "Evans", "", "Year 9", "9C", "yes"),
    # Blwyddyn 10
    ("Iestyn", "Parry", "", "Year 10", "10C", "yes"),
    ("Catrin", "Owen", "", "Year 10", "10C", "yes"),
    ("Jasper", "Whitlock", "", "Year 10", "10C", "yes"),
    ("Elin", "Rowlands", "", "Year 10", "10C", "yes"),
    ("Aeron", "Lloyd", "", "Year 10", "10C", "yes"),
    ("Haf", "Jones", "", "Year 10", "10C", "yes"),
    ("Llŷr", "Griffiths", "", "Year 10", "10C", "yes"),
    ("Sky", "Fairclough", "", "Year 10", "10C", "yes"),
    ("Zofia", "Nowicka", "Zosia", "Year 10", "10C", "yes"),
    # Blwyddyn 11
    ("Dafydd", "Morgan", "Dai", "Year 11", "11C", "yes"),
    ("Non", "Williams", "", "Year 11", "11C", "yes"),
    ("Macsen", "Hughes", "", "Year 11", "11C", "yes"),
    ("Tegan", "Marsh", "", "Year 11", "11C", "no"),
    ("Cerys", "Bowen", "", "Year 11", "11C", "yes"),
    ("Elis", "Jenkins", "", "Year 11", "11C", "yes"),
    ("Megan", "Probert", "", "Year 11", "11C", "yes"),
    ("Oakley", "Brennan", "", "Year 11", "11C", "no"),
    # Blwyddyn 12
    ("Gwawr", "Davies", "", "Year 12", "12C", "yes"),
    ("Steffan", "Rees", "", "Year 12", "12C", "yes"),
    ("Eira", "Pugh", "", "Year 12", "12C", "yes"),
    ("Ethan", "Fairweather", "", "Year 12", "12C", "yes"),
    ("Rhiannon", "Thomas", "", "Year 12", "12C", "yes"),
    ("Tomos", "Hughes", "Twm", "Year 12", "12C", "yes"),
    ("Saffron", "Blake", "", "Year 12", "12C", "yes"),
    ("Carwyn", "Pritchard", "", "Year 12", "12C", "yes"),
    # Blwyddyn 13
    ("Angharad", "Lewis", "", "Year 13", "13C", "yes"),
    ("Morgan", "Parry", "", "Year 13", "13C", "yes"),
    ("Ffion", "Howells", "", "Year 13", "13C", "yes"),
    ("Gethin", "Evans", "", "Year 13", "13C", "yes"),
    ("Isabelle", "Hartnell", "Izzy", "Year 13", "13C", "yes"),
    ("Deiniol", "Rowlands", "", "Year 13", "13C", "yes"),
    ("Lili-Mai", "Owen", "", "Year 13", "13C", "yes"),
    ("Thomas", "Marsh", "Tom", "Year 13", "13C", "yes"),
]

STAFF = [
    ("Dr", "Meinir", "Llwyd", "Headteacher (Pennaeth)", "yes"),
    ("Mr", "Huw", "Jenkins", "Deputy Headteacher and Designated Safeguarding Person", "yes"),
    ("Mrs", "Sioned", "Evans", "Head of Welsh and Eisteddfod coordinator", "yes"),
    ("Mr", "Rhodri", "Davies", "Head of PE", "yes"),
    ("Miss", "Hannah", "Whitfield", "Teacher of English", "yes"),
    ("Mr", "Emyr", "Pugh", "Teacher of Agriculture and Science, Young Farmers link", "yes"),
    ("Mrs", "Carys", "Morgan", "ALNCo (Cydlynydd ADY)", "no"),
    ("Ms", "Rachel", "Booth", "Head of Sixth Form", "yes"),
    ("Mr", "Dafydd", "Rowlands", "Head of Music", "yes"),
    ("Mrs", "Gwenan", "Thomas", "Welsh Immersion Centre teacher", "yes"),
    ("Mr", "Owain", "Griffiths", "Teacher of Mathematics", "no"),
    ("Mrs", "Eirlys", "Price", "Office Manager", "yes"),
    ("Mr", "Steve", "Hartley", "Teacher of Design and Technology, minibus driver", "yes"),
    ("Miss", "Ffion", "Lewis", "Teacher of Drama and Dance", "yes"),
    ("Mrs", "Nerys", "Powell", "Wellbeing and Attendance Officer", "yes"),
]
