"""Register, staff and school for set 172: Holme Dyke Academy, Boston, Lincolnshire (11-16).

Pupil tuples: (forename, surname, preferred_forename, year_group, class, consent_social_media,
entry_year). entry_year = the two digits of the year the pupil was first given a UPN (Reception
entry for pupils who started school in England; the year of arrival for pupils who came later).
Tutor groups are named after the academy's four houses, themselves named after people from
Boston's history: Flinders (FL), Foxe (FO), Ingelow (IN), Banks (BA).
"""

PUPILS = [
    # Year 7 (first UPN at Reception 2018 unless they arrived later)
    ("Lincoln", "Tunnard", "", "Year 7", "7FL", "yes", "18"),
    ("Gabija", "Petrauskaitė", "", "Year 7", "7FO", "yes", "19"),
    ("Kacper", "Nowakowski", "", "Year 7", "7IN", "yes", "18"),
    ("Ioana", "Munteanu", "", "Year 7", "7FO", "yes", "20"),
    ("Tiago", "Gonçalves", "", "Year 7", "7BA", "yes", "18"),
    ("Daina", "Kalniņa", "", "Year 7", "7IN", "yes", "21"),
    ("Brooke", "Sharpe", "", "Year 7", "7FL", "yes", "18"),
    ("Yoana", "Stoyanova", "", "Year 7", "7BA", "yes", "22"),
    ("Alfie", "Skinner", "", "Year 7", "7FL", "yes", "18"),
    ("Matas", "Jankauskas", "", "Year 7", "7IN", "no", "26"),
    ("Liberty", "Rhodes", "", "Year 7", "7BA", "yes", "18"),
    ("Rodrigo", "Silva", "Rodri", "Year 7", "7FO", "yes", "19"),
    # Year 8 (Reception 2017)
    ("Emilija", "Kazlauskaitė", "Emi", "Year 8", "8FL", "yes", "17"),
    ("Kristaps", "Bērziņš", "Kris", "Year 8", "8IN", "yes", "19"),
    ("Jade", "Wing", "", "Year 8", "8BA", "yes", "17"),
    ("Bianca", "Rusu", "", "Year 8", "8FO", "yes", "18"),
    ("Szymon", "Wróbel", "", "Year 8", "8BA", "yes", "17"),
    ("Nikol", "Dimitrova", "", "Year 8", "8FL", "yes", "20"),
    ("Kayden", "Holland", "", "Year 8", "8BA", "yes", "17"),
    ("Beatriz", "Ferreira", "Bia", "Year 8", "8IN", "yes", "17"),
    ("Jonas", "Valaitis", "", "Year 8", "8BA", "yes", "18"),
    ("Summer", "Fisher", "", "Year 8", "8FO", "yes", "17"),
    ("Andrei", "Lungu", "", "Year 8", "8BA", "yes", "23"),
    ("Ellie-Mae", "Pickwell", "", "Year 8", "8FL", "yes", "17"),
    # Year 9 (Reception 2016)
    ("Darius", "Munteanu", "", "Year 9", "9IN", "yes", "18"),
    ("Austėja", "Vaitkutė", "", "Year 9", "9FO", "yes", "16"),
    ("Markuss", "Ozoliņš", "", "Year 9", "9FL", "yes", "19"),
    ("Oliwia", "Kamińska", "", "Year 9", "9BA", "yes", "16"),
    ("Georgi", "Petrov", "", "Year 9", "9IN", "yes", "21"),
    ("Tyler", "Banks", "", "Year 9", "9BA", "yes", "16"),
    ("Matilde", "Santos", "", "Year 9", "9FO", "yes", "17"),
    ("Hope", "Kirton", "", "Year 9", "9FL", "yes", "16"),
    ("Lukas", "Žukauskas", "", "Year 9", "9IN", "yes", "22"),
    ("Denisa", "Florea", "", "Year 9", "9FO", "yes", "19"),
    ("Mason", "Dring", "", "Year 9", "9FL", "yes", "16"),
    ("Elza", "Liepiņa", "", "Year 9", "9BA", "yes", "18"),
    # Year 10 (Reception 2015)
    ("Zuzanna", "Nowakowska", "Zuzia", "Year 10", "10IN", "yes", "15"),
    ("Roberts", "Kalniņš", "", "Year 10", "10FL", "yes", "21"),
    ("Ivana", "Hristova", "", "Year 10", "10FO", "yes", "19"),
    ("Kajus", "Mockus", "", "Year 10", "10BA", "yes", "17"),
    ("Paige", "Marsh", "", "Year 10", "10FL", "yes", "15"),
    ("Rafael", "Costa", "", "Year 10", "10IN", "yes", "16"),
    ("Alexandru", "Popescu", "Alex", "Year 10", "10BA", "yes", "20"),
    ("Kieran", "Stennett", "", "Year 10", "10FO", "no", "15"),
    ("Inês", "Gonçalves", "", "Year 10", "10FL", "yes", "15"),
    ("Dominykas", "Balčiūnas", "Domas", "Year 10", "10IN", "yes", "18"),
    ("Amber", "Skinner", "", "Year 10", "10BA", "yes", "15"),
    ("Patrycja", "Zając", "", "Year 10", "10FO", "yes", "16"),
    # Year 11 (Reception 2014)
    ("Neringa", "Kazlauskaitė", "", "Year 11", "11FL", "yes", "17"),
    ("Viktor", "Ivanov", "", "Year 11", "11IN", "no", "20"),
    ("Jordan", "Pickwell", "", "Year 11", "11BA", "yes", "14"),
    ("Ștefan", "Rusu", "", "Year 11", "11FO", "yes", "18"),
    ("Līga", "Ozoliņa", "", "Year 11", "11FL", "yes", "19"),
    ("Mariana", "Ferreira", "", "Year 11", "11IN", "yes", "14"),
    ("Filip", "Wróbel", "", "Year 11", "11BA", "yes", "14"),
    ("Skye", "Holland", "", "Year 11", "11FO", "yes", "14"),
    ("Eglė", "Jankauskaitė", "", "Year 11", "11IN", "no", "26"),
    ("Kaloyan", "Georgiev", "", "Year 11", "11FL", "yes", "24"),
    ("Connor", "Sharpe", "", "Year 11", "11BA", "yes", "14"),
    ("Tudor", "Lungu", "", "Year 11", "11FO", "yes", "23"),
]

STAFF = [
    ("Mrs", "Karen", "Tunnard", "Principal", "yes"),
    ("Mr", "Gareth", "Leggott", "Vice Principal", "yes"),
    ("Ms", "Joanne", "Sharpe", "Assistant Principal and Designated Safeguarding Lead", "yes"),
    ("Mrs", "Lynne", "Holland", "SENCo", "yes"),
    ("Mrs", "Ewa", "Nowakowska", "EAL Coordinator and Family Liaison", "yes"),
    ("Mr", "Darius", "Rimkus", "Teacher of Mathematics", "yes"),
    ("Ms", "Ilze", "Ozola", "Teacher of Science", "no"),
    ("Mr", "Craig", "Dring", "Head of PE", "yes"),
    ("Mrs", "Dawn", "Cooling", "Head of Year 7", "yes"),
    ("Mr", "Tom", "Bellamy", "Head of Year 11", "yes"),
    ("Mrs", "Shirley", "Fisher", "Attendance Officer", "no"),
    ("Mr", "Nikolay", "Petrov", "Bilingual Teaching Assistant (Bulgarian and Russian)", "yes"),
    ("Mr", "Sean", "Wing", "Careers and Apprenticeships Lead", "yes"),
    ("Miss", "Hannah", "Brand", "Teacher of English", "yes"),
    ("Ms", "Ana", "Mendes", "Teacher of Modern Languages (Portuguese and Spanish)", "yes"),
]

SCHOOL = {
    "name": "Holme Dyke Academy",
    "address": "Gannock Lane, Boston, Lincolnshire",
    "postcode": "PE39 2QH",
    "phone": "01632 960318",
    "email": "office@holmedyke-academy.example.org",
    "website": "www.holmedyke-academy.example.org",
}
