"""Register, staff and school for set 134 (Drummond Beck Community School, Manningham, Bradford)."""

SCHOOL = {
    "name": "Drummond Beck Community School",
    "address": "1 Scarth Fold, Manningham, Bradford",
    "postcode": "BD79 4NQ",
    "phone": "01632 960218",
    "email": "office@drummondbeck-school.example",
    "website": "www.drummondbeck-school.example",
}

YEAR_CLASS = {"Year 7": "Aire", "Year 8": "Calder", "Year 9": "Wharfe", "Year 10": "Nidd", "Year 11": "Ribble"}

# forename, surname, preferred, year, LA+establishment+year prefix (9 digits: LA 3 + est 4 + yy 2), social, website, press, bio
P = [
    # Year 7
    ("Dua", "Hussain", "", "Year 7", "380213419", "y", "y", "y", "y"),
    ("Mohammed Zain", "Akhtar", "Zain", "Year 7", "380208819", "y", "y", "n", "y"),
    ("Ayaan", "Mahmood", "", "Year 7", "380213419", "y", "y", "y", "y"),
    ("Inaaya", "Rashid", "", "Year 7", "380219619", "y", "y", "y", "n"),
    ("Vanesa", "Horváth", "", "Year 7", "380221422", "y", "y", "n", "y"),
    ("Jiyan", "Omer", "", "Year 7", "380208823", "y", "n", "n", "y"),
    ("Musa", "Iqbal", "", "Year 7", "380213419", "y", "y", "y", "y"),
    ("Hafsa", "Zaman", "", "Year 7", "380219619", "y", "y", "n", "y"),
    ("Denis", "Dano", "", "Year 7", "380221421", "y", "y", "y", "y"),
    ("Maryam", "Shah", "", "Year 7", "380208819", "y", "y", "y", "y"),
    ("Harvey", "Lister", "", "Year 7", "380230119", "y", "y", "y", "n"),
    ("Safa", "Qureshi", "", "Year 7", "380213419", "y", "y", "n", "y"),
    # Year 8
    ("Muhammad Hamza", "Ali", "Hamza", "Year 8", "380219618", "y", "y", "y", "y"),
    ("Noor Fatima", "Khan", "Noor", "Year 8", "380208818", "y", "y", "y", "y"),
    ("Patrik", "Horváth", "", "Year 8", "380221420", "y", "y", "n", "y"),
    ("Berfin", "Amin", "", "Year 8", "382207522", "y", "y", "n", "y"),
    ("Zagros", "Salih", "", "Year 8", "380208821", "y", "y", "y", "y"),
    ("Aleena", "Butt", "", "Year 8", "380213418", "y", "y", "y", "y"),
    ("Ibrahim", "Malik", "", "Year 8", "380219618", "y", "y", "y", "n"),
    ("Sabina", "Lakatošová", "", "Year 8", "380221421", "y", "y", "n", "y"),
    ("Amelia", "Priestley", "", "Year 8", "380230118", "y", "y", "y", "y"),
    ("Hira", "Nawaz", "", "Year 8", "380208818", "y", "y", "y", "y"),
    ("Rayyan", "Aslam", "", "Year 8", "380213418", "y", "y", "y", "y"),
    ("Imran", "Bashir", "", "Year 8", "380219618", "n", "n", "n", "n"),
    # Year 9
    ("Iman", "Raja", "", "Year 9", "380208817", "y", "y", "y", "y"),
    ("Yusuf", "Hussain", "", "Year 9", "380213417", "y", "y", "y", "y"),
    ("Nikola", "Giňová", "", "Year 9", "380221420", "y", "y", "n", "y"),
    ("Rojin", "Hawrami", "", "Year 9", "383215621", "y", "y", "n", "y"),
    ("Aqib", "Rafiq", "", "Year 9", "380219617", "y", "y", "y", "y"),
    ("Mehreen", "Sadiq", "", "Year 9", "380208817", "y", "y", "y", "y"),
    ("Haris", "Younis", "", "Year 9", "380213417", "y", "y", "y", "n"),
    ("Tayyab", "Javed", "", "Year 9", "380219617", "y", "y", "y", "y"),
    ("Jannat", "Riaz", "", "Year 9", "380208817", "y", "y", "y", "y"),
    ("Milan", "Dano", "", "Year 9", "380221420", "y", "y", "n", "y"),
    ("Leah", "Cartwright", "", "Year 9", "380230117", "y", "y", "y", "y"),
    ("Sultan", "Mirza", "", "Year 9", "380213417", "y", "y", "y", "y"),
    # Year 10
    ("Kristián", "Lakatoš", "Kris", "Year 10", "380221419", "y", "y", "n", "y"),
    ("Zahra", "Iqbal", "", "Year 10", "380213416", "y", "y", "y", "y"),
    ("Umar", "Farooq", "", "Year 10", "380208816", "y", "y", "y", "y"),
    ("Shanza", "Ashraf", "", "Year 10", "380219616", "y", "y", "y", "y"),
    ("Dilan", "Zebari", "", "Year 10", "381204420", "y", "y", "n", "y"),
    ("Abdullah", "Shafiq", "", "Year 10", "380213416", "y", "y", "y", "n"),
    ("Rebeka", "Bandyová", "", "Year 10", "380221419", "n", "y", "n", "n"),
    ("Kasim", "Rashid", "", "Year 10", "380219616", "y", "y", "y", "y"),
    ("Aisha Siddiqa", "Chaudhry", "Aisha", "Year 10", "380208816", "y", "y", "y", "y"),
    ("Ellie-Mae", "Hirst", "", "Year 10", "380230116", "y", "y", "y", "y"),
    ("Bilal", "Nadeem", "", "Year 10", "380213416", "y", "y", "y", "y"),
    ("Zainab", "Kausar", "", "Year 10", "380219616", "y", "y", "y", "y"),
    # Year 11
    ("Hafiz", "Tahir", "", "Year 11", "380208815", "y", "y", "y", "y"),
    ("Sana", "Mahmood", "", "Year 11", "380213415", "y", "y", "y", "y"),
    ("Marek", "Kotlár", "", "Year 11", "380221418", "y", "y", "n", "y"),
    ("Soran", "Jaff", "", "Year 11", "383215620", "y", "y", "n", "y"),
    ("Kiran", "Aslam", "", "Year 11", "380213415", "y", "y", "y", "y"),
    ("Mohammed Adam", "Butt", "Adam", "Year 11", "380213415", "y", "y", "y", "y"),
    ("Rukhsar", "Begum", "", "Year 11", "380219615", "y", "y", "y", "n"),
    ("Tommy", "Priestley", "", "Year 11", "380230115", "y", "y", "y", "y"),
    ("Taimur", "Riaz", "", "Year 11", "380208815", "y", "y", "y", "y"),
    ("Roza", "Omer", "", "Year 11", "380208822", "y", "y", "n", "y"),
    ("Samuel", "Balog", "", "Year 11", "380221418", "y", "y", "y", "y"),
    ("Layla", "Majid", "", "Year 11", "380219615", "y", "y", "y", "y"),
]

# pupils with consent_name_with_photo = yes (build.py asserts none is named in a photo post)
NAME_WITH_PHOTO_YES = {"Harvey Lister", "Rebeka Bandyová", "Haris Younis", "Jannat Riaz", "Samuel Balog",
                       "Hafsa Zaman", "Zainab Kausar"}

STAFF = [
    ("DB01", "Mrs", "Rukhsana", "Akhtar", "Headteacher", "yes", "yes"),
    ("DB02", "Mr", "Craig", "Holdsworth", "Deputy Headteacher", "yes", "yes"),
    ("DB03", "Mr", "Tariq", "Hussain", "Head of Year 9 and Designated Safeguarding Lead", "yes", "no"),
    ("DB04", "Ms", "Joanne", "Lister", "Teacher of English", "yes", "yes"),
    ("DB05", "Mr", "Milan", "Horváth", "Roma Community Link Worker", "yes", "yes"),
    ("DB06", "Mr", "Hemin", "Karim", "EAL Coordinator", "no", "no"),
    ("DB07", "Miss", "Saima", "Bashir", "Teacher of Maths", "yes", "yes"),
    ("DB08", "Mr", "Gareth", "Sutcliffe", "Head of PE", "yes", "yes"),
    ("DB09", "Mrs", "Bernadette", "Doyle", "SENCo", "yes", "no"),
    ("DB10", "Mr", "Imran", "Zaman", "Teacher of Science", "yes", "yes"),
    ("DB11", "Ms", "Amina", "Ashraf", "Attendance Officer", "yes", "yes"),
    ("DB12", "Mr", "Stuart", "Greenwood", "Head of Year 11", "yes", "yes"),
    ("DB13", "Mrs", "Parveen", "Mirza", "Office Manager", "no", "no"),
    ("DB14", "Mr", "Adnan", "Qureshi", "Teacher of Computing and Social Media Lead", "yes", "yes"),
    ("DB15", "Miss", "Kerry", "Hirst", "Teacher of Art", "yes", "yes"),
]
