"""Register of set 182: Al-Noor Girls' High School, Blackburn (independent Muslim girls' 11-16).

All people invented. Forms are named after women of early Islam:
Year 7 Khadijah, Year 8 Fatimah, Year 9 Sumayyah, Year 10 Rufaidah, Year 11 Aishah
(posts write them 7K, 8F, 9S, 10R, 11A).
PUPILS rows: forename, surname, preferred_forename, year_group, class, consent_social_media.
"""

Y7, Y8, Y9, Y10, Y11 = "Khadijah", "Fatimah", "Sumayyah", "Rufaidah", "Aishah"

PUPILS = [
    # Year 7 (7K)
    ("Hira", "Patel", "", "Year 7", Y7, "yes"),
    ("Safa", "Lunat", "", "Year 7", Y7, "yes"),
    ("Marwa", "Lunat", "", "Year 7", Y7, "yes"),
    ("Iman", "Hussain", "", "Year 7", Y7, "yes"),
    ("Noor Fatima", "Akhtar", "Noor", "Year 7", Y7, "yes"),
    ("Zainab", "Bibi", "", "Year 7", Y7, "no"),
    ("Ayesha", "Dadabhai", "", "Year 7", Y7, "yes"),
    ("Khushi", "Iqbal", "", "Year 7", Y7, "yes"),
    ("Ruqayyah", "Adam", "Ruqi", "Year 7", Y7, "yes"),
    ("Amal", "Siddique", "", "Year 7", Y7, "yes"),
    ("Maryam", "Valli", "", "Year 7", Y7, "yes"),
    ("Jannat", "Raja", "", "Year 7", Y7, "yes"),
    # Year 8 (8F)
    ("Dua", "Khan", "", "Year 8", Y8, "yes"),
    ("Hafsa", "Motala", "", "Year 8", Y8, "yes"),
    ("Sakina", "Bhamji", "", "Year 8", Y8, "yes"),
    ("Madina", "Ismail", "", "Year 8", Y8, "yes"),
    ("Hina", "Mahmood", "", "Year 8", Y8, "yes"),
    ("Saba", "Hussain", "", "Year 8", Y8, "yes"),
    ("Aleena", "Patel", "", "Year 8", Y8, "yes"),
    ("Tasneem", "Kazi", "", "Year 8", Y8, "yes"),
    ("Rida", "Chaudhry", "", "Year 8", Y8, "yes"),
    ("Bushra", "Mayet", "", "Year 8", Y8, "yes"),
    ("Zoya", "Butt", "", "Year 8", Y8, "no"),
    ("Umm-e-Hani", "Shah", "Hani", "Year 8", Y8, "yes"),
    # Year 9 (9S)
    ("Sumaiya", "Loonat", "", "Year 9", Y9, "yes"),
    ("Aaliyah", "Hafejee", "", "Year 9", Y9, "yes"),
    ("Nusaybah", "Patel", "Nusi", "Year 9", Y9, "yes"),
    ("Kiran", "Akhtar", "", "Year 9", Y9, "yes"),
    ("Sana", "Rashid", "", "Year 9", Y9, "yes"),
    ("Inaaya", "Daji", "", "Year 9", Y9, "yes"),
    ("Fatima", "Pandor", "", "Year 9", Y9, "yes"),
    ("Khadija", "Limbada", "Dija", "Year 9", Y9, "yes"),
    ("Mehreen", "Aslam", "", "Year 9", Y9, "yes"),
    ("Ameera", "Sidat", "", "Year 9", Y9, "yes"),
    ("Rahma", "Begum", "", "Year 9", Y9, "yes"),
    ("Maira", "Ul-Haq", "", "Year 9", Y9, "yes"),
    # Year 10 (10R)
    ("Haleema", "Patel", "", "Year 10", Y10, "yes"),
    ("Zahra", "Moosa", "", "Year 10", Y10, "yes"),
    ("Asiya", "Mangera", "", "Year 10", Y10, "no"),
    ("Huda", "Yousaf", "", "Year 10", Y10, "yes"),
    ("Shabnam", "Riaz", "", "Year 10", Y10, "yes"),
    ("Sidra", "Iqbal", "", "Year 10", Y10, "yes"),
    ("Sa'diyah", "Dhorat", "", "Year 10", Y10, "yes"),
    ("Anam", "Malik", "", "Year 10", Y10, "yes"),
    ("Tayyaba", "Hanif", "", "Year 10", Y10, "yes"),
    ("Yusra", "Kadodia", "", "Year 10", Y10, "yes"),
    ("Mariam", "Ravat", "", "Year 10", Y10, "yes"),
    ("Nafisa", "Bagas", "", "Year 10", Y10, "yes"),
    # Year 11 (11A)
    ("Aisha", "Kala", "", "Year 11", Y11, "yes"),
    ("Muskaan", "Javed", "", "Year 11", Y11, "yes"),
    ("Rukhsar", "Qureshi", "", "Year 11", Y11, "yes"),
    ("Safiyyah", "Ismail", "", "Year 11", Y11, "yes"),
    ("Mahnoor", "Aslam", "", "Year 11", Y11, "yes"),
    ("Zulaikha", "Hajat", "Zuli", "Year 11", Y11, "yes"),
    ("Nadia", "Hussain", "", "Year 11", Y11, "yes"),
    ("Amina", "Mulla", "", "Year 11", Y11, "yes"),
    ("Humaira", "Motala", "", "Year 11", Y11, "yes"),
    ("Aroosa", "Mirza", "", "Year 11", Y11, "no"),
    ("Fiza", "Shah", "", "Year 11", Y11, "yes"),
    ("Rabia", "Lunat", "", "Year 11", Y11, "yes"),
]

STAFF = [
    ("Mrs", "Shenaz", "Patel", "Headteacher", "yes"),
    ("Mrs", "Farhana", "Seedat", "Deputy Headteacher", "yes"),
    ("Miss", "Maryam", "Ghani", "Hifz Coordinator", "no"),
    ("Mrs", "Hafsa", "Rangooni", "Head of Islamic Studies", "no"),
    ("Mr", "Imran", "Hussain", "Teacher of Science", "yes"),
    ("Mr", "Yakub", "Lorgat", "Head of Maths", "yes"),
    ("Ms", "Claire", "Whittaker", "Head of English", "yes"),
    ("Mrs", "Nasreen", "Akhtar", "SENCo", "yes"),
    ("Miss", "Bilqis", "Sacranie", "Designated Safeguarding Lead", "no"),
    ("Mrs", "Zubeda", "Mitha", "Office Manager", "yes"),
    ("Dr", "Asma", "Kharodia", "Teacher of Chemistry", "yes"),
    ("Mrs", "Janet", "Holden", "Teacher of PE", "yes"),
    ("Miss", "Sumayyah", "Bux", "Teacher of Art", "yes"),
    ("Mr", "Faisal", "Mirza", "Teacher of Computing", "yes"),
    ("Mrs", "Yasmin", "Tai", "Teacher of Urdu and Gujarati", "yes"),
]

SCHOOL = {
    "name": "Al-Noor Girls' High School",
    "address": "41 Harrowfold Street, Blackburn",
    "postcode": "BB16 4NR",
    "phone": "01632 960418",
    "email": "office@alnoorgirls.example.org",
    "website": "www.alnoorgirls.example.org",
}
