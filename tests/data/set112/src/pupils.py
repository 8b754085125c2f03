"""Register, staff and school for set 112 (Tredworth Brook Primary School, Gloucester)."""
import sys

sys.path_importer_cache.clear()

SCHOOL = {
    "name": "Tredworth Brook Primary School",
    "address": "Sandfield Walk, Tredworth, Gloucester",
    "postcode": "GL79 3QT",
    "phone": "01632 960418",
    "email": "office@tredworthbrook.example.org",
    "website": "https://www.tredworthbrook.example.org",
}

CLASSES = {"Reception": "Robins", "Year 1": "Wrens", "Year 2": "Kingfishers", "Year 3": "Swifts",
           "Year 4": "Kestrels", "Year 5": "Herons", "Year 6": "Falcons"}

# forename, surname, preferred, year, LA, alloc year, social, website, press, name_with_photo, biometric
P = [
    ("Inaaya", "Patel", "", "Reception", "916", "26", "yes", "yes", "no", "no", "yes"),
    ("Musa", "Bhayat", "", "Reception", "916", "26", "yes", "yes", "yes", "no", "yes"),
    ("Hibaaq", "Jama", "", "Reception", "916", "26", "yes", "yes", "no", "no", "no"),
    ("Jakub", "Nowak", "Kuba", "Reception", "916", "26", "yes", "yes", "yes", "no", "yes"),
    ("Nikola", "Gažiová", "", "Reception", "916", "26", "yes", "no", "no", "no", "no"),
    ("Marley", "Grant", "", "Reception", "916", "26", "yes", "yes", "yes", "no", "yes"),
    ("Poppy", "Matson", "", "Reception", "916", "26", "yes", "yes", "yes", "no", "yes"),
    ("Honey", "Cooper", "", "Reception", "916", "26", "yes", "yes", "no", "no", "yes"),
    ("Zakariyya", "Limbada", "Zak", "Reception", "916", "26", "yes", "yes", "no", "no", "yes"),
    ("Maryam", "Motala", "", "Year 1", "916", "25", "yes", "yes", "no", "no", "yes"),
    ("Yusuf", "Patel", "", "Year 1", "916", "25", "yes", "yes", "yes", "no", "yes"),
    ("Ayaan", "Warsame", "", "Year 1", "330", "25", "yes", "yes", "no", "no", "yes"),
    ("Oliwia", "Wójcik", "", "Year 1", "916", "25", "yes", "yes", "yes", "no", "yes"),
    ("Denis", "Horváth", "", "Year 1", "916", "25", "yes", "yes", "no", "no", "no"),
    ("Kingston", "Reid", "", "Year 1", "916", "25", "yes", "yes", "yes", "no", "yes"),
    ("Brooke", "Severn", "", "Year 1", "916", "25", "yes", "yes", "yes", "no", "yes"),
    ("Alfie", "Barton", "", "Year 1", "916", "25", "yes", "yes", "yes", "no", "yes"),
    ("Safa", "Mayet", "", "Year 1", "916", "25", "yes", "yes", "no", "yes", "yes"),
    ("Hamza", "Lorgat", "", "Year 2", "916", "24", "yes", "yes", "yes", "no", "yes"),
    ("Khadija", "Valli", "", "Year 2", "916", "24", "yes", "yes", "no", "no", "yes"),
    ("Deeqa", "Nur", "", "Year 2", "801", "24", "yes", "yes", "no", "no", "yes"),
    ("Abdirahman", "Yusuf", "Abdi", "Year 2", "916", "24", "yes", "yes", "no", "no", "yes"),
    ("Szymon", "Zieliński", "", "Year 2", "916", "24", "yes", "yes", "yes", "no", "yes"),
    ("Patrik", "Lakatoš", "", "Year 2", "916", "25", "no", "no", "no", "no", "no"),
    ("Tianna", "Campbell", "", "Year 2", "916", "24", "yes", "yes", "yes", "no", "yes"),
    ("Skye", "Dean", "", "Year 2", "916", "24", "yes", "yes", "yes", "no", "yes"),
    ("Reggie", "Hale", "", "Year 2", "916", "24", "yes", "yes", "yes", "no", "yes"),
    ("Idris", "Sidat", "", "Year 3", "916", "23", "yes", "yes", "no", "no", "yes"),
    ("Iman", "Kadodia", "", "Year 3", "916", "23", "yes", "yes", "no", "no", "yes"),
    ("Ilhan", "Farah", "", "Year 3", "330", "23", "yes", "yes", "yes", "no", "yes"),
    ("Sagal", "Omar", "", "Year 3", "916", "23", "yes", "yes", "no", "no", "no"),
    ("Franciszek", "Mazur", "Franek", "Year 3", "916", "24", "yes", "yes", "yes", "no", "yes"),
    ("Kristián", "Baláž", "", "Year 3", "916", "25", "yes", "no", "no", "no", "no"),
    ("Jahmari", "Forbes", "", "Year 3", "916", "23", "yes", "yes", "yes", "no", "yes"),
    ("Paige", "Tindall", "", "Year 3", "916", "23", "yes", "yes", "yes", "no", "yes"),
    ("Harley", "Cotton", "", "Year 3", "916", "23", "yes", "yes", "yes", "yes", "yes"),
    ("Zaynab", "Dadabhai", "", "Year 4", "916", "22", "yes", "yes", "no", "no", "yes"),
    ("Ibrahim", "Bham", "", "Year 4", "916", "22", "yes", "yes", "yes", "no", "yes"),
    ("Hodan", "Abdi", "", "Year 4", "801", "22", "yes", "yes", "no", "no", "yes"),
    ("Vanesa", "Horváthová", "", "Year 4", "916", "24", "yes", "yes", "no", "no", "no"),
    ("Maja", "Lewandowska", "", "Year 4", "916", "23", "yes", "yes", "yes", "no", "yes"),
    ("Justice", "Morgan", "", "Year 4", "916", "22", "yes", "yes", "yes", "no", "yes"),
    ("Kai", "Stroud", "", "Year 4", "916", "22", "yes", "yes", "yes", "no", "yes"),
    ("Ellie-Mai", "Bishop", "", "Year 4", "916", "22", "yes", "yes", "yes", "no", "yes"),
    ("Zuzanna", "Zielińska", "Zuza", "Year 5", "916", "21", "yes", "yes", "yes", "no", "yes"),
    ("Antoni", "Kowalczyk", "", "Year 5", "916", "23", "yes", "yes", "yes", "yes", "yes"),
    ("Hafsa", "Limbada", "", "Year 5", "916", "21", "yes", "yes", "no", "no", "yes"),
    ("Muhammad", "Ravat", "", "Year 5", "916", "21", "yes", "yes", "no", "no", "yes"),
    ("Nasra", "Hassan", "", "Year 5", "916", "21", "yes", "yes", "no", "yes", "yes"),
    ("Dominik", "Oláh", "", "Year 5", "916", "23", "yes", "yes", "no", "no", "no"),
    ("Shanice", "Gayle", "", "Year 5", "916", "21", "yes", "yes", "yes", "no", "yes"),
    ("Tyler", "Hempsted", "", "Year 5", "916", "21", "no", "no", "no", "no", "no"),
    ("Noor", "Bhana", "", "Year 5", "916", "21", "yes", "yes", "no", "no", "yes"),
    ("Ayesha", "Mulla", "", "Year 6", "916", "20", "yes", "yes", "no", "no", "yes"),
    ("Luqman", "Vania", "", "Year 6", "916", "20", "yes", "yes", "no", "yes", "yes"),
    ("Khadar", "Ali", "", "Year 6", "330", "20", "yes", "yes", "yes", "no", "yes"),
    ("Ifrah", "Osman", "", "Year 6", "916", "20", "yes", "yes", "no", "no", "yes"),
    ("Kacper", "Nowak", "", "Year 6", "916", "22", "yes", "yes", "yes", "no", "yes"),
    ("Samuel", "Červeňák", "Samko", "Year 6", "916", "24", "yes", "yes", "no", "no", "no"),
    ("Jaheim", "Campbell", "", "Year 6", "916", "20", "yes", "yes", "yes", "no", "yes"),
    ("Lexi", "Matson", "", "Year 6", "916", "20", "yes", "yes", "yes", "no", "yes"),
    ("Faith", "Hale", "", "Year 6", "916", "20", "yes", "yes", "yes", "no", "yes"),
]

STAFF = [
    ("TB01", "Mrs", "Shabnam", "Patel", "Headteacher", "yes", "yes"),
    ("TB02", "Mr", "Gareth", "Pritchard", "Deputy Headteacher and DSL", "yes", "yes"),
    ("TB03", "Miss", "Charlotte", "Campbell", "Year 2 teacher", "yes", "yes"),
    ("TB04", "Mrs", "Renáta", "Horváthová", "Roma community teaching assistant", "yes", "no"),
    ("TB05", "Mr", "Abdikarim", "Farah", "Somali bilingual family support worker", "yes", "yes"),
    ("TB06", "Mrs", "Agnieszka", "Mazur", "EAL teaching assistant (Polish)", "yes", "yes"),
    ("TB07", "Mr", "Daniel", "Cooper", "Year 6 teacher and PE lead", "yes", "yes"),
    ("TB08", "Ms", "Jodie", "Barnes", "Reception teacher and EYFS lead", "yes", "yes"),
    ("TB09", "Mr", "Sam", "Whitfield", "Year 5 teacher", "yes", "yes"),
    ("TB10", "Mrs", "Hasina", "Mulla", "SENCo", "yes", "yes"),
    ("TB11", "Miss", "Kayleigh", "Dean", "Year 1 teacher", "yes", "yes"),
    ("TB12", "Mrs", "Bernadette", "Forbes", "Year 4 teacher", "yes", "yes"),
    ("TB13", "Mr", "Lewis", "Grant", "Site manager", "no", "no"),
    ("TB14", "Mrs", "Yasmin", "Bhayat", "Office manager", "yes", "yes"),
    ("TB15", "Miss", "Sophie", "Hook", "Year 3 teacher", "yes", "yes"),
]

ESTABLISHMENT = "2417"


def upns():
    from clearpost.register.upn import check_letter
    out = {}
    for i, p in enumerate(P):
        body = f"{p[4]}{ESTABLISHMENT}{p[5]}{101 + i:03d}"
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out
