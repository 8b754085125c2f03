"""Register, staff and school for set 104 (Clarence Sands Primary, West End, Morecambe)."""
import sys
from pathlib import Path

SCHOOL = {
    "name": "Clarence Sands Primary School",
    "address": "Gerrard Street, West End, Morecambe, Lancashire",
    "postcode": "LA49 7WE",
    "phone": "01632 960418",
    "email": "office@clarencesands.example.org",
    "website": "www.clarencesands.example.org",
}

CLASSES = {
    "Reception": "Knot", "Year 1": "Dunlin", "Year 2": "Curlew", "Year 3": "Redshank",
    "Year 4": "Eider", "Year 5": "Oystercatcher", "Year 6": "Cormorant",
}

# forename, surname, preferred, year, LA of first allocation, year allocated
PUPILS = [
    ("Storm", "Pickering", "", "Reception", "890", "21"),
    ("Zofia", "Wiśniewska", "", "Reception", "888", "21"),
    ("Jaxon", "Heaton", "", "Reception", "888", "21"),
    ("Hope", "Atkinson", "", "Reception", "888", "21"),
    ("Yuxin", "Chen", "", "Reception", "888", "21"),
    ("Darius", "Munteanu", "", "Reception", "888", "22"),
    ("Lacey-Mae", "Grange", "", "Reception", "888", "21"),
    ("Alfie", "Dobson", "", "Reception", "888", "21"),
    ("Oliwier", "Kowalczyk", "", "Year 1", "888", "20"),
    ("Skye", "Rimmer", "", "Year 1", "888", "20"),
    ("Ernie", "Walsh", "", "Year 1", "888", "20"),
    ("Ștefania", "Ionescu", "Stefi", "Year 1", "888", "21"),
    ("Tyler", "Stone", "", "Year 1", "888", "20"),
    ("Ruby", "Marsden", "", "Year 1", "888", "20"),
    ("Junhao", "Lin", "Kevin", "Year 1", "888", "20"),
    ("Maja", "Nowak", "", "Year 1", "888", "20"),
    ("Summer", "Bradshaw", "", "Year 2", "888", "19"),
    ("Kacper", "Zieliński", "", "Year 2", "888", "19"),
    ("Mason", "Heaton", "", "Year 2", "888", "19"),
    ("Ioana", "Popa", "", "Year 2", "888", "22"),
    ("Leighton", "Fairclough", "", "Year 2", "355", "19"),
    ("Poppy", "Winter", "", "Year 2", "888", "19"),
    ("Haoran", "Wong", "Henry", "Year 2", "888", "19"),
    ("Bailey", "Morris", "", "Year 2", "890", "19"),
    ("Rareș", "Dumitrescu", "", "Year 2", "888", "23"),
    ("Kai", "Sharples", "", "Year 3", "888", "18"),
    ("Grace", "Thornber", "", "Year 3", "888", "18"),
    ("Wiktoria", "Kowalczyk", "", "Year 3", "888", "18"),
    ("Eric", "Bartlett", "", "Year 3", "888", "18"),
    ("Mădălina", "Stan", "Mada", "Year 3", "888", "22"),
    ("Tia-Rose", "McAllister", "", "Year 3", "341", "18"),
    ("Ming", "Zhao", "", "Year 3", "888", "18"),
    ("William", "Kent", "Will", "Year 3", "888", "18"),
    ("Lena", "Sobczak", "", "Year 3", "888", "19"),
    ("Brooke", "Lancaster", "", "Year 4", "888", "17"),
    ("Szymon", "Wójcik", "", "Year 4", "888", "17"),
    ("Andrei", "Munteanu", "", "Year 4", "888", "22"),
    ("Faith", "O'Hara", "", "Year 4", "888", "17"),
    ("Harley", "Platt", "", "Year 4", "888", "17"),
    ("Jiayi", "Huang", "Jenny", "Year 4", "888", "17"),
    ("Kayden", "Ashworth", "", "Year 4", "380", "17"),
    ("Amelia-Jane", "Birch", "", "Year 4", "888", "17"),
    ("Florin", "Rusu", "", "Year 4", "888", "21"),
    ("Jack", "Tomlinson", "", "Year 5", "888", "16"),
    ("Natalia", "Krawczyk", "", "Year 5", "888", "16"),
    ("Yangyang", "Lin", "Sunny", "Year 5", "888", "16"),
    ("Paige", "Heysham", "", "Year 5", "888", "16"),
    ("Bianca", "Ionescu", "", "Year 5", "888", "21"),
    ("Riley", "Fairclough", "", "Year 5", "355", "16"),
    ("Keeley", "Drinkall", "", "Year 5", "890", "16"),
    ("Tomasz", "Mazur", "Tomek", "Year 5", "888", "18"),
    ("Marley", "Duckworth", "", "Year 5", "888", "16"),
    ("Ellis", "Whiteside", "", "Year 6", "888", "15"),
    ("Daisy", "Thwaites", "", "Year 6", "888", "15"),
    ("Zuzanna", "Lewandowska", "", "Year 6", "888", "17"),
    ("Ka Yan", "Cheung", "Chloe", "Year 6", "888", "15"),
    ("Connor", "Birkett", "", "Year 6", "888", "15"),
    ("Alexandru", "Popa", "Alex", "Year 6", "888", "22"),
    ("Autumn", "Fishwick", "", "Year 6", "888", "15"),
    ("Cody", "Marsden", "", "Year 6", "888", "15"),
]

# consent overrides: (social, website, press, name_with_photo, biometric)
NO_SOCIAL = {"Kayden Ashworth", "Tia-Rose McAllister"}
NO_PRESS = {"Leighton Fairclough", "Riley Fairclough", "Tia-Rose McAllister", "Kayden Ashworth",
            "Storm Pickering", "Keeley Drinkall", "Bailey Morris", "Darius Munteanu", "Andrei Munteanu",
            "Ioana Popa", "Alexandru Popa", "Florin Rusu", "Yuxin Chen", "Ming Zhao", "Jiayi Huang",
            "Haoran Wong", "Ka Yan Cheung", "Rareș Dumitrescu", "Mădălina Stan", "Zuzanna Lewandowska",
            "Natalia Krawczyk", "Lena Sobczak", "Maja Nowak", "Kacper Zieliński"}
NAME_WITH_PHOTO_YES = {"Zofia Wiśniewska", "Natalia Krawczyk", "Szymon Wójcik", "Daisy Thwaites",
                       "Amelia-Jane Birch", "Lena Sobczak", "Connor Birkett"}
NO_BIOMETRIC = {"Leighton Fairclough", "Riley Fairclough", "Tia-Rose McAllister", "Kayden Ashworth",
                "Ming Zhao", "Haoran Wong", "Bailey Morris", "Keeley Drinkall", "Florin Rusu",
                "Rareș Dumitrescu", "Paige Heysham"}

STAFF = [
    ("Mrs", "Carol", "Heaton", "Headteacher and Designated Safeguarding Lead", "yes"),
    ("Mr", "Neil", "Fenwick", "Deputy Headteacher and Year 6 teacher", "yes"),
    ("Miss", "Sophie", "Ward", "Reception teacher (Knot)", "yes"),
    ("Mrs", "Kath", "Hindle", "Year 1 teacher (Dunlin)", "yes"),
    ("Mr", "Tom", "Mercer", "Year 2 teacher (Curlew)", "yes"),
    ("Miss", "Jess", "Cowperthwaite", "Year 3 teacher (Redshank)", "yes"),
    ("Mrs", "Lorraine", "Ogden", "Year 4 teacher (Eider)", "no"),
    ("Mr", "Kieran", "Doyle", "Year 5 teacher (Oystercatcher)", "yes"),
    ("Mrs", "Dawn", "Pilling", "SENCo", "yes"),
    ("Mrs", "Agnieszka", "Nowak", "EAL teaching assistant (Polish)", "yes"),
    ("Miss", "Ioana", "Vasile", "EAL teaching assistant (Romanian)", "yes"),
    ("Mr", "David", "Chen", "Teaching assistant", "yes"),
    ("Mrs", "Bev", "Wilding", "Family Support Worker", "yes"),
    ("Mr", "Stuart", "Hesketh", "Site Manager", "no"),
]

ESTAB = "2417"


def upns():
    here = Path(__file__).resolve().parent
    sys.path.insert(0, "/work/main")
    from clearpost.register.upn import check_letter
    out = {}
    for n, (fn, sn, pref, yr, la, y) in enumerate(PUPILS, 101):
        body = f"{la}{ESTAB}{y}{n}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out
