"""Register, staff and school details for set 180 (Havelock Green Primary School, Southall).

All people invented. PUPILS rows: (forename, surname, preferred_forename, year_group, class,
consent_social_media). Classes are named after rivers of the families' homelands and of Ealing.
"""

CLASS = {"Nursery": "Crane", "Reception": "Brent", "Year 1": "Kabul", "Year 2": "Ravi",
         "Year 3": "Jubba", "Year 4": "Kaveri", "Year 5": "Mandovi", "Year 6": "Vistula"}


def _p(fn, sn, pref, yr, sm="yes"):
    return (fn, sn, pref, yr, CLASS[yr], sm)


PUPILS = [
    # Nursery (Crane)
    _p("Ekam", "Bains", "", "Nursery"),
    _p("Hibo", "Warsame", "", "Nursery"),
    _p("Setara", "Ahmadi", "", "Nursery", "no"),
    _p("Nila", "Tharmalingam", "", "Nursery"),
    _p("Oliwia", "Kaczmarek", "Oli", "Nursery"),
    _p("Reuben", "Fernandes", "", "Nursery"),
    _p("Sehaj", "Kaur", "", "Nursery"),
    # Reception (Brent)
    _p("Fateh", "Dhillon", "", "Reception"),
    _p("Ayaan", "Abdi", "", "Reception"),
    _p("Zuzanna", "Wróbel", "Zuzia", "Reception"),
    _p("Kavin", "Jeyakumar", "", "Reception"),
    _p("Mursal", "Noori", "", "Reception"),
    _p("Joy", "D'Costa", "", "Reception"),
    _p("Bahar", "Popal", "", "Reception"),
    # Year 1 (Kabul)
    _p("Harnoor", "Gill", "", "Year 1"),
    _p("Mahad", "Farah", "", "Year 1"),
    _p("Antoni", "Szymański", "Antek", "Year 1"),
    _p("Abinaya", "Kanagaratnam", "Abi", "Year 1"),
    _p("Savio", "Pereira", "", "Year 1"),
    _p("Zarlasht", "Hakimi", "", "Year 1", "no"),
    _p("Arjan", "Bains", "", "Year 1"),
    # Year 2 (Ravi)
    _p("Simran", "Kaur", "", "Year 2"),
    _p("Nasra", "Hassan", "", "Year 2"),
    _p("Zakariye", "Abdi", "Zak", "Year 2"),
    _p("Kacper", "Wróbel", "", "Year 2"),
    _p("Sahana", "Jeyakumar", "", "Year 2"),
    _p("Alisha", "D'Souza", "", "Year 2"),
    _p("Wahid", "Sultani", "", "Year 2"),
    _p("Noor", "Sandhu", "", "Year 2"),
    # Year 3 (Jubba)
    _p("Gobind", "Singh", "", "Year 3"),
    _p("Ilhan", "Warsame", "", "Year 3"),
    _p("Faith", "Rodrigues", "", "Year 3"),
    _p("Maja", "Kaczmarek", "", "Year 3"),
    _p("Thanushan", "Tharmalingam", "Thanu", "Year 3"),
    _p("Parwana", "Ahmadi", "", "Year 3", "no"),
    _p("Manveer", "Grewal", "", "Year 3"),
    _p("Idris", "Mohamud", "", "Year 3"),
    # Year 4 (Kaveri)
    _p("Jaskaran", "Sandhu", "Jas", "Year 4"),
    _p("Sagal", "Abdullahi", "", "Year 4"),
    _p("Farhad", "Karimi", "", "Year 4", "no"),
    _p("Wojciech", "Lewandowski", "Wojtek", "Year 4"),
    _p("Mathuja", "Sivakumar", "", "Year 4"),
    _p("Keira", "Colaco", "", "Year 4"),
    _p("Tegbir", "Johal", "Teg", "Year 4"),
    _p("Rahma", "Ali", "", "Year 4"),
    # Year 5 (Mandovi)
    _p("Amrit", "Dhillon", "", "Year 5"),
    _p("Khadar", "Yusuf", "", "Year 5"),
    _p("Ahmad Shah", "Popal", "", "Year 5"),
    _p("Szymon", "Nowicki", "", "Year 5"),
    _p("Aran", "Kanagaratnam", "", "Year 5"),
    _p("Joel", "D'Souza", "", "Year 5"),
    _p("Kirandeep", "Gill", "Kiran", "Year 5"),
    # Year 6 (Vistula)
    _p("Sukhmani", "Grewal", "", "Year 6"),
    _p("Hodan", "Farah", "", "Year 6"),
    _p("Merhawi", "Tesfay", "", "Year 6", "no"),
    _p("Kinga", "Lewandowska", "", "Year 6"),
    _p("Vithushan", "Jeyakumar", "Vithu", "Year 6"),
    _p("Rohan", "Fernandes", "", "Year 6"),
    _p("Zahra", "Sultani", "", "Year 6"),
    _p("Mehtab", "Randhawa", "", "Year 6"),
]

STAFF = [
    ("Mrs", "Rupinder", "Grewal", "Headteacher", "yes"),
    ("Mr", "Desmond", "Pereira", "Deputy Headteacher", "yes"),
    ("Ms", "Joanne", "Pike", "SENCo", "yes"),
    ("Mr", "Abdirahman", "Warsame", "Learning Mentor and Somali Community Link", "yes"),
    ("Mrs", "Fatima", "Noori", "Family Support Worker", "no"),
    ("Miss", "Kasia", "Nowicka", "EAL Lead", "yes"),
    ("Mr", "Sandeep", "Gill", "PE Lead", "yes"),
    ("Miss", "Amrit", "Chahal", "Nursery Teacher", "yes"),
    ("Mrs", "Lorraine", "Baptiste", "School Business Manager", "yes"),
    ("Mr", "Tom", "Hennessy", "Year 6 Teacher", "yes"),
    ("Ms", "Leticia", "Fernandes", "Year 1 Teacher", "yes"),
    ("Mrs", "Selvi", "Thambirajah", "Year 4 Teacher", "yes"),
    ("Miss", "Sophie", "Marsh", "Reception Teacher", "yes"),
    ("Mr", "Kamran", "Qureshi", "Year 5 Teacher", "no"),
    ("Mrs", "Halima", "Yusuf", "Year 2 Teacher", "yes"),
    ("Mr", "Ewan", "Gallagher", "Year 3 Teacher", "yes"),
]

SCHOOL = {
    "name": "Havelock Green Primary School",
    "address": "Merrow Way, Southall",
    "postcode": "UB14 3HG",
    "phone": "020 7946 0318",
    "email": "office@havelockgreen.example.org",
    "website": "www.havelockgreen.example.org",
}
