"""Register, staff and school for set 184 (Glenravel Road Primary School, Ballymena). All invented."""

# (forename, surname, preferred_forename, year_group, class, consent_social_media)
PUPILS = [
    # Nursery unit - Hoolets (owls)
    ("Ivy", "Gaston", "", "Nursery", "Hoolets", "yes"),
    ("Reuben", "Millar", "", "Nursery", "Hoolets", "yes"),
    ("Hanna", "Wróbel", "Hania", "Nursery", "Hoolets", "yes"),
    ("Francis", "Manalo", "Kiko", "Nursery", "Hoolets", "yes"),
    ("Ariana", "Lăcătuș", "", "Nursery", "Hoolets", "yes"),
    ("Mateus", "Soares", "", "Nursery", "Hoolets", "yes"),
    # P1 - Linties (linnets)
    ("Harry", "Dunlop", "", "P1", "Linties", "yes"),
    ("Summer", "Kerr", "", "P1", "Linties", "yes"),
    ("Ellie-Mae", "Orr", "", "P1", "Linties", "yes"),
    ("Jan Paolo", "Dizon", "JP", "P1", "Linties", "yes"),
    ("Ronaldo", "Rostaș", "", "P1", "Linties", "yes"),
    ("Stanisław", "Jabłoński", "Staś", "P1", "Linties", "yes"),
    ("Fátima", "da Costa", "", "P1", "Linties", "yes"),
    ("Noah", "Craig", "", "P1", "Linties", "yes"),
    # P2 - Spugs (sparrows)
    ("Hope", "Logan", "", "P2", "Spugs", "yes"),
    ("Alfie", "Cubitt", "", "P2", "Spugs", "yes"),
    ("Precious", "Galang", "", "P2", "Spugs", "yes"),
    ("Denisa", "Stoica", "", "P2", "Spugs", "yes"),
    ("Antoni", "Kaczmarek", "Antek", "P2", "Spugs", "yes"),
    ("Alexander", "Patton", "Sandy", "P2", "Spugs", "yes"),
    ("Ermelinda", "Guterres", "Linda", "P2", "Spugs", "yes"),
    ("Ruby", "McMaster", "", "P2", "Spugs", "yes"),
    # P3 - Whaups (curlews)
    ("Isaac", "Hill", "", "P3", "Whaups", "yes"),
    ("Brooke", "Montgomery", "", "P3", "Whaups", "yes"),
    ("Lovely", "Tolentino", "", "P3", "Whaups", "yes"),
    ("Florin", "Căldăraru", "", "P3", "Whaups", "yes"),
    ("Julia", "Jabłońska", "", "P3", "Whaups", "yes"),
    ("Natalino", "Ximenes", "Nino", "P3", "Whaups", "no"),
    # P4 - Peesweeps (lapwings)
    ("Lucy", "Adair", "", "P4", "Peesweeps", "yes"),
    ("William", "Hume", "Will", "P4", "Peesweeps", "yes"),
    ("Angelica", "Sison", "Gelay", "P4", "Peesweeps", "yes"),
    ("Ionuț", "Lăcătuș", "", "P4", "Peesweeps", "no"),
    ("Maja", "Pawlak", "", "P4", "Peesweeps", "yes"),
    ("Agustinho", "Belo", "Tinho", "P4", "Peesweeps", "yes"),
    ("Evie", "Crawford", "", "P4", "Peesweeps", "yes"),
    ("Jack", "Wallace", "", "P4", "Peesweeps", "yes"),
    # P5 - Craws (crows)
    ("Bonnie", "Caldwell", "", "P5", "Craws", "yes"),
    ("Hunter", "Boyd", "", "P5", "Craws", "yes"),
    ("Kyla Mae", "Pangilinan", "", "P5", "Craws", "yes"),
    ("Casandra", "Rostaș", "", "P5", "Craws", "no"),
    ("Szymon", "Kaczmarek", "", "P5", "Craws", "yes"),
    ("Delfina", "Amaral", "", "P5", "Craws", "yes"),
    ("Sophie", "Loughridge", "", "P5", "Craws", "yes"),
    ("Mabel", "Rea", "", "P5", "Craws", "yes"),
    # P6 - Gleds (kites)
    ("Liam", "Kennedy", "", "P6", "Gleds", "yes"),
    ("Faith", "Mawhinney", "", "P6", "Gleds", "yes"),
    ("Ezekiel", "Manalo", "Zeke", "P6", "Gleds", "yes"),
    ("Loredana", "Stoica", "", "P6", "Gleds", "yes"),
    ("Wiktor", "Zając", "", "P6", "Gleds", "yes"),
    ("João", "da Costa", "", "P6", "Gleds", "yes"),
    ("Rory", "Cupples", "", "P6", "Gleds", "yes"),
    ("Heather", "Moore", "", "P6", "Gleds", "yes"),
    # P7 - Earns (eagles)
    ("Ben", "Frew", "", "P7", "Earns", "yes"),
    ("Holly", "Stewart", "", "P7", "Earns", "yes"),
    ("Honey", "Dizon", "", "P7", "Earns", "yes"),
    ("Elvis", "Căldăraru", "", "P7", "Earns", "yes"),
    ("Oliwia", "Wróbel", "", "P7", "Earns", "yes"),
    ("Abílio", "Gusmão", "", "P7", "Earns", "yes"),
    ("Jamie", "Pollock", "", "P7", "Earns", "no"),
    ("Grace", "Wylie", "", "P7", "Earns", "yes"),
]

# (title, forename, surname, role, consent_photo)
STAFF = [
    ("Mr", "Nigel", "Kernohan", "Principal", "yes"),
    ("Mrs", "Alison", "Wylie", "Vice-Principal, P7 teacher and Designated Teacher", "yes"),
    ("Mrs", "Joanne", "McKillop", "Nursery teacher", "yes"),
    ("Miss", "Kerry", "Dunlop", "P1 teacher", "yes"),
    ("Miss", "Hannah", "Crawford", "P2 teacher", "yes"),
    ("Mrs", "Lorraine", "Gillan", "P3 teacher", "no"),
    ("Mr", "David", "Cupples", "P4 teacher and ICT co-ordinator", "yes"),
    ("Mrs", "Ruth", "Loughridge", "P5 teacher and SENCo", "yes"),
    ("Mr", "Gareth", "Adair", "P6 teacher and PE co-ordinator", "yes"),
    ("Mrs", "Agnieszka", "Pawlak", "EAL classroom assistant", "yes"),
    ("Miss", "Jacinta", "Ximenes", "Classroom assistant (Tetum and Portuguese)", "yes"),
    ("Mrs", "Maricel", "Ocampo", "Nursery assistant", "yes"),
    ("Mrs", "Heather", "Boyd", "School secretary", "no"),
    ("Mr", "Sammy", "Frew", "Caretaker", "yes"),
    ("Mr", "Ivan", "McAuley", "Fife and drum tutor (Ulster-Scots programme)", "yes"),
]

SCHOOL = {
    "name": "Glenravel Road Primary School",
    "address": "Glenravel Road, Ballymena, County Antrim",
    "postcode": "BT96 4GR",
    "phone": "01632 960487",
    "email": "office@glenravelroad-ps.example.org",
    "website": "www.glenravelroad-ps.example.org",
}
