"""Register, staff and school of set 91 (Brock Meadow Primary School, Oxford Road, Reading).

All invented. UPN body = LA of first allocation (870 Reading, 871 Slough, 872 Wokingham,
313 Hounslow, 866 Swindon) + fictional establishment 2417 + 2-digit year + serial 101-160;
check letter computed by build.py with clearpost.register.upn.check_letter.
"""

SCHOOL = {
    "name": "Brock Meadow Primary School",
    "address": "Salcombe Row, off Oxford Road, Reading",
    "postcode": "RG37 2LW",
    "phone": "0118 496 0372",
    "email": "office@brockmeadow-primary.example.org",
    "website": "www.brockmeadow-primary.example.org",
}

CLASSES = {
    "Reception": "Pang", "Year 1": "Enborne", "Year 2": "Loddon", "Year 3": "Lambourn",
    "Year 4": "Blackwater", "Year 5": "Kennet", "Year 6": "Thames",
}

# forename, surname, preferred, year group, LA, entry year; serial = position + 101
PUPILS = [
    ("Hope", "Moyo", "", "Reception", "870", "24"),
    ("Zainab", "Hussain", "", "Reception", "870", "24"),
    ("Kacper", "Nowak", "", "Reception", "870", "24"),
    ("Aarav", "Thapa", "", "Reception", "872", "24"),
    ("Sophia", "Popescu", "", "Reception", "870", "24"),
    ("Reuben", "D'Souza", "", "Reception", "870", "24"),
    ("Lily-Rose", "Palmer", "", "Reception", "870", "24"),
    ("Eshal", "Raja", "", "Reception", "871", "24"),
    ("Tatenda", "Moyo", "", "Year 1", "870", "23"),
    ("Ibrahim", "Akhtar", "", "Year 1", "870", "23"),
    ("Zofia", "Wójcik", "", "Year 1", "870", "23"),
    ("Sagar", "Gurung", "", "Year 1", "870", "23"),
    ("Keira", "Fernandes", "", "Year 1", "866", "23"),
    ("Darius", "Stan", "", "Year 1", "870", "24"),
    ("Noor", "Malik", "", "Year 1", "870", "23"),
    ("Tommy", "Bishop", "", "Year 1", "870", "23"),
    ("Blessing", "Ncube", "", "Year 2", "870", "22"),
    ("Wiktoria", "Lewandowska", "Wiki", "Year 2", "870", "22"),
    ("Anisha", "Rai", "", "Year 2", "872", "22"),
    ("Joel", "Fernandes", "", "Year 2", "866", "22"),
    ("Ioana", "Munteanu", "", "Year 2", "870", "23"),
    ("Hamza", "Iqbal", "", "Year 2", "870", "22"),
    ("Precious", "Dube", "", "Year 2", "870", "22"),
    ("Archie", "Castle", "", "Year 2", "870", "22"),
    ("Kudakwashe", "Sibanda", "Kuda", "Year 3", "870", "21"),
    ("Jakub", "Kowalczyk", "Kuba", "Year 3", "870", "21"),
    ("Sunita", "Tamang", "", "Year 3", "872", "21"),
    ("Ștefania", "Lungu", "Stefi", "Year 3", "870", "23"),
    ("Ayaan", "Khan", "", "Year 3", "871", "21"),
    ("Alisha", "Coutinho", "", "Year 3", "313", "21"),
    ("Memory", "Mapfumo", "", "Year 3", "870", "21"),
    ("Harvey", "Wells", "", "Year 3", "870", "21"),
    ("Maryam", "Butt", "", "Year 3", "870", "21"),
    ("Tinotenda", "Chikwanha", "Tino", "Year 4", "870", "20"),
    ("Szymon", "Mazur", "", "Year 4", "870", "20"),
    ("Bishal", "Sherpa", "", "Year 4", "872", "20"),
    ("Andrei", "Constantin", "", "Year 4", "870", "22"),
    ("Aisha", "Chaudhry", "", "Year 4", "870", "20"),
    ("Ryan", "Pereira", "", "Year 4", "313", "20"),
    ("Gift", "Mlambo", "", "Year 4", "870", "21"),
    ("Poppy", "Marsh", "", "Year 4", "870", "20"),
    ("Musa", "Hussain", "", "Year 4", "870", "20"),
    ("Rutendo", "Nyathi", "", "Year 5", "870", "19"),
    ("Małgorzata", "Zielińska", "Gosia", "Year 5", "870", "19"),
    ("Prabin", "Magar", "", "Year 5", "872", "19"),
    ("Alexandru", "Florea", "Alex", "Year 5", "870", "22"),
    ("Hafsa", "Mahmood", "", "Year 5", "870", "19"),
    ("Shania", "Menezes", "", "Year 5", "866", "19"),
    ("Justice", "Marufu", "", "Year 5", "870", "19"),
    ("Kiran", "Limbu", "", "Year 5", "872", "19"),
    ("Oliwia", "Nowak", "", "Year 5", "870", "19"),
    ("Tinashe", "Makoni", "", "Year 6", "870", "18"),
    ("Aleksander", "Wiśniewski", "Olek", "Year 6", "870", "18"),
    ("Pasang", "Sherpa", "", "Year 6", "872", "18"),
    ("Bianca", "Dumitru", "", "Year 6", "870", "21"),
    ("Zayn", "Shah", "", "Year 6", "870", "18"),
    ("Brendon", "Colaço", "", "Year 6", "313", "18"),
    ("Faith", "Ncube", "", "Year 6", "870", "18"),
    ("Mihai", "Ionescu", "", "Year 6", "870", "22"),
    ("Jade", "Thatcher", "", "Year 6", "870", "18"),
]

# pupils whose parents said no to social media (still named by careless staff in a few posts)
NO_SOCIAL = {"Tinashe Makoni", "Bianca Dumitru", "Musa Hussain", "Eshal Raja"}
NO_WEBSITE = {"Tinashe Makoni", "Bianca Dumitru", "Musa Hussain", "Eshal Raja", "Justice Marufu", "Harvey Wells"}
PRESS_YES_EVERY = 2          # every 2nd pupil yes to press
BIOMETRIC_NO = {"Hope Moyo", "Tatenda Moyo", "Kacper Nowak", "Oliwia Nowak", "Ayaan Khan",
                "Memory Mapfumo", "Prabin Magar", "Zayn Shah", "Jade Thatcher", "Gift Mlambo"}

STAFF = [
    ("Ms", "Joanna", "Pryce", "Headteacher", "yes"),
    ("Mr", "Tendai", "Moyo", "Deputy Headteacher and DSL", "yes"),
    ("Mrs", "Sangita", "Gurung", "SENCo", "yes"),
    ("Miss", "Aleksandra", "Nowak", "Year 3 teacher (Lambourn)", "yes"),
    ("Mr", "Ryan", "D'Souza", "Year 6 teacher (Thames)", "yes"),
    ("Mrs", "Farzana", "Iqbal", "Year 5 teacher (Kennet)", "yes"),
    ("Miss", "Chloe", "Baker", "Reception teacher (Pang)", "yes"),
    ("Mr", "Callum", "Stanley", "Year 4 teacher (Blackwater) and PE lead", "yes"),
    ("Mrs", "Deborah", "Fernandes", "Office manager", "no"),
    ("Mrs", "Ioana", "Popa", "EAL teaching assistant", "yes"),
    ("Mr", "Graham", "Whitlock", "Site manager", "no"),
    ("Miss", "Priya", "Pereira", "Year 1 teacher (Enborne)", "yes"),
    ("Mrs", "Nyasha", "Ncube", "Family support worker", "yes"),
    ("Mr", "Liam", "Hartley", "Year 2 teacher (Loddon)", "yes"),
    ("Mrs", "Sue", "Tanner", "Breakfast club lead", "yes"),
]
