"""Register, staff and school for set 93 (Law Brae Academy, Dundee). Invented people."""

SCHOOL = {
    "name": "Law Brae Academy",
    "address": "Balmerino Brae, Hilltown, Dundee",
    "postcode": "DD97 3LB",
    "phone": "01632 960412",
    "email": "office@lawbrae-academy.example.org",
    "website": "www.lawbrae-academy.example.org",
}

# forename, surname, preferred, year, class, LA code, entry-year
PUPILS = [
    # S1
    ("Skye", "Robertson", "", "S1", "1L", "980", "25"),
    ("Jakub", "Nowak", "Kuba", "S1", "1T", "980", "25"),
    ("Rama", "Darwish", "", "S1", "1S", "981", "25"),
    ("Yuxuan", "Chen", "", "S1", "1L", "980", "25"),
    ("Hope", "Baxter", "", "S1", "1T", "980", "25"),
    ("Callum", "Keiller", "", "S1", "1S", "980", "25"),
    ("Zuzanna", "Wiśniewska", "Zuzia", "S1", "1L", "980", "25"),
    ("Omar", "Al-Halabi", "", "S1", "1T", "981", "25"),
    ("Brooke", "Fleming", "", "S1", "1S", "980", "25"),
    ("Kai", "Stewart", "", "S1", "1L", "980", "25"),
    ("Ellie-Mae", "Duthie", "", "S1", "1T", "980", "25"),
    # S2
    ("Lewis", "Scott", "", "S2", "2L", "980", "24"),
    ("Wiktoria", "Kamińska", "", "S2", "2T", "980", "24"),
    ("Yousef", "Haddad", "", "S2", "2S", "981", "24"),
    ("Hoi Yan", "Wong", "Zoe", "S2", "2L", "982", "24"),
    ("Reece", "Tosh", "", "S2", "2T", "980", "24"),
    ("Heather", "Bruce", "", "S2", "2S", "980", "24"),
    ("Amal", "Hamdan", "", "S2", "2L", "981", "24"),
    ("Filip", "Kowalski", "", "S2", "2T", "980", "24"),
    ("Demi-Leigh", "Cameron", "Demi", "S2", "2S", "980", "24"),
    ("Yiming", "Liu", "Ming", "S2", "2L", "982", "24"),
    ("Cody", "Petrie", "", "S2", "2T", "980", "24"),
    # S3
    ("Isla", "McGonagall", "", "S3", "3L", "980", "23"),
    ("Szymon", "Zieliński", "", "S3", "3T", "980", "23"),
    ("Nour", "Al-Hamwi", "", "S3", "3S", "981", "23"),
    ("Haoran", "Zhang", "Harry", "S3", "3L", "982", "23"),
    ("Rowan", "Caird", "", "S3", "3T", "980", "23"),
    ("Shannon", "Cuthill", "", "S3", "3S", "980", "23"),
    ("Morgan", "Dunn", "", "S3", "3L", "980", "23"),
    ("Maja", "Wójcik", "", "S3", "3T", "980", "23"),
    ("Bilal", "Kabbani", "", "S3", "3S", "981", "23"),
    ("Kayden", "Ferrier", "", "S3", "3L", "980", "23"),
    # S4
    ("Sidra", "Al-Halabi", "", "S4", "4T", "981", "22"),
    ("Grace", "Valentine", "", "S4", "4S", "980", "22"),
    ("Bartosz", "Krawczyk", "Bartek", "S4", "4L", "980", "22"),
    ("Kelly", "Cheung", "", "S4", "4T", "982", "22"),
    ("Dylan", "Burns", "", "S4", "4S", "980", "22"),
    ("Lacey", "Doig", "", "S4", "4L", "980", "22"),
    ("Iona", "Murray", "", "S4", "4T", "980", "22"),
    ("Natalia", "Dąbrowska", "", "S4", "4S", "980", "22"),
    ("Karam", "Sabbagh", "", "S4", "4L", "981", "22"),
    ("Finlay", "Grant", "", "S4", "4T", "980", "22"),
    # S5
    ("Ailsa", "Law", "", "S5", "5S", "980", "21"),
    ("Ethan", "Lam", "", "S5", "5L", "982", "21"),
    ("Oliwia", "Lewandowska", "", "S5", "5T", "980", "21"),
    ("Brandon", "Lowson", "", "S5", "5S", "980", "21"),
    ("Hala", "Homsi", "", "S5", "5L", "981", "21"),
    ("Jamie", "Wallace", "", "S5", "5T", "980", "21"),
    ("Mhairi", "Soutar", "", "S5", "5S", "980", "21"),
    ("Antoni", "Mazur", "", "S5", "5L", "980", "21"),
    ("Sunny", "Leung", "", "S5", "5T", "982", "21"),
    ("Harris", "Bruce", "", "S5", "5S", "980", "21"),
    # S6
    ("Eilidh", "Duncan", "", "S6", "6L", "980", "20"),
    ("Rory", "O'Hara", "", "S6", "6T", "980", "20"),
    ("Jasmine", "Ho", "", "S6", "6S", "982", "20"),
    ("Łucja", "Piotrowska", "", "S6", "6L", "980", "20"),
    ("Tasneem", "Al-Khatib", "", "S6", "6T", "981", "20"),
    ("Fraser", "Cox", "", "S6", "6S", "980", "20"),
    ("Summer", "Ogilvie", "", "S6", "6L", "980", "20"),
    ("Taylor", "Carnegie", "", "S6", "6T", "980", "20"),
    ("Wei", "Li", "", "S6", "6S", "982", "20"),
]

# title, forename, surname, role, consent_photo, biometric_consent
STAFF = [
    ("Mr", "Graham", "Ogilvie", "Head Teacher", "yes", "no"),
    ("Mrs", "Lorna", "Duthie", "Depute Head Teacher (Pupil Support), Child Protection Coordinator", "yes", "yes"),
    ("Mrs", "Shona", "Keiller", "Principal Teacher Pupil Support", "yes", "no"),
    ("Mr", "Rami", "Haddad", "Bilingual Support Worker (Arabic)", "yes", "yes"),
    ("Mrs", "Jing", "Liu", "Teacher of Modern Languages (Mandarin and French)", "no", "no"),
    ("Ms", "Agnieszka", "Kaczmarek", "EAL Teacher", "yes", "yes"),
    ("Mr", "Euan", "Fyffe", "Teacher of PE", "yes", "yes"),
    ("Miss", "Kirsty", "Mathers", "Teacher of English", "yes", "no"),
    ("Mr", "Steven", "Gourlay", "Principal Teacher Mathematics", "yes", "no"),
    ("Dr", "Hannah", "Craig", "Teacher of Chemistry", "no", "no"),
    ("Mr", "Kenny", "Rattray", "Teacher of Music", "yes", "yes"),
    ("Miss", "Rachel", "Mitchell", "Teacher of Home Economics", "yes", "no"),
    ("Mrs", "Gail", "Robertson", "School Office Manager", "yes", "no"),
    ("Mr", "Piotr", "Kowalczyk", "Janitor (Facilities Assistant)", "yes", "yes"),
    ("Ms", "Ruth", "Grant", "Youth Worker", "yes", "no"),
]

ESTABLISHMENT = "5421"
