"""Register, staff and school details for set 97 (Itchen Wharf Primary, Northam, Southampton).

All invented. UPN = DfE check letter + LA (852 Southampton; 850 Hampshire, 851 Portsmouth for
a few who started elsewhere) + fictional establishment 2614 + 2-digit year of allocation + serial.
"""

SCHOOL = {
    "name": "Itchen Wharf Primary School and Nursery",
    "address": "Tidewater Lane, Northam, Southampton",
    "postcode": "SO89 2QN",
    "phone": "01632 960418",
    "email": "office@itchenwharf-primary.example.org",
    "website": "www.itchenwharf-primary.example.org",
}

CLASSES = {"R": "Itchen", "1": "Test", "2": "Hamble", "3": "Beaulieu", "4": "Lymington",
           "5": "Solent", "6": "Needles"}

# forename, surname, preferred, year, la, alloc-year, social, website, press, name_with_photo, biometric
PUPILS = [
    # Reception - Itchen
    ("Zofia", "Nowak", "Zosia", "R", "852", "24", "yes", "yes", "no", "no", "yes"),
    ("Rojin", "Hawrami", "", "R", "852", "24", "yes", "yes", "no", "no", "yes"),
    ("Ayaan", "Miah", "", "R", "852", "24", "yes", "yes", "yes", "no", "yes"),
    ("Marina", "Lewandowska", "", "R", "852", "24", "yes", "yes", "no", "no", "yes"),
    ("Jaspreet", "Kaur", "", "R", "852", "24", "yes", "yes", "yes", "no", "no"),
    ("Thomas", "Shirley", "Tommy", "R", "852", "24", "yes", "no", "no", "no", "yes"),
    ("Parwana", "Hakimi", "", "R", "852", "24", "yes", "yes", "no", "no", "no"),
    ("Summer", "Bassett", "", "R", "852", "24", "yes", "yes", "yes", "no", "yes"),
    # Year 1 - Test
    ("Kacper", "Wójcik", "", "1", "852", "23", "yes", "yes", "no", "yes", "yes"),
    ("Alan", "Mahmoud", "", "1", "852", "23", "yes", "yes", "no", "no", "yes"),
    ("Tahmid", "Uddin", "", "1", "852", "23", "yes", "yes", "yes", "no", "yes"),
    ("Ekamjot", "Singh", "Ekam", "1", "852", "23", "yes", "yes", "no", "no", "yes"),
    ("Hope", "Dyer", "", "1", "852", "23", "yes", "yes", "yes", "no", "yes"),
    ("Mursal", "Popal", "", "1", "852", "23", "yes", "no", "no", "no", "no"),
    ("Maja", "Zielińska", "", "1", "852", "23", "yes", "yes", "no", "no", "yes"),
    ("Jayden", "Cook", "", "1", "852", "23", "yes", "yes", "yes", "no", "yes"),
    # Year 2 - Hamble
    ("Oliwier", "Mazur", "", "2", "852", "22", "yes", "yes", "no", "no", "yes"),
    ("Shapla", "Begum", "", "2", "852", "22", "yes", "yes", "no", "yes", "yes"),
    ("Hunter", "Walsh", "", "2", "852", "22", "yes", "yes", "yes", "no", "yes"),
    ("Zana", "Rashid", "", "2", "852", "22", "yes", "yes", "no", "no", "yes"),
    ("Gurleen", "Dhillon", "", "2", "852", "22", "yes", "yes", "yes", "no", "yes"),
    ("Bahar", "Ahmadzai", "", "2", "852", "23", "yes", "no", "no", "no", "no"),
    ("Rocco", "Payne", "", "2", "852", "22", "no", "no", "no", "no", "no"),
    ("Nikodem", "Kamiński", "Niko", "2", "852", "22", "yes", "yes", "no", "yes", "yes"),
    ("Ruhi", "Choudhury", "", "2", "852", "22", "yes", "yes", "yes", "no", "yes"),
    # Year 3 - Beaulieu
    ("Jakub", "Lewandowski", "Kuba", "3", "852", "21", "yes", "yes", "no", "no", "yes"),
    ("Shvan", "Hawrami", "", "3", "852", "22", "yes", "yes", "no", "no", "yes"),
    ("Nabil", "Rahman", "", "3", "852", "21", "yes", "yes", "yes", "no", "yes"),
    ("Angel", "Woolston", "", "3", "852", "21", "yes", "yes", "yes", "no", "yes"),
    ("Sehajpreet", "Kaur", "Sehaj", "3", "852", "21", "yes", "yes", "no", "no", "yes"),
    ("Omid", "Stanikzai", "", "3", "852", "22", "yes", "yes", "no", "no", "no"),
    ("Kayden", "Drake", "", "3", "851", "21", "yes", "yes", "yes", "no", "yes"),
    ("Wiktoria", "Wiśniewska", "Wika", "3", "852", "21", "yes", "yes", "no", "yes", "yes"),
    ("Lacey", "Bevis", "", "3", "852", "21", "yes", "yes", "yes", "yes", "yes"),
    # Year 4 - Lymington
    ("Berfin", "Amedi", "", "4", "852", "21", "yes", "yes", "no", "no", "yes"),
    ("Rayhan", "Ali", "", "4", "852", "20", "yes", "yes", "yes", "no", "yes"),
    ("Harjot", "Singh", "", "4", "852", "20", "yes", "yes", "yes", "no", "yes"),
    ("Liberty", "Shearer", "", "4", "852", "20", "yes", "yes", "yes", "no", "yes"),
    ("Igor", "Zieliński", "", "4", "852", "20", "yes", "yes", "no", "no", "yes"),
    ("Zarlasht", "Popal", "", "4", "852", "23", "yes", "no", "no", "no", "no"),
    ("Alfie", "Banks", "", "4", "852", "20", "yes", "yes", "yes", "no", "yes"),
    ("Tasnim", "Begum", "", "4", "852", "20", "yes", "yes", "no", "no", "yes"),
    ("Brooke", "Cook", "", "4", "852", "20", "yes", "yes", "yes", "no", "yes"),
    # Year 5 - Solent
    ("Hawre", "Mahmoud", "", "5", "852", "21", "yes", "yes", "no", "no", "yes"),
    ("Simranjit", "Gill", "Simran", "5", "852", "19", "yes", "yes", "yes", "no", "yes"),
    ("Filip", "Nowak", "", "5", "852", "19", "yes", "yes", "no", "no", "yes"),
    ("Sadia", "Khatun", "", "5", "852", "19", "yes", "yes", "yes", "no", "yes"),
    ("Storm", "Walsh", "", "5", "852", "19", "yes", "yes", "yes", "no", "yes"),
    ("Wahid", "Noori", "", "5", "852", "22", "yes", "yes", "no", "no", "no"),
    ("Reggie", "Dyer", "", "5", "852", "19", "yes", "yes", "yes", "no", "yes"),
    ("Lily-Rose", "Barnes", "", "5", "850", "19", "yes", "yes", "yes", "yes", "yes"),
    ("Viyan", "Zebari", "", "5", "852", "20", "yes", "yes", "no", "yes", "yes"),
    # Year 6 - Needles
    ("Natalia", "Kowalczyk", "", "6", "852", "18", "yes", "yes", "no", "no", "yes"),
    ("Arman", "Hakimi", "", "6", "852", "22", "yes", "yes", "no", "no", "no"),
    ("Mahir", "Miah", "", "6", "852", "18", "yes", "yes", "yes", "no", "yes"),
    ("Manvir", "Sandhu", "", "6", "852", "18", "yes", "yes", "yes", "no", "yes"),
    ("Callum", "Pike", "", "6", "851", "18", "yes", "yes", "yes", "no", "yes"),
    ("Dilan", "Amedi", "", "6", "852", "19", "yes", "yes", "no", "no", "yes"),
    ("Ishrat", "Rahman", "", "6", "852", "18", "yes", "yes", "yes", "no", "yes"),
    ("Oskar", "Mazur", "", "6", "852", "18", "yes", "yes", "no", "no", "yes"),
    ("Sahar", "Ahmadzai", "", "6", "852", "23", "no", "no", "no", "no", "no"),
]

STAFF = [
    ("S01", "Mrs", "Julie", "Drake", "Headteacher", "yes", "no"),
    ("S02", "Mr", "Kamal", "Uddin", "Deputy Headteacher", "yes", "yes"),
    ("S03", "Mrs", "Kirandeep", "Sandhu", "Year 6 Teacher", "yes", "yes"),
    ("S04", "Miss", "Chloe", "Summers", "Year 5 Teacher", "yes", "yes"),
    ("S05", "Mr", "Dan", "Whitlock", "Year 4 Teacher", "yes", "yes"),
    ("S06", "Mr", "Alan", "Redwood", "Year 3 Teacher and PE Lead", "yes", "yes"),
    ("S07", "Miss", "Sophie", "Hale", "Year 2 Teacher", "yes", "yes"),
    ("S08", "Mrs", "Farzana", "Begum", "Year 1 Teacher", "yes", "yes"),
    ("S09", "Miss", "Jade", "Pearce", "Reception Teacher and EYFS Lead", "yes", "yes"),
    ("S10", "Mrs", "Lorraine", "Pike", "SENCo", "no", "no"),
    ("S11", "Ms", "Shirin", "Karim", "Family Liaison and EAL Lead", "yes", "no"),
    ("S12", "Mr", "Hamid", "Safi", "Teaching Assistant (Dari and Pashto)", "yes", "yes"),
    ("S13", "Mrs", "Agnieszka", "Nowak", "Teaching Assistant (Polish)", "yes", "yes"),
    ("S14", "Mr", "Pete", "Cook", "Site Manager", "no", "no"),
    ("S15", "Mrs", "Debbie", "Walsh", "School Business Manager", "yes", "no"),
]

SERIAL_START = 101
