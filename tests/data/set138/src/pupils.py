"""Register of Lordship Vale Community Primary School (fictional), Tottenham, for set 138.

Pupils: (forename, surname, preferred, year, entry_year, social_media, website, press,
name_with_photo, biometric). UPN = check letter + 888 + 4127 (fictional) + entry year + serial.
"""

SCHOOL = {
    "name": "Lordship Vale Community Primary School",
    "address": "Garnet Lea Road, Tottenham, London",
    "postcode": "N25 6QT",
    "phone": "020 7946 0318",
    "email": "office@lordshipvale.example.org",
    "website": "www.lordshipvale.example.org",
}

LA = "888"
ESTAB = "4127"

CLASSES = {
    "Reception": "Seacole",
    "Year 1": "Tull",
    "Year 2": "Anning",
    "Year 3": "Kahlo",
    "Year 4": "Mandela",
    "Year 5": "Lovelace",
    "Year 6": "Attenborough",
}

Y, N = "yes", "no"

# forename, surname, preferred, year group, entry year, sm, web, press, name+photo, biometric
PUPILS = [
    # Reception (Seacole)
    ("Ada", "Yılmaz", "", "Reception", "25", Y, Y, Y, N, Y),
    ("Newroz", "Ekinci", "", "Reception", "25", Y, Y, N, N, Y),
    ("Sagal", "Hassan", "", "Reception", "25", Y, Y, N, N, N),
    ("Kojo", "Mensah", "", "Reception", "25", Y, Y, Y, N, Y),
    ("Can", "Aydın", "", "Reception", "25", Y, Y, N, N, Y),
    ("Nana Ama", "Boateng", "Nana", "Reception", "25", Y, Y, Y, N, Y),
    ("Idil", "Warsame", "", "Reception", "25", N, N, N, N, N),
    ("Lily-Rose", "Carter", "", "Reception", "25", Y, Y, Y, Y, Y),
    # Year 1 (Tull)
    ("Umut", "Kaplan", "", "Year 1", "24", Y, Y, Y, N, Y),
    ("Zeynep", "Şahin", "", "Year 1", "24", Y, Y, N, N, Y),
    ("Abdirahman", "Jama", "Abdi", "Year 1", "24", Y, Y, N, N, N),
    ("Ikran", "Abdi", "", "Year 1", "24", Y, Y, Y, N, Y),
    ("Kwabena", "Asante", "Kobby", "Year 1", "24", Y, Y, Y, N, Y),
    ("Mercy", "Osei", "", "Year 1", "24", Y, Y, Y, N, Y),
    ("Berfin", "Tekin", "", "Year 1", "24", Y, Y, N, N, N),
    ("Tyrese", "Kane", "", "Year 1", "24", Y, Y, Y, N, Y),
    ("Defne", "Kurt", "", "Year 1", "24", Y, Y, Y, N, Y),
    # Year 2 (Anning)
    ("Deniz", "Demir", "", "Year 2", "23", Y, Y, Y, N, Y),
    ("Hamza", "Ali", "", "Year 2", "23", Y, Y, N, N, Y),
    ("Akosua", "Darko", "", "Year 2", "23", Y, Y, Y, N, Y),
    ("Baran", "Doğan", "", "Year 2", "23", Y, Y, N, N, Y),
    ("Precious", "Amoah", "", "Year 2", "23", Y, Y, Y, N, Y),
    ("Ayşe", "Güler", "", "Year 2", "23", Y, Y, Y, N, N),
    ("Liban", "Omar", "", "Year 2", "24", N, N, N, N, N),
    ("Kacper", "Nowicki", "", "Year 2", "23", Y, Y, Y, Y, Y),
    # Year 3 (Kahlo)
    ("Heval", "Ateş", "", "Year 3", "22", Y, Y, N, N, Y),
    ("Emre", "Yıldız", "", "Year 3", "22", Y, Y, Y, N, Y),
    ("Najma", "Farah", "", "Year 3", "22", Y, Y, N, N, Y),
    ("Esi", "Annan", "", "Year 3", "22", Y, Y, Y, N, Y),
    ("Emmanuel", "Badu", "Manny", "Year 3", "22", Y, Y, Y, N, Y),
    ("Jiyan", "Kaya", "", "Year 3", "23", Y, Y, N, N, Y),
    ("Aslan", "Polat", "", "Year 3", "22", Y, Y, Y, N, Y),
    ("Hodan", "Nur", "", "Year 3", "22", Y, Y, N, Y, N),
    ("Ruby", "Murphy", "", "Year 3", "22", Y, Y, Y, Y, Y),
    # Year 4 (Mandela)
    ("Mustafa", "Arslan", "Musti", "Year 4", "21", Y, Y, Y, N, Y),
    ("Rojda", "Ekinci", "", "Year 4", "21", Y, Y, N, N, Y),
    ("Ayaan", "Mohamud", "", "Year 4", "21", Y, Y, Y, N, Y),
    ("Kwame", "Owusu", "", "Year 4", "21", Y, Y, Y, N, Y),
    ("Patience", "Agyeman", "", "Year 4", "21", Y, Y, Y, N, Y),
    ("Yusuf", "Kaya", "", "Year 4", "21", Y, Y, N, N, Y),
    ("Sahra", "Hassan", "", "Year 4", "22", Y, Y, N, N, N),
    ("Jayden", "King", "", "Year 4", "21", Y, Y, Y, N, Y),
    # Year 5 (Lovelace)
    ("Rojin", "Baran", "", "Year 5", "20", Y, Y, N, N, Y),
    ("Elif", "Çelik", "", "Year 5", "20", Y, Y, Y, N, Y),
    ("Mohamed", "Aden", "Mo", "Year 5", "20", Y, Y, Y, N, Y),
    ("Blessing", "Ofori", "", "Year 5", "20", Y, Y, Y, N, Y),
    ("Godfred", "Appiah", "Fred", "Year 5", "20", Y, Y, Y, N, Y),
    ("Zilan", "Doğan", "", "Year 5", "20", N, N, N, N, N),
    ("Istahil", "Warsame", "", "Year 5", "21", Y, Y, N, N, Y),
    ("Alexandru", "Popescu", "Alex", "Year 5", "20", Y, Y, Y, N, Y),
    ("Prince", "Quaye", "", "Year 5", "20", Y, Y, Y, N, Y),
    # Year 6 (Attenborough)
    ("Serhat", "Tekin", "", "Year 6", "19", Y, Y, N, N, Y),
    ("Zehra", "Koç", "", "Year 6", "19", Y, Y, Y, Y, Y),
    ("Abdullahi", "Jama", "", "Year 6", "19", Y, Y, N, N, Y),
    ("Ama", "Sarpong", "", "Year 6", "19", Y, Y, Y, N, Y),
    ("Comfort", "Addo", "", "Year 6", "19", Y, Y, Y, N, Y),
    ("Kerem", "Öztürk", "", "Year 6", "19", Y, Y, Y, Y, Y),
    ("Ilhan", "Guled", "", "Year 6", "20", N, N, N, N, N),
    ("Marcus", "Bailey", "", "Year 6", "19", Y, Y, Y, N, Y),
    ("Selin", "Aksoy", "", "Year 6", "19", Y, Y, Y, Y, Y),
]

STAFF = [
    ("Ms", "Nicola", "Brennan", "Headteacher and Designated Safeguarding Lead", "yes"),
    ("Mr", "Kemal", "Demir", "Deputy Headteacher and Year 6 teacher", "yes"),
    ("Ms", "Abena", "Owusu", "SENCo", "yes"),
    ("Mr", "Yusuf", "Hassan", "Learning Mentor", "yes"),
    ("Mrs", "Mercy", "Appiah", "Teaching Assistant, Reception", "yes"),
    ("Miss", "Leyla", "Aslan", "Year 3 teacher", "yes"),
    ("Mr", "Daniel", "Okafor", "Year 5 teacher", "no"),
    ("Mrs", "Sarah", "Whitfield", "Year 1 teacher", "yes"),
    ("Mr", "Tom", "Gallagher", "PE Lead", "yes"),
    ("Ms", "Dilan", "Kaplan", "EAL and Family Liaison", "yes"),
    ("Mrs", "Hibaaq", "Ahmed", "Family Support Worker", "no"),
    ("Miss", "Chloe", "Patterson", "Reception teacher", "yes"),
    ("Mr", "Kwesi", "Ansah", "Year 2 teacher", "yes"),
    ("Mrs", "Gül", "Arslan", "Office Manager", "yes"),
    ("Ms", "Hannah", "Price", "Year 4 teacher", "yes"),
    ("Mr", "Patrick", "Doyle", "Site Manager", "yes"),
]
