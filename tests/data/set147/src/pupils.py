"""Register, staff and school of set 147 (fictional): Wearhope House School, the education
unit of Wearhope House Secure Children's Home, Low Helmsworth, County Durham (ages 10-17)."""

# forename, surname, preferred_forename, year_group, class, consent_social_media
PUPILS = [
    # Year 6 - Gaunless
    ("Liberty", "Hall", "", "Year 6", "Gaunless", "yes"),
    ("Mason", "Crook", "", "Year 6", "Gaunless", "yes"),
    ("Precious", "Adeyemi", "", "Year 6", "Gaunless", "yes"),
    ("Tommy", "McDonagh", "", "Year 6", "Gaunless", "no"),
    # Year 7 - Browney
    ("Jordan", "Pickering", "", "Year 7", "Browney", "yes"),
    ("Kizzy", "Lee", "", "Year 7", "Browney", "yes"),
    ("Chase", "Dobson", "", "Year 7", "Browney", "yes"),
    ("Bridget", "Ward", "Bridie", "Year 7", "Browney", "no"),
    ("Alexis", "Shields", "Lexi", "Year 7", "Browney", "yes"),
    ("Denis", "Bandy", "", "Year 7", "Browney", "yes"),
    # Year 8 - Deerness
    ("Tyson", "Lee", "", "Year 8", "Deerness", "yes"),
    ("Kyle", "Robson", "", "Year 8", "Deerness", "yes"),
    ("Mercy", "Price", "", "Year 8", "Deerness", "yes"),
    ("Oliwia", "Kamińska", "Oli", "Year 8", "Deerness", "yes"),
    ("Ionuț", "Stoica", "", "Year 8", "Deerness", "no"),
    ("Sonny", "Gallagher", "", "Year 8", "Deerness", "yes"),
    ("Demi", "Bishop", "", "Year 8", "Deerness", "yes"),
    ("Reece", "Chester", "", "Year 8", "Deerness", "yes"),
    # Year 9 - Balder
    ("Van Minh", "Nguyen", "Minh", "Year 9", "Balder", "no"),
    ("Justice", "Owusu", "", "Year 9", "Balder", "yes"),
    ("Mackenzie", "Fell", "Kenzie", "Year 9", "Balder", "yes"),
    ("Blessing", "Okonjo", "", "Year 9", "Balder", "yes"),
    ("Logan", "Armstrong", "", "Year 9", "Balder", "yes"),
    ("Paris", "Swinburne", "", "Year 9", "Balder", "yes"),
    ("Ardit", "Hoxha", "", "Year 9", "Balder", "no"),
    ("Patience", "Smith", "", "Year 9", "Balder", "yes"),
    ("Dylan", "Moss", "", "Year 9", "Balder", "yes"),
    ("Ellie-Mae", "Thompson", "", "Year 9", "Balder", "yes"),
    # Year 10 - Skerne
    ("Callum", "Lambton", "Cal", "Year 10", "Skerne", "yes"),
    ("Zabihullah", "Noori", "Zabi", "Year 10", "Skerne", "no"),
    ("Yonas", "Tesfay", "", "Year 10", "Skerne", "yes"),
    ("Shannon", "Pattinson", "", "Year 10", "Skerne", "yes"),
    ("Martin", "Ward", "Marty", "Year 10", "Skerne", "no"),
    ("Marley", "Richardson", "", "Year 10", "Skerne", "yes"),
    ("Szymon", "Wróbel", "Szymek", "Year 10", "Skerne", "yes"),
    ("Jayden", "Hartley", "Jay", "Year 10", "Skerne", "yes"),
    ("Destiny", "Graham", "", "Year 10", "Skerne", "yes"),
    ("Kai", "Lumley", "", "Year 10", "Skerne", "yes"),
    ("Rebin", "Mahmoud", "", "Year 10", "Skerne", "yes"),
    ("Courtney", "Pringle", "", "Year 10", "Skerne", "yes"),
    # Year 11 - Greta
    ("Filmon", "Gebremedhin", "", "Year 11", "Greta", "yes"),
    ("Robert", "Shearer", "Bobby", "Year 11", "Greta", "yes"),
    ("Klevis", "Berisha", "", "Year 11", "Greta", "no"),
    ("Lacey", "Charlton", "", "Year 11", "Greta", "yes"),
    ("Patrick", "Joyce", "Paddy", "Year 11", "Greta", "no"),
    ("Nathan", "Storey", "Nate", "Year 11", "Greta", "yes"),
    ("Chantelle", "Hewitt", "", "Year 11", "Greta", "yes"),
    ("Michael", "Heron", "Mikey", "Year 11", "Greta", "yes"),
    ("Levi", "Boswell", "", "Year 11", "Greta", "yes"),
    ("Tiegan", "Nixon", "", "Year 11", "Greta", "yes"),
    ("Faye", "Milburn", "", "Year 11", "Greta", "yes"),
    ("Aaliyah", "Kamara", "", "Year 11", "Greta", "yes"),
    # Year 12 - Tees
    ("Connor", "Stephenson", "", "Year 12", "Tees", "yes"),
    ("Tanisha", "Blake", "", "Year 12", "Tees", "yes"),
    ("Dean", "Hackworth", "Deano", "Year 12", "Tees", "yes"),
    ("Gabriel", "Rostaș", "", "Year 12", "Tees", "no"),
    ("Thi Huong", "Tran", "Huong", "Year 12", "Tees", "yes"),
    ("Kieran", "Raby", "", "Year 12", "Tees", "yes"),
    ("Amira", "Hassan", "", "Year 12", "Tees", "yes"),
    ("Brandon", "Scott", "", "Year 12", "Tees", "yes"),
]

# title, forename, surname, role, consent_photo
STAFF = [
    ("Mrs", "Karen", "Tindale", "Head of Education", "yes"),
    ("Mr", "Steven", "Chester", "Deputy Head and Designated Safeguarding Lead", "yes"),
    ("Ms", "Rachel", "Hutchinson", "English and Literacy Lead", "yes"),
    ("Mr", "Lee", "Robson", "Maths and Functional Skills Maths", "yes"),
    ("Dr", "Priya", "Nair", "Science Teacher", "no"),
    ("Mr", "Darren", "Bell", "Vocational Lead (Construction and Barbering)", "yes"),
    ("Mrs", "Maureen", "Coulthard", "Horticulture Instructor (Allotment)", "yes"),
    ("Mr", "Jordan", "Pearson", "PE and Outdoor Learning", "yes"),
    ("Miss", "Hannah", "Fell", "Art and Design", "yes"),
    ("Mrs", "Sandra", "Okafor", "SENCo", "no"),
    ("Mr", "Besnik", "Krasniqi", "EAL and ESOL Teacher", "yes"),
    ("Miss", "Jade", "Wilkinson", "Learning Support Assistant", "yes"),
    ("Mr", "Craig", "Dunn", "Learning Support Assistant", "no"),
    ("Mrs", "Pauline", "Ward", "Careers Adviser and Virtual School Liaison", "yes"),
    ("Mrs", "Lorraine", "Dodds", "Education Administrator", "yes"),
    ("Mrs", "Denise", "Hepworth", "Registered Manager, Wearhope House", "no"),
]

SCHOOL = {
    "name": "Wearhope House School",
    "address": "Wearhope House, Coldknott Lane, Low Helmsworth, County Durham",
    "postcode": "DL19 4QW",
    "phone": "01632 960417",
    "email": "education@wearhopehouse.example.org",
    "website": "www.wearhopehouse.example.org",
}
