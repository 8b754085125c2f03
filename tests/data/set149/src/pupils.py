"""Register for set 149: Armstrong Bank Academy, Elswick, Newcastle upon Tyne (11-16).

All people are invented. Forms are named after four Tyne bridges (the academy's houses):
HL = High Level, SW = Swing, RH = Redheugh, SC = Scotswood; e.g. 7HL = Year 7, High Level.
Each pupil: (forename, surname, preferred_forename, year_group, form, consent_social_media,
year the UPN was allocated: Reception entry for pupils who started school in England,
later for pupils who arrived later).
"""

PUPILS = [
    # Year 7
    ("George", "Milburn", "Geordie", "Year 7", "7HL", "yes", "18"),
    ("Sumaiya", "Begum", "", "Year 7", "7SW", "yes", "18"),
    ("Newroz", "Karim", "", "Year 7", "7RH", "yes", "22"),
    ("Patrik", "Horváth", "", "Year 7", "7SC", "yes", "19"),
    ("Brooke", "Hadaway", "", "Year 7", "7HL", "yes", "18"),
    ("Kian", "Rezaei", "", "Year 7", "7SW", "yes", "24"),
    ("Tanvir", "Ahmed", "", "Year 7", "7RH", "yes", "18"),
    ("Hope", "Charlton", "", "Year 7", "7SC", "yes", "18"),
    ("Dominik", "Lakatoš", "Domi", "Year 7", "7HL", "yes", "20"),
    ("Darya", "Hosseini", "", "Year 7", "7SW", "yes", "25"),
    ("Kayden", "Swan", "", "Year 7", "7RH", "no", "18"),
    ("Rojin", "Qadir", "", "Year 7", "7SC", "yes", "21"),
    # Year 8
    ("Lacey", "Robson", "", "Year 8", "8HL", "yes", "17"),
    ("Fahim", "Rahman", "", "Year 8", "8SW", "yes", "17"),
    ("Baran", "Abdullah", "", "Year 8", "8RH", "yes", "22"),
    ("Nikola", "Dužda", "", "Year 8", "8SC", "yes", "18"),
    ("Jackson", "Laidler", "", "Year 8", "8HL", "yes", "17"),
    ("Shirin", "Ahmadi", "", "Year 8", "8SW", "yes", "24"),
    ("Maisie", "Cookson", "", "Year 8", "8RH", "yes", "17"),
    ("Ayaan", "Miah", "", "Year 8", "8SC", "yes", "17"),
    ("Sabina", "Giňová", "", "Year 8", "8HL", "no", "19"),
    ("Alfie", "Stephenson", "", "Year 8", "8SW", "yes", "17"),
    ("Sohrab", "Rostami", "", "Year 8", "8RH", "yes", "23"),
    ("Amber", "Lowes", "", "Year 8", "8SC", "yes", "17"),
    # Year 9
    ("Tasnim", "Chowdhury", "", "Year 9", "9HL", "yes", "16"),
    ("Azad", "Hassan", "", "Year 9", "9SW", "yes", "20"),
    ("Erik", "Baláž", "", "Year 9", "9RH", "yes", "17"),
    ("Jade", "Armstrong", "", "Year 9", "9SC", "yes", "16"),
    ("Mahir", "Uddin", "", "Year 9", "9HL", "yes", "16"),
    ("Laleh", "Mohammadi", "", "Year 9", "9SW", "yes", "22"),
    ("Bobby", "Ridley", "", "Year 9", "9RH", "yes", "16"),
    ("Storm", "Tait", "", "Year 9", "9SC", "yes", "16"),
    ("Angelika", "Oláh", "", "Year 9", "9HL", "yes", "18"),
    ("Shay", "Gibson", "", "Year 9", "9SW", "yes", "16"),
    ("Zhilwan", "Rasul", "", "Year 9", "9RH", "yes", "23"),
    ("Nusrat", "Jahan", "", "Year 9", "9SC", "yes", "16"),
    # Year 10
    ("Vanesa", "Horváthová", "", "Year 10", "10HL", "yes", "16"),
    ("Keegan", "Forster", "", "Year 10", "10SW", "yes", "15"),
    ("Rahima", "Khatun", "", "Year 10", "10RH", "yes", "15"),
    ("Arash", "Karimi", "", "Year 10", "10SC", "yes", "21"),
    ("Chloe", "Grey", "", "Year 10", "10HL", "yes", "15"),
    ("Rebin", "Mohammed", "", "Year 10", "10SW", "no", "22"),
    ("Denis", "Kováč", "", "Year 10", "10RH", "yes", "17"),
    ("Summer", "Hedley", "", "Year 10", "10SC", "yes", "15"),
    ("Ruksana", "Sultana", "", "Year 10", "10HL", "yes", "15"),
    ("Mohammadreza", "Tehrani", "Reza", "Year 10", "10SW", "yes", "20"),
    ("Jordan", "Bell", "", "Year 10", "10RH", "yes", "15"),
    ("Hevin", "Barzani", "", "Year 10", "10SC", "yes", "24"),
    # Year 11
    ("Kieran", "Shearer", "", "Year 11", "11HL", "yes", "14"),
    ("Parisa", "Rezaei", "", "Year 11", "11SW", "yes", "24"),
    ("Samuel", "Dunka", "Sami", "Year 11", "11RH", "yes", "15"),
    ("Mia", "Collingwood", "", "Year 11", "11SC", "yes", "14"),
    ("Rayhan", "Miah", "", "Year 11", "11HL", "yes", "14"),
    ("Dilan", "Qadir", "", "Year 11", "11SW", "yes", "21"),
    ("Callum", "Robson", "", "Year 11", "11RH", "yes", "14"),
    ("Natálie", "Giňová", "", "Year 11", "11SC", "yes", "19"),
    ("Faith", "Elliott", "", "Year 11", "11HL", "yes", "14"),
    ("Zagros", "Ahmed", "", "Year 11", "11SW", "yes", "22"),
    ("Nima", "Hosseini", "", "Year 11", "11RH", "yes", "25"),
    ("Mohammed", "Uddin", "Mo", "Year 11", "11SC", "yes", "14"),
]

STAFF = [
    ("Mrs", "Lorraine", "Elliott", "Principal", "yes"),
    ("Mr", "Callum", "Dodds", "Vice Principal and Designated Safeguarding Lead", "yes"),
    ("Ms", "Farzana", "Begum", "EAL Coordinator", "yes"),
    ("Mrs", "Jana", "Horváthová", "Roma Family Liaison Officer", "no"),
    ("Mr", "Navid", "Karimi", "Teacher of Maths", "yes"),
    ("Mr", "Gary", "Robson", "Head of PE", "yes"),
    ("Miss", "Kirsty", "Tait", "Teacher of English", "yes"),
    ("Mrs", "Shilan", "Barwari", "Teaching Assistant (Kurdish)", "yes"),
    ("Mr", "Stephen", "Hall", "Teacher of Science", "yes"),
    ("Miss", "Rebecca", "Pearson", "SENCo", "yes"),
    ("Mrs", "Anne-Marie", "Gillespie", "Attendance Officer", "no"),
    ("Mr", "Dariush", "Farahani", "Head of Humanities", "yes"),
    ("Mrs", "Pauline", "Wardle", "Pastoral Manager and Young Carers Lead", "yes"),
    ("Mr", "Liam", "Coulson", "Teacher of Music", "yes"),
    ("Mrs", "Dawn", "Craggs", "School Business Manager", "yes"),
]

SCHOOL = {
    "name": "Armstrong Bank Academy",
    "address": "Leadworks Lane, Elswick, Newcastle upon Tyne",
    "postcode": "NE56 4LW",
    "phone": "01632 960388",
    "email": "office@armstrongbank-academy.example.org",
    "website": "www.armstrongbank-academy.example.org",
}
