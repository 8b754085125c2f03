"""Register for set 163: Thrupp Orchard Steiner School, near Stroud (fictional)."""

# (forename, surname, preferred_forename, year_group, class, consent_social_media)
PUPILS = [
    # Hawthorn Kindergarten (Nursery)
    ("Bramble", "Hedges", "", "Nursery", "Hawthorn Kindergarten", "yes"),
    ("Story", "Mead", "", "Nursery", "Hawthorn Kindergarten", "yes"),
    ("Emil", "Sørensen", "", "Nursery", "Hawthorn Kindergarten", "yes"),
    ("Juniper", "Fox", "Juni", "Nursery", "Hawthorn Kindergarten", "yes"),
    ("Otto", "Brandt", "", "Nursery", "Hawthorn Kindergarten", "yes"),
    # Elder Kindergarten (Reception and Year 1)
    ("Wren", "Paradise", "", "Reception", "Elder Kindergarten", "yes"),
    ("Fenna", "Visser", "", "Reception", "Elder Kindergarten", "yes"),
    ("Solomon", "Achterberg", "Sol", "Reception", "Elder Kindergarten", "yes"),
    ("Clover", "Bird", "", "Reception", "Elder Kindergarten", "yes"),
    ("Tilde", "Nyberg", "", "Reception", "Elder Kindergarten", "yes"),
    ("Linnea", "Bergström", "", "Year 1", "Elder Kindergarten", "yes"),
    ("Forest", "Ashby", "", "Year 1", "Elder Kindergarten", "yes"),
    ("Moss", "Tuckwell", "", "Year 1", "Elder Kindergarten", "yes"),
    ("Daan", "de Vries", "", "Year 1", "Elder Kindergarten", "yes"),
    ("Ottilie", "Winter", "Tilly", "Year 1", "Elder Kindergarten", "yes"),
    # Class 1 (Year 2), Mr Thorne
    ("Rowan", "Gardner", "", "Year 2", "Class 1", "yes"),
    ("Lucia", "Bergström", "", "Year 2", "Class 1", "yes"),
    ("Indigo", "Thorne", "", "Year 2", "Class 1", "yes"),
    ("Jonas", "Weber", "", "Year 2", "Class 1", "yes"),
    ("Saffron", "Lamb", "", "Year 2", "Class 1", "yes"),
    ("Femke", "Bakker", "", "Year 2", "Class 1", "yes"),
    # Class 2 (Year 3), Mrs Gale
    ("River", "Ashby", "", "Year 3", "Class 2", "yes"),
    ("Sage", "Weaver", "", "Year 3", "Class 2", "yes"),
    ("Hannes", "Vogel", "Hanno", "Year 3", "Class 2", "yes"),
    ("Elowen", "Pascoe", "", "Year 3", "Class 2", "yes"),
    ("Kit", "Marsh", "", "Year 3", "Class 2", "no"),
    ("Freja", "Haugen", "", "Year 3", "Class 2", "yes"),
    # Class 3 (Year 4), Ms Dyer
    ("Sky", "Fairweather", "", "Year 4", "Class 3", "yes"),
    ("Anouk", "Visser", "", "Year 4", "Class 3", "yes"),
    ("Arlo", "Stone", "", "Year 4", "Class 3", "yes"),
    ("Greta", "Schäfer", "", "Year 4", "Class 3", "yes"),
    ("Tansy", "Dyer", "", "Year 4", "Class 3", "yes"),
    ("Ivo", "Brandt", "", "Year 4", "Class 3", "yes"),
    # Class 4 (Year 5), Mrs Okafor
    ("Bodhi", "Lark", "", "Year 5", "Class 4", "yes"),
    ("Sigrid", "Nyberg", "", "Year 5", "Class 4", "yes"),
    ("Felix", "Achterberg", "", "Year 5", "Class 4", "yes"),
    ("Hazel", "Pike", "", "Year 5", "Class 4", "yes"),
    ("Marigold", "Rees", "Goldie", "Year 5", "Class 4", "yes"),
    # Class 5 (Year 6), Mr Ashdown
    ("Blue", "Tuckwell", "", "Year 6", "Class 5", "yes"),
    ("Konstantin", "Weber", "Kosti", "Year 6", "Class 5", "yes"),
    ("Ffion", "Pascoe", "", "Year 6", "Class 5", "yes"),
    ("Gabriel", "Lindqvist", "", "Year 6", "Class 5", "yes"),
    ("Isolde", "Meyer", "", "Year 6", "Class 5", "yes"),
    ("Laurie", "Shepherd", "", "Year 6", "Class 5", "yes"),
    # Class 6 (Year 7), Mr Ebner
    ("Willow", "Fairweather", "", "Year 7", "Class 6", "yes"),
    ("Pieter", "van Dijk", "Piet", "Year 7", "Class 6", "yes"),
    ("Orla", "Kavanagh", "", "Year 7", "Class 6", "yes"),
    ("Ezra", "Cotton", "", "Year 7", "Class 6", "no"),
    ("Astrid", "Haugen", "", "Year 7", "Class 6", "yes"),
    # Class 7 (Year 8), Mr Haugen
    ("Rosie", "Mead", "", "Year 8", "Class 7", "yes"),
    ("Thijs", "Bakker", "", "Year 8", "Class 7", "yes"),
    ("Leif", "Sørensen", "", "Year 8", "Class 7", "yes"),
    ("Merlin", "Hedges", "", "Year 8", "Class 7", "yes"),
    ("Noor", "Haddad", "", "Year 8", "Class 7", "no"),
    ("Rafferty", "Lamb", "Raff", "Year 8", "Class 7", "yes"),
    # Class 8 (Year 9), Mr Grey
    ("Lotte", "Meyer", "", "Year 9", "Class 8", "yes"),
    ("Caspar", "Vogel", "", "Year 9", "Class 8", "yes"),
    ("Ingrid", "Solberg", "", "Year 9", "Class 8", "yes"),
    ("Tobias", "Greenaway", "Toby", "Year 9", "Class 8", "yes"),
    ("Oak", "Gardner", "", "Year 9", "Class 8", "yes"),
]

# (title, forename, surname, role, consent_photo)
STAFF = [
    ("Mrs", "Annegret", "Voss", "Education Coordinator", "yes"),
    ("Mrs", "Clare", "Summers", "Learning Support Coordinator and DSL", "yes"),
    ("Mr", "Tobias", "Grey", "Class 8 Teacher", "yes"),
    ("Mr", "Lars", "Haugen", "Class 7 Teacher", "yes"),
    ("Mr", "Jakob", "Ebner", "Class 6 Teacher and Music", "no"),
    ("Mr", "Michael", "Ashdown", "Class 5 Teacher", "yes"),
    ("Mrs", "Ruth", "Okafor", "Class 4 Teacher", "yes"),
    ("Ms", "Philippa", "Dyer", "Class 3 Teacher", "yes"),
    ("Mrs", "Beth", "Gale", "Class 2 Teacher", "yes"),
    ("Mr", "Ewan", "Thorne", "Class 1 Teacher", "yes"),
    ("Miss", "Hazel", "Brook", "Hawthorn Kindergarten Leader", "yes"),
    ("Mrs", "Saskia", "de Vries", "Elder Kindergarten Leader", "yes"),
    ("Mrs", "Ingeborg", "Schäfer", "Eurythmy Teacher", "no"),
    ("Mr", "Rupert", "Fairweather", "Biodynamic Gardener and Land Work Teacher", "yes"),
    ("Mrs", "Eleanor", "Marsh", "School Business Manager", "yes"),
    ("Dr", "Miriam", "Holt", "School Doctor (visiting)", "no"),
]

SCHOOL = {
    "name": "Thrupp Orchard Steiner School",
    "address": "Orchard Lane, Thrupp, Stroud, Gloucestershire",
    "postcode": "GL27 2TQ",
    "phone": "01632 960385",
    "email": "office@thrupporchard.example.org",
    "website": "www.thrupporchard.example.org",
}
