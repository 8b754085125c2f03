"""Register, staff and school details for set 173 (Tenterground School for Girls, Whitechapel).

All people are invented. PUPILS rows: (forename, surname, preferred_forename, year_group, form,
consent_social_media). Forms are named after the four houses: F Franklin, R Rokeya,
P Pankhurst, S Seacole.
"""

PUPILS = [
    # Year 7 (entered Reception 2018)
    ("Dua", "Miah", "", "Year 7", "7F", "yes"),
    ("Anika", "Hoque", "", "Year 7", "7R", "yes"),
    ("Ifrah", "Farah", "", "Year 7", "7P", "yes"),
    ("Ece", "Yılmaz", "", "Year 7", "7S", "yes"),
    ("Ruksana", "Khatun", "", "Year 7", "7R", "yes"),
    ("Hibo", "Aden", "", "Year 7", "7P", "no"),
    ("Su", "Arslan", "", "Year 7", "7P", "yes"),
    ("Kenza", "Mansouri", "", "Year 7", "7S", "yes"),
    ("Destiny", "Campbell", "", "Year 7", "7S", "yes"),
    # Year 8
    ("Tasnim", "Rahman", "", "Year 8", "8F", "yes"),
    ("Maimuna", "Akter", "Mim", "Year 8", "8R", "yes"),
    ("Nimco", "Jama", "", "Year 8", "8R", "yes"),
    ("Tanzila", "Karim", "", "Year 8", "8P", "yes"),
    ("Ayan", "Yusuf", "", "Year 8", "8F", "yes"),
    ("Yağmur", "Doğan", "", "Year 8", "8S", "yes"),
    ("Rania", "Hamidi", "", "Year 8", "8S", "yes"),
    ("Lamia", "Haque", "", "Year 8", "8P", "yes"),
    ("Bristi", "Ahmed", "", "Year 8", "8S", "yes"),
    # Year 9
    ("Sumaiya", "Hussain", "Sweety", "Year 9", "9F", "yes"),
    ("Sadia", "Hussain", "", "Year 9", "9F", "yes"),
    ("Noor", "Uddin", "", "Year 9", "9F", "yes"),
    ("Yasmine", "Haddad", "", "Year 9", "9S", "yes"),
    ("Iman", "Abdi", "", "Year 9", "9R", "yes"),
    ("Zeynep", "Aydın", "Zeyno", "Year 9", "9P", "yes"),
    ("Gül", "Öztürk", "", "Year 9", "9R", "yes"),
    ("Chelsea", "Barker", "Chels", "Year 9", "9S", "yes"),
    ("Farzana", "Ali", "", "Year 9", "9P", "yes"),
    # Year 10
    ("Lutfunnessa", "Miah", "Lucky", "Year 10", "10R", "yes"),
    ("Sagal", "Farah", "", "Year 10", "10F", "yes"),
    ("Defne", "Yılmaz", "", "Year 10", "10P", "yes"),
    ("Jannat", "Islam", "", "Year 10", "10F", "yes"),
    ("Ubah", "Hassan", "", "Year 10", "10S", "yes"),
    ("Amal", "Bouzid", "", "Year 10", "10R", "yes"),
    ("İpek", "Şahin", "", "Year 10", "10P", "yes"),
    ("Mahira", "Khanom", "", "Year 10", "10R", "yes"),
    ("Deqa", "Ismail", "", "Year 10", "10S", "no"),
    # Year 11
    ("Nusrat", "Rahman", "", "Year 11", "11R", "yes"),
    ("Shapla", "Akter", "", "Year 11", "11P", "yes"),
    ("Tahmina", "Begum", "Tammy", "Year 11", "11F", "no"),
    ("Rahma", "Osman", "", "Year 11", "11S", "yes"),
    ("Ebru", "Demir", "", "Year 11", "11F", "yes"),
    ("Lina", "Mahrez", "", "Year 11", "11R", "yes"),
    ("Thiziri", "Aït Ahmed", "", "Year 11", "11P", "yes"),
    ("Nabila", "Ahmed", "", "Year 11", "11S", "yes"),
    ("Faadumo", "Mohamed", "", "Year 11", "11P", "yes"),
    # Year 12
    ("Afsana", "Hoque", "", "Year 12", "12F", "yes"),
    ("Rumana", "Uddin", "", "Year 12", "12R", "yes"),
    ("Nasra", "Jama", "", "Year 12", "12S", "yes"),
    ("Büşra", "Çelik", "", "Year 12", "12P", "yes"),
    ("Meriem", "Benali", "", "Year 12", "12R", "yes"),
    ("Inès", "Belkacem", "", "Year 12", "12F", "yes"),
    ("Rabeya", "Sultana", "Rani", "Year 12", "12P", "yes"),
    ("Sahra", "Nur", "", "Year 12", "12S", "yes"),
    # Year 13
    ("Sharmin", "Rahman", "", "Year 13", "13F", "yes"),
    ("Imane", "Haddad", "", "Year 13", "13R", "yes"),
    ("Elif", "Kaya", "", "Year 13", "13P", "yes"),
    ("Deniz", "Yıldız", "", "Year 13", "13S", "yes"),
    ("Fahmida", "Chowdhury", "", "Year 13", "13R", "yes"),
    ("Ishrat Jahan", "Ali", "", "Year 13", "13F", "yes"),
    ("Hodan", "Warsame", "", "Year 13", "13S", "yes"),
]

STAFF = [
    ("Ms", "Nasima", "Chowdhury", "Headteacher", "yes"),
    ("Mr", "Daniel", "Okafor", "Deputy Headteacher (Curriculum)", "yes"),
    ("Mrs", "Fatima", "Benali", "Deputy Headteacher and Designated Safeguarding Lead", "no"),
    ("Dr", "Hannah", "Greenwood", "Head of Science", "yes"),
    ("Dr", "Selin", "Aydın", "Teacher of Chemistry", "yes"),
    ("Mr", "Tom", "Whitlock", "Teacher of English and Debating Coach", "yes"),
    ("Miss", "Ruksana", "Begum", "Head of Year 7", "yes"),
    ("Mrs", "Hodan", "Yusuf", "EAL Coordinator and Family Liaison Officer", "no"),
    ("Ms", "Claire", "Doherty", "SENCo", "yes"),
    ("Ms", "Shahana", "Miah", "Head of PE", "yes"),
    ("Ms", "Jenny", "Li", "Head of Sixth Form", "yes"),
    ("Mr", "Kemal", "Öztürk", "Teacher of Mathematics", "yes"),
    ("Mrs", "Shirin", "Islam", "Attendance Officer", "no"),
    ("Ms", "Rebecca", "Frost", "Librarian", "yes"),
    ("Mr", "Abdul", "Karim", "Site Manager", "yes"),
]

SCHOOL = {
    "name": "Tenterground School for Girls",
    "address": "Bellfounders Walk, Whitechapel, London",
    "postcode": "E21 1TG",
    "phone": "020 7946 0417",
    "email": "office@tenterground.example.org",
    "website": "www.tenterground.example.org",
}
