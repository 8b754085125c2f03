"""Register, staff and school for set 92 (Pill Riverside Primary, Pillgwenlly, Newport)."""

SCHOOL = {
    "name": "Pill Riverside Primary School",
    "address": "Mariner Row, Pillgwenlly, Newport",
    "postcode": "NP29 4DQ",
    "phone": "01632 960417",
    "email": "office@pillriverside.example.org",
    "website": "https://www.pillriverside.example.org",
}

CLASSES = {
    "Nursery": "Dryw", "Reception": "Titw", "Year 1": "Robin", "Year 2": "Gwennol",
    "Year 3": "Crëyr", "Year 4": "Hebog", "Year 5": "Barcud", "Year 6": "Eryr",
}

# (forename, surname, preferred, year group); serial follows list order
PUPILS = [
    ("Eira", "Morgan", "", "Nursery"),
    ("Amal", "Qasim", "", "Nursery"),
    ("Samuel", "Lakatoš", "", "Nursery"),
    ("Hibo", "Warsame", "", "Nursery"),
    ("Seren", "Jenkins", "", "Reception"),
    ("Zakariya", "Al-Hakimi", "Zak", "Reception"),
    ("Vanesa", "Balog", "", "Reception"),
    ("Yusuf", "Ali", "", "Reception"),
    ("Tyler", "Frost", "", "Reception"),
    ("Nasra", "Farah", "", "Reception"),
    ("Kacey-Leigh", "Williams", "", "Reception"),
    ("Hamza", "Rashid", "", "Reception"),
    ("Haf", "Bevan", "", "Year 1"),
    ("Dominik", "Horváth", "Domi", "Year 1"),
    ("Sagal", "Abdi", "", "Year 1"),
    ("Amani", "Saleh", "", "Year 1"),
    ("Mason", "Griffiths", "", "Year 1"),
    ("Noor", "Hussain", "", "Year 1"),
    ("Patrik", "Červeňák", "", "Year 1"),
    ("Lily-Mai", "Powell", "", "Year 1"),
    ("Roman", "Gaži", "", "Year 2"),
    ("Ilhan", "Yusuf", "", "Year 2"),
    ("Huda", "Al-Shaibani", "", "Year 2"),
    ("Rhys", "Davies", "", "Year 2"),
    ("Khadijah", "Iqbal", "Dija", "Year 2"),
    ("Denisa", "Lakatoš", "", "Year 2"),
    ("Ffion", "Morgan", "", "Year 2"),
    ("Bilal", "Shah", "", "Year 2"),
    ("Abdirahman", "Warsame", "Abdi", "Year 3"),
    ("Sabína", "Dužda", "", "Year 3"),
    ("Ayaan", "Farah", "", "Year 3"),
    ("Kayden", "Jones", "", "Year 3"),
    ("Mariam", "Akhtar", "", "Year 3"),
    ("Sabah", "Nasser", "", "Year 3"),
    ("Dylan", "Hopkins", "", "Year 3"),
    ("Storm", "Bowen", "", "Year 3"),
    ("Nikolas", "Ferenc", "", "Year 4"),
    ("Mohammed", "Al-Hubaishi", "Hamoudi", "Year 4"),
    ("Fartun", "Hassan", "", "Year 4"),
    ("Cerys", "Price", "", "Year 4"),
    ("Zain", "Iqbal", "", "Year 4"),
    ("Alexandra", "Oláh", "Saša", "Year 4"),
    ("Jac", "Thomas", "", "Year 4"),
    ("Destiny", "Cole", "", "Year 4"),
    ("Ismail", "Abdullahi", "", "Year 5"),
    ("Erika", "Mirga", "", "Year 5"),
    ("Layla", "Qasim", "", "Year 5"),
    ("Rehan", "Mahmood", "", "Year 5"),
    ("Rhiannon", "Powell", "Rhi", "Year 5"),
    ("Ellis", "Barry", "", "Year 5"),
    ("Yahya", "Mansoor", "", "Year 5"),
    ("Iman", "Hussain", "", "Year 5"),
    ("Hodan", "Mohamud", "", "Year 6"),
    ("Marek", "Kotlár", "", "Year 6"),
    ("Sara", "Al-Shaibani", "", "Year 6"),
    ("Aaliyah", "Shah", "", "Year 6"),
    ("Jayden", "Frost", "", "Year 6"),
    ("Bradley", "Jenkins", "", "Year 6"),
    ("Viktória", "Balog", "", "Year 6"),
    ("Liban", "Osman", "", "Year 6"),
]

# entry year (2-digit) by year group, for the UPN body
ENTRY = {"Nursery": "23", "Reception": "22", "Year 1": "21", "Year 2": "20", "Year 3": "19",
         "Year 4": "18", "Year 5": "17", "Year 6": "16"}
LA, EST = "680", "2417"   # 680 = Newport; 2417 a fictional establishment number
LATE = {"Patrik Červeňák": ("330", "24"), "Erika Mirga": ("873", "23"),
        "Yahya Mansoor": ("681", "22"), "Nikolas Ferenc": ("330", "22")}

NO_SOCIAL = {"Vanesa Balog", "Jayden Frost"}

STAFF = [
    ("PR01", "Mr", "Gareth", "Llewellyn", "Headteacher", "yes", "yes"),
    ("PR02", "Mrs", "Nadia", "Ali", "Deputy Headteacher and DSL", "yes", "yes"),
    ("PR03", "Mrs", "Kath", "Hughes", "ALNCo", "yes", "no"),
    ("PR04", "Miss", "Rebecca", "Price", "Year 6 teacher (Eryr)", "yes", "yes"),
    ("PR05", "Mr", "Dylan", "Pritchard", "Year 5 teacher (Barcud)", "yes", "yes"),
    ("PR06", "Mr", "Owain", "Morris", "Year 4 teacher (Hebog)", "yes", "yes"),
    ("PR07", "Miss", "Shazia", "Iqbal", "Year 3 teacher (Crëyr)", "yes", "yes"),
    ("PR08", "Mrs", "Lowri", "Evans", "Year 2 teacher (Gwennol) and Welsh lead", "yes", "yes"),
    ("PR09", "Miss", "Jade", "Harris", "Year 1 teacher (Robin)", "no", "no"),
    ("PR10", "Mrs", "Sarah", "Collins", "Reception teacher (Titw)", "yes", "yes"),
    ("PR11", "Miss", "Amy", "Lewis", "Nursery teacher (Dryw)", "yes", "no"),
    ("PR12", "Mrs", "Hawa", "Abdi", "Bilingual teaching assistant (Somali)", "yes", "yes"),
    ("PR13", "Mr", "Marek", "Horváth", "Roma community liaison and TA", "yes", "yes"),
    ("PR14", "Ms", "Faiza", "Saleh", "Family engagement officer", "yes", "no"),
    ("PR15", "Mrs", "Donna", "Wilcox", "Office manager", "yes", "no"),
    ("PR16", "Mr", "Kevin", "Bowen", "Site manager", "no", "no"),
]
