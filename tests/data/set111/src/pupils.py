"""Register, staff and school details for set 111 (Morfa Wen Community Primary, West Rhyl)."""

EST = "2917"  # fictional establishment number

# forename, surname, preferred, year, class, LA of first allocation, 2-digit year
PUPILS = [
    # Nursery / Meithrin - Crancod
    ("Mali", "Rowlands", "", "N1", "Crancod", "663", "24"),
    ("Kacper", "Nowak", "", "N1", "Crancod", "663", "24"),
    ("Jericho", "Santos", "", "N1", "Crancod", "663", "24"),
    ("Bobby", "Doyle", "", "N1", "Crancod", "663", "24"),
    ("Ilinca", "Munteanu", "", "N1", "Crancod", "663", "24"),
    ("Eira", "Hughes", "", "N1", "Crancod", "663", "24"),
    # Reception / Derbyn - Ser Mor
    ("Seren", "Pritchard", "", "R", "Sêr Môr", "663", "23"),
    ("Tyler", "Flint", "", "R", "Sêr Môr", "896", "23"),
    ("Zofia", "Wiśniewska", "", "R", "Sêr Môr", "663", "23"),
    ("Darius", "Popescu", "", "R", "Sêr Môr", "663", "24"),
    ("Princess Joy", "Bautista", "Joy", "R", "Sêr Môr", "663", "23"),
    ("Osian", "Vaughan", "", "R", "Sêr Môr", "663", "23"),
    ("Lacey-Mae", "Kelly", "", "R", "Sêr Môr", "341", "23"),
    ("Antoni", "Zieliński", "", "R", "Sêr Môr", "663", "24"),
    # Year 1 - Morloi
    ("Dewi", "Parry", "", "1", "Morloi", "663", "22"),
    ("Paris", "Gerrard", "", "1", "Morloi", "343", "22"),
    ("Maja", "Kowalska", "", "1", "Morloi", "663", "22"),
    ("Andrei", "Stan", "", "1", "Morloi", "663", "23"),
    ("Althea", "Aquino", "", "1", "Morloi", "663", "22"),
    ("Cerys", "Llewellyn", "", "1", "Morloi", "663", "22"),
    ("Jaxon", "Murphy", "", "1", "Morloi", "663", "22"),
    ("Mihai", "Lungu", "", "1", "Morloi", "663", "23"),
    # Year 2 - Dolffiniaid
    ("Alaw", "Jones", "", "2", "Dolffiniaid", "663", "21"),
    ("Kenzie", "Conway", "", "2", "Dolffiniaid", "352", "21"),
    ("Szymon", "Wójcik", "", "2", "Dolffiniaid", "663", "21"),
    ("Bianca", "Ionescu", "", "2", "Dolffiniaid", "663", "22"),
    ("John Paul", "Dela Cruz", "JP", "2", "Dolffiniaid", "663", "21"),
    ("Sonny", "Lennon", "", "2", "Dolffiniaid", "663", "21"),
    ("Efa", "Roberts", "", "2", "Dolffiniaid", "663", "21"),
    ("Oliwia", "Kamińska", "", "2", "Dolffiniaid", "663", "23"),
    # Year 3 - Gwylanod
    ("Macsen", "Owen", "", "3", "Gwylanod", "663", "20"),
    ("Marley", "Harrison", "", "3", "Gwylanod", "663", "20"),
    ("Aleksander", "Lewandowski", "Olek", "3", "Gwylanod", "663", "21"),
    ("Ștefania", "Dumitrescu", "", "3", "Gwylanod", "663", "22"),
    ("Angel", "Reyes", "", "3", "Gwylanod", "663", "20"),
    ("Ffion", "Price", "", "3", "Gwylanod", "663", "20"),
    ("Cody", "McGrath", "", "3", "Gwylanod", "341", "20"),
    ("Nansi", "Prys", "", "3", "Gwylanod", "663", "20"),
    # Year 4 - Pal
    ("Gruffydd", "Evans", "Guto", "4", "Pâl", "663", "19"),
    ("Summer", "Rooney", "", "4", "Pâl", "663", "19"),
    ("Jakub", "Kowalski", "Kuba", "4", "Pâl", "663", "20"),
    ("Ioana", "Constantin", "", "4", "Pâl", "663", "21"),
    ("Ysabel", "Santos", "", "4", "Pâl", "663", "19"),
    ("Heulwen", "Davies", "", "4", "Pâl", "663", "19"),
    ("Kai", "O'Hare", "", "4", "Pâl", "663", "19"),
    ("Răzvan", "Lungu", "", "4", "Pâl", "663", "23"),
    # Year 5 - Morfilod
    ("Iolo", "Pritchard", "", "5", "Morfilod", "663", "18"),
    ("Ellie-Mae", "Carragher", "", "5", "Morfilod", "663", "18"),
    ("Wiktoria", "Nowak", "", "5", "Morfilod", "663", "21"),
    ("Florin", "Ardeleanu", "", "5", "Morfilod", "663", "22"),
    ("Mark Joseph", "Villanueva", "Mark", "5", "Morfilod", "663", "18"),
    ("Tomos", "ap Iorwerth", "", "5", "Morfilod", "663", "18"),
    ("Skye", "Rigby", "", "5", "Morfilod", "344", "18"),
    ("Małgorzata", "Wiśniewska", "Gosia", "5", "Morfilod", "663", "20"),
    # Year 6 - Mulfrain
    ("Gethin", "Rowlands", "", "6", "Mulfrain", "663", "17"),
    ("Reece", "Dalglish", "", "6", "Mulfrain", "663", "17"),
    ("Denisa", "Șerban", "", "6", "Mulfrain", "663", "21"),
    ("Filip", "Zieliński", "", "6", "Mulfrain", "665", "20"),
    ("Kristine", "Magbanua", "", "6", "Mulfrain", "663", "19"),
    ("Elis", "Glyn", "", "6", "Mulfrain", "663", "17"),
    ("Harvey", "Kinsella", "", "6", "Mulfrain", "343", "17"),
    ("Owain", "Hughes", "", "6", "Mulfrain", "663", "17"),
]

# pupils whose parents said no to social media (named anyway by careless staff)
NO_SOCIAL = {"Cody McGrath", "Skye Rigby", "Harvey Kinsella", "Lacey-Mae Kelly"}
NO_PRESS = {"Cody McGrath", "Skye Rigby", "Harvey Kinsella", "Lacey-Mae Kelly", "Paris Gerrard",
            "Kenzie Conway", "Tyler Flint", "Jaxon Murphy", "Sonny Lennon", "Ysabel Santos",
            "Jericho Santos", "Darius Popescu", "Bianca Ionescu", "Mihai Lungu", "Răzvan Lungu",
            "Florin Ardeleanu", "Kristine Magbanua", "Denisa Șerban", "Reece Dalglish",
            "Althea Aquino", "Filip Zieliński", "Antoni Zieliński"}
NO_WEBSITE = {"Cody McGrath", "Skye Rigby", "Harvey Kinsella", "Lacey-Mae Kelly", "Paris Gerrard"}
NO_BIOMETRIC = {"Cody McGrath", "Skye Rigby", "Harvey Kinsella", "Lacey-Mae Kelly", "Paris Gerrard",
                "Kenzie Conway", "Tyler Flint", "Darius Popescu", "Kristine Magbanua",
                "Jericho Santos", "Ysabel Santos", "Ilinca Munteanu"}

STAFF = [
    ("Mrs", "Catrin", "Rowlands", "Headteacher (Pennaeth) and DSP", "yes"),
    ("Mr", "Gareth", "Parry", "Deputy Headteacher, Year 6 teacher", "yes"),
    ("Miss", "Sioned", "Williams", "Year 5 teacher", "yes"),
    ("Mr", "Liam", "Doherty", "Year 4 teacher", "yes"),
    ("Mrs", "Rhian", "Ellis", "Year 3 teacher", "yes"),
    ("Miss", "Hannah", "Conway", "Year 2 teacher", "no"),
    ("Mr", "Dylan", "Morris", "Year 1 teacher", "yes"),
    ("Ms", "Gemma", "Kelly", "Reception teacher", "yes"),
    ("Mrs", "Eleri", "Vaughan", "Nursery lead", "yes"),
    ("Mrs", "Nicola", "Brennan", "ALNCo", "no"),
    ("Mrs", "Agnieszka", "Mazur", "EAL teaching assistant", "yes"),
    ("Mrs", "Maricel", "Reyes", "Teaching assistant", "yes"),
    ("Mr", "Cristian", "Radu", "Family liaison (Romanian)", "yes"),
    ("Miss", "Jade", "Roberts", "Family engagement officer", "yes"),
    ("Mr", "Huw", "Pritchard", "Caretaker", "no"),
]

SCHOOL = {
    "name": "Morfa Wen Community Primary School (Ysgol Gymunedol Morfa Wen)",
    "address": "Heol y Morfa, West Rhyl, Denbighshire",
    "postcode": "LL79 2WR",
    "phone": "01632 960314",
    "email": "swyddfa@morfawen.example",
    "website": "www.morfawen.example",
}
