"""Register, staff and school details for set 170 (Drumgarth School, Aberdeen). All invented."""

# (forename, surname, preferred_forename, year_group, class, consent_social_media)
PUPILS = [
    # Nursery (Puffins)
    ("Solveig", "Haugen", "", "Nursery", "Puffins", "yes"),
    ("Bram", "Visser", "", "Nursery", "Puffins", "yes"),
    ("Favour", "Adeyemi", "", "Nursery", "Puffins", "yes"),
    ("Hunter", "Kowalski", "", "Nursery", "Puffins", "yes"),
    # P1 (Drum)
    ("Astrid", "Møller", "", "P1", "Drum", "yes"),
    ("Archie", "Strachan", "", "P1", "Drum", "yes"),
    ("Nur Aisyah", "Zulkifli", "Aisyah", "P1", "Drum", "yes"),
    ("Miracle", "Eze", "", "P1", "Drum", "yes"),
    # P2 (Fyvie)
    ("Sem", "de Vries", "", "P2", "Fyvie", "yes"),
    ("Brooklyn", "Houston", "", "P2", "Fyvie", "yes"),
    ("Ellie", "Gordon", "", "P2", "Fyvie", "yes"),
    ("Arjun", "Maharaj", "", "P2", "Fyvie", "yes"),
    # P3 (Crathes)
    ("Oluwatobiloba", "Balogun", "Tobi", "P3", "Crathes", "yes"),
    ("Freja", "Nielsen", "", "P3", "Crathes", "yes"),
    ("Magnus", "Dahl", "", "P3", "Crathes", "yes"),
    ("Lachlan", "Mitchell", "", "P3", "Crathes", "yes"),
    # P4 (Craigievar)
    ("Daan", "van Dijk", "", "P4", "Craigievar", "yes"),
    ("Sigrid", "Haaland", "", "P4", "Craigievar", "yes"),
    ("Paisley", "Thompson", "", "P4", "Craigievar", "no"),
    ("Wei Jie", "Tan", "Ethan", "P4", "Craigievar", "yes"),
    # P5 (Fraser)
    ("Emil", "Andersen", "", "P5", "Fraser", "yes"),
    ("Chiamaka", "Okafor", "Amaka", "P5", "Fraser", "yes"),
    ("Fraser", "Ogston", "", "P5", "Fraser", "yes"),
    ("Shivani", "Persad", "", "P5", "Fraser", "yes"),
    # P6 (Dunnottar)
    ("Håkon", "Strand", "", "P6", "Dunnottar", "yes"),
    ("Lotte", "Bakker", "", "P6", "Dunnottar", "yes"),
    ("Kyle", "Baptiste", "", "P6", "Dunnottar", "yes"),
    ("Kirsty", "Milne", "", "P6", "Dunnottar", "yes"),
    # P7 (Slains)
    ("Ifeoluwa", "Nwosu", "Ife", "P7", "Slains", "yes"),
    ("Mads", "Kjeldsen", "", "P7", "Slains", "yes"),
    ("Madison", "Brooks", "", "P7", "Slains", "yes"),
    ("Ewan", "Skene", "", "P7", "Slains", "yes"),
    ("Muhammad Danial", "Hashim", "Danial", "P7", "Slains", "yes"),
    # S1
    ("Nora", "Eriksen", "", "S1", "1M", "yes"),
    ("Thijs", "Mulder", "", "S1", "1M", "yes"),
    ("Aaliyah", "Joseph", "", "S1", "1M", "yes"),
    ("Callum", "Findlater", "", "S1", "1M", "no"),
    # S2
    ("Liv", "Strand", "", "S2", "2M", "yes"),
    ("Chidera", "Eze", "", "S2", "2M", "yes"),
    ("Everett", "Holmes", "", "S2", "2M", "yes"),
    ("Mei Ling", "Lim", "Jolene", "S2", "2M", "yes"),
    # S3
    ("Tiril", "Haugen", "", "S3", "3M", "yes"),
    ("Femke", "de Jong", "", "S3", "3M", "yes"),
    ("Ross", "Forbes", "", "S3", "3M", "yes"),
    ("Rajiv", "Ramkissoon", "Raj", "S3", "3M", "yes"),
    # S4
    ("Frederik", "Holm", "Freddie", "S4", "4M", "yes"),
    ("Blessing", "Oyelaran", "", "S4", "4M", "yes"),
    ("Tucker", "Grant", "", "S4", "4M", "yes"),
    ("Eilidh", "Duthie", "", "S4", "4M", "yes"),
    ("Kavitha", "Subramaniam", "", "S4", "4M", "yes"),
    # S5
    ("Eirik", "Sæther", "", "S5", "5M", "yes"),
    ("Jayden", "Charles", "", "S5", "5M", "yes"),
    ("Noor", "Visser", "", "S5", "5M", "yes"),
    ("Mhairi", "Paterson", "", "S5", "5M", "yes"),
    ("Kelechi", "Nwosu", "", "S5", "5M", "no"),
    # S6
    ("Andreas", "Lie", "", "S6", "6M", "yes"),
    ("Clara", "Møller", "", "S6", "6M", "yes"),
    ("Chinonso", "Okonkwo", "Nonso", "S6", "6M", "yes"),
    ("Austin", "Reyes", "", "S6", "6M", "yes"),
    ("Hamish", "Gordon", "", "S6", "6M", "yes"),
]

# title, forename, surname, role, consent_photo
STAFF = [
    ("Dr", "Helen", "Strachan", "Rector", "yes"),
    ("Mr", "Graeme", "Milne", "Head of Junior School", "yes"),
    ("Mrs", "Morag", "Cruickshank", "Depute Rector (Pastoral) and Child Protection Co-ordinator", "yes"),
    ("Mr", "Pieter", "de Vries", "Head of Senior School", "yes"),
    ("Miss", "Eilidh", "Gauld", "Nursery Teacher", "yes"),
    ("Mrs", "Liv", "Solberg", "P1 Teacher", "yes"),
    ("Mr", "Callum", "Ironside", "P4 Teacher", "no"),
    ("Mrs", "Adaeze", "Okafor", "P7 Teacher", "yes"),
    ("Ms", "Rachel", "Thain", "Head of Support for Learning", "yes"),
    ("Mr", "Lars", "Kjær", "Head of PE", "yes"),
    ("Mrs", "Shelley-Ann", "Ramdial", "Director of Music", "yes"),
    ("Mr", "Douglas", "Buchan", "Head of English", "no"),
    ("Dr", "Siti", "Rahman", "Head of Chemistry and Careers", "yes"),
    ("Mrs", "Jennifer", "Whitaker", "Guidance Teacher (S1-S3)", "yes"),
    ("Mr", "Iain", "Duguid", "Bursar", "yes"),
    ("Mrs", "Heather", "Reid", "School Nurse", "yes"),
]

SCHOOL = {
    "name": "Drumgarth School",
    "address": "Drumgarth House, Den of Drumgarth Road, Cults, Aberdeen",
    "postcode": "AB19 6QD",
    "phone": "01632 960418",
    "email": "office@drumgarth-school.example",
    "website": "www.drumgarth-school.example",
}
