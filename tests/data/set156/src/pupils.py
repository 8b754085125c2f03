"""Register for set 156: Anchorsmith Primary School and Nursery, Deptford, Lewisham (fictional)."""

# (forename, surname, preferred_forename, year_group, class, consent_social_media)
PUPILS = [
    # Nursery - Pelican
    ("Kofi", "Owusu", "", "Nursery", "Pelican", "yes"),
    ("Ivy", "Lam", "", "Nursery", "Pelican", "yes"),
    ("Zion", "Campbell", "", "Nursery", "Pelican", "yes"),
    ("Bảo Ngọc", "Phạm", "Ngoc", "Nursery", "Pelican", "yes"),
    ("Praise", "Adeyemi", "", "Nursery", "Pelican", "yes"),
    ("Frankie", "Drake", "", "Nursery", "Pelican", "yes"),
    # Reception - Discovery
    ("Nam", "Hoàng", "", "Reception", "Discovery", "no"),
    ("Hayden", "Wong", "", "Reception", "Discovery", "yes"),
    ("Ayomide", "Balogun", "Ayo", "Reception", "Discovery", "yes"),
    ("Abena", "Mensah", "", "Reception", "Discovery", "yes"),
    ("Marley", "Reid", "", "Reception", "Discovery", "yes"),
    ("Evelyn", "Brooks", "", "Reception", "Discovery", "yes"),
    ("Winnie", "Cheung", "", "Reception", "Discovery", "yes"),
    ("Kayden", "Man", "", "Reception", "Discovery", "yes"),
    # Year 1 - Resolution
    ("Linh", "Đỗ", "", "Year 1", "Resolution", "yes"),
    ("Favour", "Akinola", "", "Year 1", "Resolution", "yes"),
    ("Yaw", "Boateng", "", "Year 1", "Resolution", "yes"),
    ("Shanice", "Grant", "", "Year 1", "Resolution", "yes"),
    ("Chloe", "Ho", "", "Year 1", "Resolution", "yes"),
    ("Lacey-Mae", "Dunn", "", "Year 1", "Resolution", "yes"),
    ("Tobiloba", "Ojo", "Tobi", "Year 1", "Resolution", "yes"),
    ("Mai", "Lê", "", "Year 1", "Resolution", "yes"),
    # Year 2 - Endeavour
    ("Ethan", "Chan", "", "Year 2", "Endeavour", "yes"),
    ("Blessing", "Ogunleye", "", "Year 2", "Endeavour", "yes"),
    ("Ama", "Darko", "", "Year 2", "Endeavour", "yes"),
    ("Kemar", "Forbes", "", "Year 2", "Endeavour", "yes"),
    ("Tommy", "O'Leary", "", "Year 2", "Endeavour", "no"),
    ("Minh Khoa", "Vũ", "Khoa", "Year 2", "Endeavour", "yes"),
    ("Precious", "Bakare", "", "Year 2", "Endeavour", "yes"),
    ("Tiana", "Sterling", "", "Year 2", "Endeavour", "yes"),
    # Year 3 - Adventure
    ("Trà My", "Nguyễn", "My", "Year 3", "Adventure", "yes"),
    ("Kwabena", "Asante", "Kobby", "Year 3", "Adventure", "yes"),
    ("Jaden", "Thompson", "", "Year 3", "Adventure", "yes"),
    ("Fiyinfoluwa", "Adewale", "Fiyin", "Year 3", "Adventure", "yes"),
    ("Marcus", "Lau", "", "Year 3", "Adventure", "yes"),
    ("Summer", "Whitlock", "", "Year 3", "Adventure", "yes"),
    ("Wisdom", "Olawale", "", "Year 3", "Adventure", "yes"),
    # Year 4 - Bounty
    ("Sunny", "Kwok", "", "Year 4", "Bounty", "yes"),
    ("Tuấn", "Bùi", "", "Year 4", "Bounty", "no"),
    ("Efua", "Addo", "", "Year 4", "Bounty", "yes"),
    ("Nia", "Bailey", "", "Year 4", "Bounty", "yes"),
    ("Damilola", "Coker", "Dami", "Year 4", "Bounty", "yes"),
    ("Jade", "Yip", "", "Year 4", "Bounty", "yes"),
    ("Kai", "Drake", "", "Year 4", "Bounty", "yes"),
    ("Grace", "Ogunleye", "", "Year 4", "Bounty", "yes"),
    # Year 5 - Dolphin
    ("Yaa", "Asante", "", "Year 5", "Dolphin", "yes"),
    ("Kim", "Hoàng", "", "Year 5", "Dolphin", "yes"),
    ("Oluwaseun", "Falana", "Seun", "Year 5", "Dolphin", "yes"),
    ("Tyrese", "Gayle", "", "Year 5", "Dolphin", "yes"),
    ("Hailey", "Tse", "", "Year 5", "Dolphin", "yes"),
    ("Kian", "Flynn", "", "Year 5", "Dolphin", "yes"),
    ("Joy", "Mensah", "", "Year 5", "Dolphin", "yes"),
    # Year 6 - Golden Hind
    ("Kelvin", "Leung", "", "Year 6", "Golden Hind", "yes"),
    ("Destiny", "Clarke", "", "Year 6", "Golden Hind", "no"),
    ("Temitope", "Ajayi", "Tope", "Year 6", "Golden Hind", "yes"),
    ("Kojo", "Osei", "", "Year 6", "Golden Hind", "yes"),
    ("Long", "Trương", "", "Year 6", "Golden Hind", "yes"),
    ("Lily", "Marlowe", "", "Year 6", "Golden Hind", "yes"),
    ("Isaac", "Fong", "", "Year 6", "Golden Hind", "yes"),
    ("Peter", "Olawale", "", "Year 6", "Golden Hind", "yes"),
]

# title, forename, surname, role, consent_photo
STAFF = [
    ("Mrs", "Angela", "Whitcombe", "Headteacher", "yes"),
    ("Mr", "Desmond", "Clarke", "Deputy Headteacher and Designated Safeguarding Lead", "yes"),
    ("Mrs", "Lorraine", "Grant", "SENCo", "yes"),
    ("Ms", "Thuy", "Nguyen", "EAL Lead", "yes"),
    ("Mrs", "Funmi", "Adeyemi", "Nursery Lead (Pelican)", "yes"),
    ("Ms", "Ellie", "Morgan", "Reception Teacher (Discovery)", "yes"),
    ("Miss", "Jade", "Fletcher", "Year 1 Teacher (Resolution)", "yes"),
    ("Miss", "Hannah", "Seacombe", "Year 2 Teacher (Endeavour)", "no"),
    ("Ms", "Karen", "Tsang", "Year 3 Teacher (Adventure)", "yes"),
    ("Mr", "Jonah", "Pryce", "Year 4 Teacher (Bounty)", "yes"),
    ("Mr", "Kwame", "Mensah", "Year 5 Teacher (Dolphin)", "yes"),
    ("Mr", "Tom", "Ashdown", "Year 6 Teacher (Golden Hind)", "yes"),
    ("Mr", "Patrick", "Doyle", "PE and Sports Coach", "yes"),
    ("Mrs", "Sharon", "Fairweather", "Office Manager", "yes"),
    ("Mrs", "Abimbola", "Oyelaran", "Family Support Worker", "no"),
]

SCHOOL = {
    "name": "Anchorsmith Primary School and Nursery",
    "address": "Shipwright Row, Deptford, London",
    "postcode": "SE29 6AN",
    "phone": "020 7946 0318",
    "email": "office@anchorsmith-primary.example.org",
    "website": "www.anchorsmith-primary.example.org",
}
