"""Register, staff and school details for set 175 (Nandanvan Hindu Primary School, Leicester).

All people invented. PUPILS rows: (forename, surname, preferred_forename, year_group, class,
consent_social_media).
"""

SCHOOL = {
    "name": "Nandanvan Hindu Primary School",
    "address": "42 Kesar Lane, Belgrave, Leicester",
    "postcode": "LE28 3GJ",
    "phone": "01632 960387",
    "email": "office@nandanvan-primary.example.org",
    "website": "www.nandanvan-primary.example.org",
}

R, Y1, Y2, Y3, Y4, Y5, Y6 = ("Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6")
CLASS = {R: "Yamuna", Y1: "Narmada", Y2: "Godavari", Y3: "Kaveri", Y4: "Krishna", Y5: "Sarasvati",
         Y6: "Ganga"}


def _p(fn, sn, pref, yr, sm="yes"):
    return (fn, sn, pref, yr, CLASS[yr], sm)


PUPILS = [
    # Reception - Yamuna
    _p("Diya", "Patel", "", R),
    _p("Aarav", "Thakrar", "", R),
    _p("Kavin", "Sivakumar", "", R),
    _p("Anwesha", "Chatterjee", "", R),
    _p("Ishaan", "Malhotra", "", R),
    _p("Tulsi", "Mistry", "", R),
    _p("Hetvi", "Dave", "", R),
    _p("Om", "Parmar", "", R),
    # Year 1 - Narmada
    _p("Aarti", "Solanki", "", Y1),
    _p("Vihaan", "Kotecha", "", Y1),
    _p("Nila", "Thevarajah", "", Y1),
    _p("Arjun", "Bhalla", "", Y1),
    _p("Rupsha", "Banerjee", "", Y1),
    _p("Krishna", "Ruparelia", "Krish", Y1),
    _p("Maisie", "Holt", "", Y1),
    _p("Jiya", "Popat", "", Y1),
    _p("Dev", "Lad", "", Y1),
    # Year 2 - Godavari
    _p("Puja", "Rathod", "", Y2),
    _p("Kabir", "Kapoor", "", Y2),
    _p("Thenuja", "Yogarajah", "", Y2),
    _p("Aritra", "Bose", "", Y2),
    _p("Mira", "Shah", "", Y2, "no"),
    _p("Yash", "Vaghela", "", Y2),
    _p("Priyanka", "Chudasama", "Pinky", Y2),
    _p("Sai", "Jadeja", "", Y2),
    _p("Aanya", "Sood", "", Y2),
    # Year 3 - Kaveri
    _p("Rishi", "Pattani", "", Y3),
    _p("Keerthana", "Nadarajah", "", Y3),
    _p("Shreya", "Ghosh", "", Y3),
    _p("Jay", "Modi", "", Y3),
    _p("Asha", "Karia", "", Y3),
    _p("Neel", "Sharma", "", Y3),
    _p("Ellie-Mae", "Burton", "", Y3),
    _p("Ganesh", "Chauhan", "", Y3),
    _p("Sohini", "Das", "", Y3),
    # Year 4 - Krishna
    _p("Mithuran", "Jeyakumar", "Mithu", Y4),
    _p("Radha", "Majithia", "", Y4),
    _p("Anand", "Tailor", "", Y4),
    _p("Kavya", "Mehta", "", Y4),
    _p("Rohan", "Khanna", "", Y4),
    _p("Bidisha", "Mukherjee", "", Y4),
    _p("Harsh", "Gohil", "", Y4),
    _p("Lakshmi", "Suchak", "", Y4),
    _p("Jayden", "Clarke", "", Y4, "no"),
    # Year 5 - Sarasvati
    _p("Sita", "Raithatha", "", Y5),
    _p("Aryan", "Pandya", "", Y5),
    _p("Yalini", "Balasingham", "", Y5),
    _p("Dhruv", "Chandarana", "", Y5),
    _p("Trisha", "Sen", "", Y5),
    _p("Prem", "Master", "", Y5),
    _p("Riya", "Arora", "", Y5),
    _p("Heer", "Unadkat", "", Y5),
    _p("Vithushan", "Arulanandam", "Vithu", Y5),
    # Year 6 - Ganga
    _p("Gita", "Kandiah", "", Y6),
    _p("Rahul", "Panchal", "", Y6),
    _p("Shanti", "Vyas", "", Y6),
    _p("Arnab", "Dutta", "", Y6),
    _p("Kiran", "Lad", "", Y6),
    _p("Nandini", "Makwana", "Nandu", Y6),
    _p("Tharun", "Mahendran", "", Y6, "no"),
    _p("Hari", "Joshi", "", Y6),
]

STAFF = [
    ("Mrs", "Bhavna", "Lakhani", "Headteacher", "yes"),
    ("Mr", "Nikhil", "Joshi", "Deputy Headteacher and DSL", "yes"),
    ("Miss", "Krupa", "Patel", "Reception teacher (Yamuna)", "yes"),
    ("Mrs", "Hannah", "Whitworth", "Year 1 teacher (Narmada)", "yes"),
    ("Mr", "Sandeep", "Kotecha", "Year 2 teacher (Godavari)", "yes"),
    ("Mrs", "Sumathi", "Kandiah", "Year 3 teacher (Kaveri)", "yes"),
    ("Mr", "Daniel", "Okafor", "Year 4 teacher (Krishna)", "no"),
    ("Mrs", "Anjali", "Sharma", "Year 5 teacher (Sarasvati)", "yes"),
    ("Mr", "Rakesh", "Mistry", "Year 6 teacher (Ganga)", "yes"),
    ("Mrs", "Debjani", "Ghosh", "SENCo", "yes"),
    ("Mrs", "Manjula", "Vaghela", "Teaching assistant", "yes"),
    ("Mr", "Om Prakash", "Trivedi", "RE, Sanskrit and Gujarati teacher", "yes"),
    ("Mrs", "Jasuben", "Parmar", "Kitchen manager", "yes"),
    ("Mrs", "Claire", "Dunmore", "School business manager", "yes"),
    ("Mr", "Arjun", "Chauhan", "PE and sports coach", "yes"),
]
