"""Register, staff and school details for set 143 (Cobridge Kilns Learning Centre, a fictional
pupil referral unit for Key Stages 3-4 in Stoke-on-Trent). Everything here is invented."""

LA_CODE = "4719"  # fictional local-authority code used in the UPNs

SCHOOL = {
    "name": "Cobridge Kilns Learning Centre",
    "address": "Saggar Row, Cobridge, Stoke-on-Trent",
    "postcode": "ST96 4KL",
    "phone": "01632 960580",
    "email": "office@cobridgekilns.example.org",
    "website": "www.cobridgekilns.example.org",
}

# Teaching groups are named after pottery words: Year 7 Flint, 8 Marl, 9 Slip, 10 Glaze, 11 Kiln.
GROUPS = {7: "Flint", 8: "Marl", 9: "Slip", 10: "Glaze", 11: "Kiln"}
ENTRY = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14"}

# forename, surname, preferred, year, sex, social, website, press, name_with_photo, biometric
PUPILS = [
    # Year 7 (Flint)
    ("Mason", "Brindley", "", 7, "m", "yes", "yes", "yes", "no", "yes"),
    ("Destiny", "Holdcroft", "", 7, "f", "yes", "yes", "no", "no", "yes"),
    ("Dominik", "Balog", "", 7, "m", "yes", "yes", "no", "no", "no"),
    ("Inaya", "Hussain", "", 7, "f", "yes", "yes", "no", "yes", "no"),
    ("Rojin", "Amedi", "", 7, "f", "yes", "no", "no", "no", "yes"),
    ("Francesca", "Salt", "Frankie", 7, "f", "yes", "yes", "yes", "no", "yes"),
    ("Kacper", "Nowicki", "", 7, "m", "yes", "yes", "no", "no", "yes"),
    ("Tyrese", "Matthews", "", 7, "m", "yes", "yes", "yes", "no", "yes"),
    # Year 8 (Marl)
    ("Paris", "Shenton", "", 8, "f", "yes", "yes", "no", "no", "yes"),
    ("Roman", "Lakatoš", "", 8, "m", "yes", "yes", "no", "no", "no"),
    ("Zain", "Mahmood", "", 8, "m", "yes", "yes", "yes", "no", "yes"),
    ("Jade", "Tunstall", "", 8, "f", "yes", "yes", "yes", "no", "yes"),
    ("Azad", "Rashid", "", 8, "m", "yes", "yes", "no", "no", "no"),
    ("Oliwia", "Kamińska", "", 8, "f", "yes", "yes", "no", "yes", "yes"),
    ("Kayden", "Plant", "", 8, "m", "yes", "yes", "yes", "no", "yes"),
    ("Blessing", "Okafor", "", 8, "f", "yes", "yes", "yes", "no", "yes"),
    ("Riley", "Banks", "", 8, "m", "yes", "yes", "no", "no", "yes"),
    ("Ionuț", "Popescu", "", 8, "m", "yes", "no", "no", "no", "no"),
    # Year 9 (Slip)
    ("Hope", "Fenton", "", 9, "f", "yes", "yes", "yes", "no", "yes"),
    ("Patrik", "Horváth", "", 9, "m", "yes", "yes", "no", "no", "no"),
    ("Denisa", "Horváthová", "", 9, "f", "yes", "yes", "no", "no", "no"),
    ("Hamza", "Iqbal", "", 9, "m", "yes", "yes", "yes", "no", "yes"),
    ("Lacey", "Mould", "", 9, "f", "yes", "yes", "no", "no", "yes"),
    ("Yazan", "Al-Khatib", "", 9, "m", "yes", "yes", "no", "no", "yes"),
    ("Charlie", "Cliff", "", 9, "m", "yes", "yes", "yes", "no", "yes"),
    ("Ellis", "Heath", "", 9, "m", "yes", "yes", "no", "no", "yes"),
    ("Brooke", "Walley", "", 9, "f", "yes", "yes", "no", "no", "yes"),
    ("Farhad", "Noorzai", "", 9, "m", "yes", "no", "no", "yes", "no"),
    ("Kemar", "Reid", "", 9, "m", "no", "no", "no", "no", "no"),
    ("Amber-Leigh", "Boulton", "Amber", 9, "f", "yes", "yes", "yes", "no", "yes"),
    # Year 10 (Glaze)
    ("Jordan", "Mitchell", "", 10, "m", "yes", "yes", "yes", "no", "yes"),
    ("Tayla", "Hulme", "", 10, "f", "yes", "yes", "no", "no", "yes"),
    ("Marek", "Oláh", "", 10, "m", "yes", "yes", "no", "no", "no"),
    ("Ayaan", "Hussain", "", 10, "m", "yes", "yes", "no", "no", "yes"),
    ("Shvan", "Mustafa", "", 10, "m", "yes", "yes", "no", "no", "yes"),
    ("Bianca", "Ionescu", "", 10, "f", "no", "no", "no", "no", "no"),
    ("Reginald", "Barlow", "Reggie", 10, "m", "yes", "yes", "yes", "no", "yes"),
    ("Kian", "Hollins", "", 10, "m", "yes", "yes", "no", "no", "yes"),
    ("Safa", "Bibi", "", 10, "f", "yes", "yes", "no", "yes", "no"),
    ("Szymon", "Wójcik", "", 10, "m", "yes", "yes", "no", "no", "yes"),
    ("Chase", "Goodwin", "", 10, "m", "yes", "yes", "yes", "no", "yes"),
    ("Harmony", "Bailey", "", 10, "f", "yes", "yes", "yes", "no", "yes"),
    ("Rahaf", "Al-Khatib", "", 10, "f", "yes", "no", "no", "yes", "no"),
    ("Callum", "Baddeley", "", 10, "m", "yes", "yes", "no", "no", "yes"),
    # Year 11 (Kiln)
    ("Brandon", "Shenton", "", 11, "m", "yes", "yes", "yes", "no", "yes"),
    ("Courtney", "Matthews", "", 11, "f", "yes", "yes", "yes", "no", "yes"),
    ("Adrián", "Lakatoš", "", 11, "m", "yes", "yes", "no", "no", "no"),
    ("Vanesa", "Gaži", "", 11, "f", "yes", "yes", "no", "yes", "no"),
    ("Haris", "Iqbal", "", 11, "m", "yes", "yes", "no", "no", "yes"),
    ("Precious", "Adeyemi", "", 11, "f", "yes", "yes", "yes", "no", "yes"),
    ("Liam", "Doolan", "", 11, "m", "no", "no", "no", "no", "no"),
    ("Mackenzie", "Potts", "Kenzie", 11, "f", "yes", "yes", "yes", "no", "yes"),
    ("Mohammed Bilal", "Haddad", "Bilal", 11, "m", "yes", "yes", "no", "no", "yes"),
    ("Andrei", "Munteanu", "", 11, "m", "yes", "yes", "no", "no", "yes"),
    ("Demi", "Lightfoot", "", 11, "f", "yes", "yes", "yes", "yes", "yes"),
    ("Harley", "Bennett", "", 11, "m", "yes", "yes", "yes", "no", "yes"),
    ("Baran", "Zebari", "", 11, "m", "yes", "yes", "no", "no", "no"),
    ("Shahzad", "Akhtar", "Sunny", 11, "m", "yes", "yes", "yes", "no", "yes"),
    ("Marley", "Steele", "", 11, "m", "yes", "yes", "no", "no", "yes"),
    ("Ruby-Mae", "Goodwin", "", 11, "f", "yes", "yes", "no", "no", "yes"),
]

# title, forename, surname, role, consent_photo
STAFF = [
    ("Mrs", "Dawn", "Shenton", "Headteacher", "yes"),
    ("Mr", "Gareth", "Plant", "Deputy Headteacher and DSL", "yes"),
    ("Ms", "Nasreen", "Akhtar", "SENCo", "yes"),
    ("Mr", "Lee", "Mitchell", "Maths Teacher", "yes"),
    ("Miss", "Jade", "Bowers", "English Teacher", "yes"),
    ("Mr", "Tomasz", "Nowak", "Science Teacher", "no"),
    ("Mrs", "Karen", "Heath", "Family Support Worker", "yes"),
    ("Mr", "Darren", "Boulton", "PE and Outdoor Education", "yes"),
    ("Mrs", "Shazia", "Hussain", "Attendance Officer", "yes"),
    ("Mr", "Pete", "Salt", "Construction Tutor", "yes"),
    ("Ms", "Rachel", "Foster", "Art and Ceramics Teacher", "yes"),
    ("Mr", "Ian", "Kendrick", "Business Manager", "no"),
    ("Mrs", "Julie", "Mould", "Office Manager", "yes"),
    ("Miss", "Hope", "Lindley", "Learning Mentor", "yes"),
    ("Mr", "Milan", "Horváth", "Roma Community Mentor", "yes"),
]
