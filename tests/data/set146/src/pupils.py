"""Register for set 146: Shinglebank Community Primary School and Nursery, Hove (fictional)."""

# (forename, surname, preferred_forename, year_group, class, consent_social_media)
PUPILS = [
    # Nursery - Winkles
    ("Ocean", "Goldstone", "", "Nursery", "Winkles", "yes"),
    ("Hiba", "Osman", "", "Nursery", "Winkles", "yes"),
    ("Antoni", "Zając", "Antek", "Nursery", "Winkles", "yes"),
    ("Leonor", "Sousa", "", "Nursery", "Winkles", "yes"),
    ("Arlo", "Pennington-Reyes", "", "Nursery", "Winkles", "yes"),
    ("Sham", "Alkhatib", "", "Nursery", "Winkles", "yes"),
    ("Juno", "Kemp", "", "Nursery", "Winkles", "yes"),
    # Reception - Limpets
    ("Marley", "Brooks", "", "Reception", "Limpets", "yes"),
    ("Yara", "Al-Masri", "", "Reception", "Limpets", "no"),
    ("Omer", "Abdelrahim", "", "Reception", "Limpets", "yes"),
    ("Zuzanna", "Nowicka", "Zuzia", "Reception", "Limpets", "yes"),
    ("Tomás", "Ferreira", "", "Reception", "Limpets", "yes"),
    ("Iris", "Moss", "", "Reception", "Limpets", "yes"),
    ("Kit", "Halloran-Webb", "", "Reception", "Limpets", "yes"),
    ("Pearl", "Ashdown", "", "Reception", "Limpets", "yes"),
    # Year 1 - Shrimps
    ("Jude", "Haddad", "", "Year 1", "Shrimps", "yes"),
    ("Amna", "Ibrahim", "", "Year 1", "Shrimps", "yes"),
    ("Szymon", "Lis", "", "Year 1", "Shrimps", "yes"),
    ("Duarte", "Carvalho", "", "Year 1", "Shrimps", "yes"),
    ("Rosa", "Fairweather", "", "Year 1", "Shrimps", "yes"),
    ("Karam", "Darwish", "", "Year 1", "Shrimps", "yes"),
    ("Sunny", "Beaumont", "", "Year 1", "Shrimps", "yes"),
    ("Maja", "Kowalska", "", "Year 1", "Shrimps", "yes"),
    # Year 2 - Starfish
    ("Lilas", "Hamdan", "", "Year 2", "Starfish", "yes"),
    ("Musab", "Elnour", "", "Year 2", "Starfish", "no"),
    ("Beatriz", "Gonçalves", "Bia", "Year 2", "Starfish", "yes"),
    ("Wilfred", "Shelley", "Wilf", "Year 2", "Starfish", "yes"),
    ("Hope", "Delaney", "", "Year 2", "Starfish", "yes"),
    ("Igor", "Mazurek", "", "Year 2", "Starfish", "yes"),
    ("Ezra", "Jacobs-Nunn", "", "Year 2", "Starfish", "yes"),
    # Year 3 - Seahorses
    ("Hamza", "Alkhatib", "", "Year 3", "Seahorses", "yes"),
    ("Tasneem", "Osman", "", "Year 3", "Seahorses", "yes"),
    ("Marina", "Ferreira", "", "Year 3", "Seahorses", "yes"),
    ("Hanna", "Zając", "", "Year 3", "Seahorses", "yes"),
    ("Bowie", "Halloran-Webb", "", "Year 3", "Seahorses", "yes"),
    ("Florence", "Adeyemi", "", "Year 3", "Seahorses", "yes"),
    ("Mazin", "El Tayeb", "", "Year 3", "Seahorses", "no"),
    ("Alfie", "March", "", "Year 3", "Seahorses", "yes"),
    # Year 4 - Cuttlefish
    ("Jan", "Kowalski", "", "Year 4", "Cuttlefish", "yes"),
    ("Ghazal", "Darwish", "", "Year 4", "Cuttlefish", "yes"),
    ("Reem", "Babiker", "", "Year 4", "Cuttlefish", "yes"),
    ("Gonçalo", "Sousa", "", "Year 4", "Cuttlefish", "yes"),
    ("Nell", "Pennington-Reyes", "", "Year 4", "Cuttlefish", "yes"),
    ("Otis", "Kemp", "", "Year 4", "Cuttlefish", "yes"),
    ("Lewis", "Fisher", "", "Year 4", "Cuttlefish", "yes"),
    # Year 5 - Kittiwakes
    ("Harrison", "Lane", "Harper", "Year 5", "Kittiwakes", "no"),
    ("Taim", "Hamdan", "", "Year 5", "Kittiwakes", "yes"),
    ("Fatima", "Babiker", "", "Year 5", "Kittiwakes", "yes"),
    ("Wojciech", "Lis", "Wojtek", "Year 5", "Kittiwakes", "yes"),
    ("Matilde", "Gonçalves", "", "Year 5", "Kittiwakes", "yes"),
    ("Rufus", "Delaney", "", "Year 5", "Kittiwakes", "yes"),
    ("Amal", "Ibrahim", "", "Year 5", "Kittiwakes", "yes"),
    ("Summer", "Ashdown", "", "Year 5", "Kittiwakes", "yes"),
    # Year 6 - Cormorants
    ("Mohamed", "Osman", "Mo", "Year 6", "Cormorants", "yes"),
    ("Yusuf", "Al-Masri", "", "Year 6", "Cormorants", "yes"),
    ("Lena", "Nowicka", "", "Year 6", "Cormorants", "yes"),
    ("Rodrigo", "Carvalho", "", "Year 6", "Cormorants", "yes"),
    ("Martha", "Quinn", "", "Year 6", "Cormorants", "yes"),
    ("Felix", "Goldstone", "", "Year 6", "Cormorants", "yes"),
    ("Blessing", "Okafor", "", "Year 6", "Cormorants", "no"),
]

# (title, forename, surname, role, consent_photo)
STAFF = [
    ("Ms", "Harriet", "Fisher", "Headteacher", "yes"),
    ("Mr", "Daniel", "Okoye", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Mrs", "Janine", "Cole", "SENCo", "yes"),
    ("Mrs", "Agnieszka", "Wróbel", "EAL Lead", "yes"),
    ("Mrs", "Ikhlas", "Abdalla", "Family Liaison Worker (Arabic)", "no"),
    ("Miss", "Sofia", "Carvalho", "Nursery Teacher", "yes"),
    ("Mr", "Jamie", "Pearce", "Reception Teacher", "yes"),
    ("Ms", "Noura", "Haddad", "Year 1 Teacher", "yes"),
    ("Mr", "Tom", "Ashby", "Year 2 Teacher", "yes"),
    ("Mrs", "Lucy", "Moss", "Year 3 Teacher", "yes"),
    ("Mr", "Ellis", "Grant", "Year 4 Teacher and Music Lead", "yes"),
    ("Miss", "Priya", "Lal", "Year 5 Teacher", "no"),
    ("Mr", "Ben", "Sutherland", "Year 6 Teacher", "yes"),
    ("Mr", "Rob", "Tully", "Beach School Leader", "yes"),
    ("Mrs", "Debbie", "Harker", "School Business Manager", "yes"),
]

SCHOOL = {
    "name": "Shinglebank Community Primary School and Nursery",
    "address": "2 Lagoon Rise, Hove",
    "postcode": "BN29 4SB",
    "phone": "01632 960418",
    "email": "office@shinglebank.example.org",
    "website": "https://www.shinglebank-primary.example.org",
}
