"""Register for set 102: Baptist Mills Academy, Easton, Bristol (11-16, fictional).

Pupils: (forename, surname, preferred, year, consent_social_media, consent_website,
consent_press, biometric, upn_year). consent_name_with_photo is set by build.py: `yes` only
for pupils in NAME_WITH_PHOTO_YES, and check.py asserts none of them is named in a photo post.
"""

SCHOOL = {
    "name": "Baptist Mills Academy",
    "address": "Mill Leat Road, Easton, Bristol",
    "postcode": "BS57 3QE",
    "phone": "0117 496 0732",
    "email": "office@baptistmills.example.org",
    "website": "https://www.baptistmills.example.org",
}

# Tutor groups per year, named after Bristol rivers.
CLASSES = {7: "7 Frome", 8: "8 Malago", 9: "9 Avon", 10: "10 Trym", 11: "11 Severn"}
UPN_YEAR = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14"}
LA, ESTAB = "801", "4127"

P = [
    # Year 7
    ("Hodan", "Warsame", "", 7, "yes", "yes", "yes", "yes", None),
    ("Kacper", "Wójcik", "", 7, "yes", "yes", "no", "yes", None),
    ("Precious", "Campbell", "", 7, "yes", "yes", "yes", "yes", None),
    ("Zain", "Hussain", "", 7, "yes", "yes", "no", "yes", None),
    ("Summer", "Hill", "", 7, "yes", "yes", "yes", "no", None),
    ("Liban", "Jama", "", 7, "yes", "no", "no", "yes", None),
    ("Alfie", "Vowles", "", 7, "yes", "yes", "yes", "yes", None),
    ("Reem", "Babiker", "", 7, "yes", "yes", "no", "yes", None),
    ("Zuzanna", "Mazur", "Zuza", 7, "yes", "yes", "yes", "yes", None),
    ("Kemar", "Bolt", "", 7, "yes", "yes", "yes", "yes", None),
    ("Aleena", "Shah", "", 7, "yes", "yes", "no", "no", None),
    ("Mason", "Tucker", "", 7, "no", "no", "no", "no", None),
    # Year 8
    ("Abdirahman", "Yusuf", "Abdi", 8, "yes", "yes", "yes", "yes", None),
    ("Oliwia", "Kamińska", "", 8, "yes", "yes", "no", "yes", None),
    ("Jahmai", "Reid", "", 8, "yes", "yes", "yes", "yes", None),
    ("Maryam", "Iqbal", "", 8, "yes", "yes", "no", "no", None),
    ("Tyler", "Gane", "", 8, "yes", "yes", "yes", "yes", None),
    ("Sagal", "Aden", "", 8, "yes", "yes", "no", "yes", None),
    ("Musab", "Idris", "", 8, "yes", "no", "no", "yes", None),
    ("Destiny", "Francis", "", 8, "yes", "yes", "yes", "yes", None),
    ("Hamza", "Rashid", "", 8, "yes", "yes", "no", "yes", None),
    ("Liberty", "Pike", "", 8, "yes", "yes", "yes", "yes", None),
    ("Jakub", "Nowak", "Kuba", 8, "yes", "yes", "no", "yes", None),
    ("Nasra", "Hersi", "", 8, "yes", "yes", "no", "no", None),
    # Year 9
    ("Ayaan", "Guled", "", 9, "yes", "yes", "no", "yes", None),
    ("Tyrese", "Samuels", "", 9, "yes", "yes", "yes", "yes", None),
    ("Iman", "Hussain", "", 9, "yes", "yes", "no", "yes", None),
    ("Szymon", "Lewandowski", "", 9, "yes", "yes", "yes", "yes", None),
    ("Callum", "Ashton", "", 9, "yes", "yes", "yes", "yes", None),
    ("Tasneem", "Osman", "", 9, "yes", "yes", "no", "yes", "22"),
    ("Brooke", "Clifton", "", 9, "yes", "yes", "yes", "no", None),
    ("Hamse", "Nur", "", 9, "yes", "yes", "no", "yes", None),
    ("Nia", "Marley", "", 9, "yes", "yes", "yes", "yes", None),
    ("Bilal", "Mahmood", "", 9, "yes", "yes", "no", "yes", None),
    ("Łukasz", "Dąbrowski", "", 9, "yes", "yes", "yes", "yes", None),
    ("Paige", "Lovell", "", 9, "yes", "yes", "yes", "yes", None),
    # Year 10
    ("Khadar", "Farah", "", 10, "yes", "yes", "yes", "yes", None),
    ("Shanice", "Brown", "", 10, "yes", "yes", "yes", "yes", None),
    ("Wiktoria", "Nowak", "", 10, "yes", "yes", "no", "yes", None),
    ("Harvey", "Cabot", "", 10, "yes", "yes", "yes", "no", None),
    ("Mazin", "Abdelrahman", "", 10, "yes", "no", "no", "no", "24"),
    ("Iqra", "Akhtar", "", 10, "yes", "yes", "no", "yes", None),
    ("Ikran", "Warsame", "", 10, "yes", "yes", "no", "yes", None),
    ("Rushane", "Thompson", "", 10, "yes", "yes", "yes", "yes", None),
    ("Kai", "Pople", "", 10, "yes", "yes", "no", "yes", None),
    ("Amna", "Ibrahim", "", 10, "yes", "yes", "no", "yes", "21"),
    ("Bartosz", "Zieliński", "Bartek", 10, "yes", "yes", "yes", "yes", None),
    ("Faizan", "Khan", "", 10, "yes", "yes", "yes", "yes", None),
    # Year 11
    ("Abubakar", "Mustafa", "", 11, "yes", "no", "no", "no", "24"),
    ("Marcus", "Grant", "", 11, "yes", "yes", "yes", "yes", None),
    ("Fartun", "Hassan", "", 11, "yes", "yes", "no", "yes", None),
    ("Ellie", "Bishop", "", 11, "yes", "yes", "yes", "yes", None),
    ("Hiba", "Elamin", "", 11, "yes", "yes", "no", "yes", "20"),
    ("Jada", "Gayle", "", 11, "yes", "yes", "yes", "yes", None),
    ("Mohamed", "Ali", "Mo", 11, "yes", "yes", "yes", "yes", None),
    ("Małgorzata", "Wiśniewska", "Gosia", 11, "yes", "yes", "no", "yes", None),
    ("Haris", "Mahmood", "", 11, "yes", "yes", "no", "yes", None),
    ("Lacey-Mae", "Vowles", "", 11, "no", "no", "no", "no", None),
    ("Omer", "Hamid", "", 11, "yes", "no", "no", "no", "25"),
    ("Blessing", "Henry", "", 11, "yes", "yes", "yes", "yes", None),
]

# consent_name_with_photo = yes (check.py asserts none is named in a photo post)
NAME_WITH_PHOTO_YES = {"Reem Babiker", "Paige Lovell",
                       "Ikran Warsame", "Haris Mahmood", "Aleena Shah"}

STAFF = [
    ("BMA01", "Mrs", "Joanne", "Pople", "Headteacher", "yes", "yes"),
    ("BMA02", "Mr", "Femi", "Adeyemi", "Deputy Headteacher", "yes", "no"),
    ("BMA03", "Ms", "Hibo", "Farah", "EAL and Family Liaison Lead", "yes", "yes"),
    ("BMA04", "Mr", "Dean", "Ashton", "Head of PE", "yes", "yes"),
    ("BMA05", "Miss", "Kasia", "Nowak", "Teacher of Maths", "yes", "no"),
    ("BMA06", "Mr", "Imran", "Akhtar", "SENCo and Lead of The Harbour", "yes", "yes"),
    ("BMA07", "Ms", "Claire", "Vowles", "Designated Safeguarding Lead", "no", "no"),
    ("BMA08", "Mr", "Marcus", "Lindo", "Head of Year 9 and Music", "yes", "yes"),
    ("BMA09", "Mrs", "Sadia", "Iqbal", "Teacher of Science", "yes", "yes"),
    ("BMA10", "Mr", "Tom", "Hill", "Teacher of English", "yes", "no"),
    ("BMA11", "Ms", "Grace", "Osei", "Teacher of Art", "yes", "yes"),
    ("BMA12", "Mr", "Gareth", "Lovell", "Teacher of Geography", "yes", "no"),
    ("BMA13", "Mrs", "Bernadette", "Keane", "Attendance Officer", "no", "no"),
    ("BMA14", "Miss", "Amani", "Elamin", "Learning Mentor (EAL and new arrivals)", "yes", "yes"),
    ("BMA15", "Mr", "Rob", "Tucker", "Head of Year 7", "yes", "yes"),
]
