"""Register, staff and school details for set 181: Wensum Reach School, near Norwich.

PUPILS rows: (forename, surname, preferred_forename, year_group, class, consent_social_media).
Classes are Norfolk and Suffolk rivers, one per year group (Year 3 to Year 11).
"""

CLASS = {"Year 3": "Tud", "Year 4": "Tas", "Year 5": "Tiffey", "Year 6": "Glaven",
         "Year 7": "Ant", "Year 8": "Thurne", "Year 9": "Bure", "Year 10": "Yare",
         "Year 11": "Waveney"}


def _p(fn, sn, pref, yr, sm="yes"):
    return (fn, sn, pref, yr, CLASS[yr], sm)


PUPILS = [
    # Year 3 (Tud)
    _p("Kit", "Thrower", "", "Year 3"),
    _p("Honey", "Loveday", "", "Year 3"),
    _p("Nelson", "Moyo", "", "Year 3"),
    _p("Ivy-Rose", "Cushion", "", "Year 3"),
    _p("Brantley", "Kowalski", "", "Year 3"),
    # Year 4 (Tas)
    _p("Reed", "Alderton", "", "Year 4"),
    _p("Maisie", "Wells", "", "Year 4"),
    _p("Duarte", "Fernandes Pereira", "", "Year 4"),
    _p("Lukas", "Petrauskas", "", "Year 4"),
    _p("Sky", "Rudd", "", "Year 4"),
    _p("Tahmid", "Rahman", "", "Year 4"),
    # Year 5 (Tiffey)
    _p("Jack", "Catchpole", "", "Year 5"),
    _p("Robin", "Sewell", "", "Year 5"),
    _p("Grace", "Okafor", "", "Year 5"),
    _p("Lily-Mae", "Buckenham", "", "Year 5"),
    _p("Wiktoria", "Sadowska", "Wiki", "Year 5"),
    _p("Yuxuan", "Li", "Sunny", "Year 5"),
    # Year 6 (Glaven)
    _p("Harley", "Kett", "", "Year 6"),
    _p("Faith", "Mutasa", "", "Year 6", "no"),
    _p("Ava-Grace", "Platten", "", "Year 6"),
    _p("Cody", "Ramirez", "", "Year 6"),
    _p("Heath", "Fulcher", "", "Year 6"),
    _p("Amelia", "Marsh", "", "Year 6"),
    _p("Mariana", "da Silva Costa", "", "Year 6"),
    # Year 7 (Ant)
    _p("Bear", "Copeman", "", "Year 7"),
    _p("Ruby", "Blyth", "", "Year 7"),
    _p("Oskar", "Nowicki", "", "Year 7"),
    _p("Aarav", "Mistry", "", "Year 7"),
    _p("Tyler-Jay", "Bunn", "", "Year 7"),
    _p("Elsie", "Thurston", "", "Year 7"),
    _p("Ifeoluwa", "Bankole", "Ife", "Year 7"),
    # Year 8 (Thurne)
    _p("River", "Gedge", "", "Year 8"),
    _p("Hope", "Spinks", "", "Year 8"),
    _p("Rokas", "Jankauskas", "", "Year 8", "no"),
    _p("Matilda", "Howes", "Tilly", "Year 8"),
    _p("Kayden", "Lake", "", "Year 8"),
    _p("Adaeze", "Nwosu", "", "Year 8"),
    _p("Levi", "Boswell", "", "Year 8", "no"),
    # Year 9 (Bure)
    _p("Wren", "Larwood", "", "Year 9"),
    _p("Mason", "Holt", "", "Year 9"),
    _p("Tiago", "Sousa", "", "Year 9"),
    _p("Mia", "Eastoe", "", "Year 9"),
    _p("Dovydas", "Kazlauskas", "", "Year 9"),
    _p("Alfie", "Goreham", "", "Year 9"),
    _p("Sumaiya", "Rahman", "", "Year 9"),
    # Year 10 (Yare)
    _p("Rowan", "Thatcher", "", "Year 10"),
    _p("Summer", "Fiddy", "", "Year 10"),
    _p("Jayden", "Ramirez", "", "Year 10"),
    _p("Lena", "Petrauskaitė", "", "Year 10"),
    _p("Oliver", "Buxton", "Olly", "Year 10"),
    _p("Noah", "Sayer", "", "Year 10"),
    _p("Keeley", "Dack", "", "Year 10"),
    _p("Marcus", "Osei", "", "Year 10"),
    # Year 11 (Waveney)
    _p("William", "Chilvers", "Will", "Year 11"),
    _p("Poppy", "Cushion", "", "Year 11"),
    _p("Kacper", "Nowicki", "", "Year 11"),
    _p("Mercy", "Mutasa", "", "Year 11"),
    _p("Ellis", "Bishop", "", "Year 11"),
    _p("Scarlett", "Ling", "", "Year 11"),
    _p("Joshua", "Gedge", "Josh", "Year 11"),
]

STAFF = [
    ("Mrs", "Philippa", "Howlett", "Headteacher", "yes"),
    ("Mr", "Dominic", "Ashworth", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Ms", "Rachael", "Gotts", "Assistant Head and SENCo", "yes"),
    ("Miss", "Tamsin", "Reed", "Class teacher (Tud and Tas)", "yes"),
    ("Mr", "Olu", "Adeyemi", "Science teacher", "yes"),
    ("Mr", "Gary", "Thrower", "Land-based studies and school farm", "yes"),
    ("Dr", "Hannah", "Lister", "Clinical psychologist", "no"),
    ("Mrs", "Bev", "Nobbs", "Speech and language therapist", "yes"),
    ("Miss", "Sophie", "Catchpole", "Occupational therapist", "yes"),
    ("Mr", "Ewan", "Blyth", "Forest school lead", "yes"),
    ("Mrs", "Kerry", "Loades", "Office and transport manager", "no"),
    ("Mr", "Luke", "Fenn", "PE and outdoor learning", "yes"),
    ("Ms", "Agnieszka", "Wróbel", "Maths teacher and EAL lead", "yes"),
    ("Mrs", "Denise", "Holt", "School nurse", "yes"),
    ("Mr", "Callum", "Rix", "English teacher and Key Stage 4 lead", "yes"),
    ("Miss", "Poppy", "Sayer", "Teaching assistant", "yes"),
]

SCHOOL = {
    "name": "Wensum Reach School",
    "address": "The Old Maltings, Ringland Lane, Weston Longville, Norwich",
    "postcode": "NR37 5WR",
    "phone": "01632 960181",
    "email": "office@wensumreach.example",
    "website": "www.wensumreach.example",
}
