"""Register, staff and school for set 135: Ohel Simcha Primary School, Stamford Hill."""
from clearpost.register.upn import check_letter

SCHOOL = {
    "name": "Ohel Simcha Primary School",
    "address": "3 Kerem Row, Stamford Hill, London",
    "postcode": "N79 6QD",
    "phone": "020 7946 0318",
    "email": "office@ohelsimcha-va.example.org",
    "website": "www.ohelsimcha-va.example.org",
}

CLASSES = {"Reception": "Aleph", "Year 1": "Beis", "Year 2": "Gimmel", "Year 3": "Daled",
           "Year 4": "Hey", "Year 5": "Vov", "Year 6": "Zayin"}
ENTRY = {"Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21", "Year 4": "20",
         "Year 5": "19", "Year 6": "18"}

# forename, surname, preferred, year, social_media, website, press, biometric
PUPILS = [
    ("Shalom", "Weiss", "", "Reception"),
    ("Bracha", "Stern", "", "Reception"),
    ("Yidel", "Gross", "", "Reception"),
    ("Tova", "Klein", "", "Reception"),
    ("Pesach", "Friedman", "", "Reception"),
    ("Malka", "Berlin", "", "Reception"),
    ("Yoel", "Halberstam", "Yoely", "Reception"),
    ("Chaya Sura", "Lieberman", "Suri", "Reception"),
    ("Boruch", "Kahan", "", "Year 1"),
    ("Shira", "Rubin", "", "Year 1"),
    ("Menachem Mendel", "Katz", "Mendy", "Year 1"),
    ("Faigy", "Schönfeld", "", "Year 1"),
    ("Hershel", "Lemberg", "Hershy", "Year 1"),
    ("Esther", "Twersky", "", "Year 1"),
    ("Yitzchok", "Landau", "Itzy", "Year 1"),
    ("Gitty", "Brody", "", "Year 1"),
    ("Nachman", "Sacks", "", "Year 1"),
    ("Chaim", "Weiss", "", "Year 2"),
    ("Rivka", "Adler", "Rivky", "Year 2"),
    ("Mordechai", "Spitzer", "Motty", "Year 2"),
    ("Perel", "Goldberger", "", "Year 2"),
    ("Simcha", "Halpern", "", "Year 2"),
    ("Blimi", "Fischer", "", "Year 2"),
    ("Zalman", "Gluck", "", "Year 2"),
    ("Leah", "Posen", "", "Year 2"),
    ("Akiva", "Stern", "", "Year 2"),
    ("Yisroel Meir", "Grünfeld", "Srully", "Year 3"),
    ("Miriam", "Kestenbaum", "Mimi", "Year 3"),
    ("Dovid", "Pressburger", "", "Year 3"),
    ("Golda", "Weinberg", "", "Year 3"),
    ("Eliezer", "Rosenberg", "Lazer", "Year 3"),
    ("Hindy", "Kornbluh", "", "Year 3"),
    ("Shimon", "Moskovitz", "", "Year 3"),
    ("Devorah", "Strom", "Devory", "Year 3"),
    ("Yom Tov", "Heller", "", "Year 3"),
    ("Avrohom", "Teitelbaum", "Avrumi", "Year 4"),
    ("Rochel", "Perlstein", "", "Year 4"),
    ("Pinchas", "Berger", "Pinny", "Year 4"),
    ("Mazal", "Levy", "", "Year 4"),
    ("Shloime", "Zucker", "", "Year 4"),
    ("Chana", "Gross", "", "Year 4"),
    ("Yosef", "Kahan", "Yossi", "Year 4"),
    ("Sara", "Breuer", "Sury", "Year 4"),
    ("Efraim", "Lowy", "", "Year 4"),
    ("Yehudis", "Spira", "", "Year 5"),
    ("Moshe", "Frankfurter", "", "Year 5"),
    ("Bayla", "Gold", "", "Year 5"),
    ("Lipa", "Wiener", "", "Year 5"),
    ("Freidy", "Adler", "", "Year 5"),
    ("Yaakov", "Rabinowitz", "Yanky", "Year 5"),
    ("Toby", "Schlesinger", "", "Year 5"),
    ("Aharon", "Rokach", "", "Year 5"),
    ("Dina", "Friedman", "", "Year 6"),
    ("Shmuel", "Klein", "Shmuli", "Year 6"),
    ("Raizy", "Lerner", "", "Year 6"),
    ("Yehuda", "Low", "", "Year 6"),
    ("Tzipora", "Halpern", "Tzipi", "Year 6"),
    ("Berish", "Kohn", "", "Year 6"),
    ("Henny", "Teitelbaum", "", "Year 6"),
    ("Ari", "Fischer", "", "Year 6"),
    ("Gila", "Spitzer", "", "Year 6"),
]

# pupils whose families said no to social media (still named by careless staff)
NO_SOCIAL = {("Lipa", "Wiener"), ("Raizy", "Lerner"), ("Nachman", "Sacks")}
NO_PRESS = {4, 0}  # i % 5 in NO_PRESS -> press no

STAFF = [
    ("Mrs", "Rochel", "Kestenbaum", "Headteacher", "yes"),
    ("Rabbi", "Yehoshua", "Gross", "Menahel (Head of Kodesh)", "no"),
    ("Mrs", "Miriam", "Lowy", "Deputy Headteacher and DSL", "yes"),
    ("Mrs", "Chavi", "Rosen", "SENCo", "yes"),
    ("Mr", "Daniel", "Whitfield", "Year 6 teacher", "yes"),
    ("Miss", "Bracha", "Neuman", "Reception teacher", "yes"),
    ("Rabbi", "Shimon", "Englard", "Year 3 Rebbe", "no"),
    ("Ms", "Joanne", "Kelly", "Year 4 teacher", "yes"),
    ("Mrs", "Leah", "Schreiber", "Year 2 teacher", "yes"),
    ("Mr", "Kwame", "Asante", "PE coach", "yes"),
    ("Mrs", "Faige", "Klein", "Office manager", "yes"),
    ("Rabbi", "Mendel", "Stern", "Year 5 Rebbe", "no"),
    ("Mrs", "Gail", "Henderson", "Year 1 teacher", "yes"),
    ("Mr", "Tomasz", "Nowak", "Site manager", "yes"),
    ("Mrs", "Ruchy", "Weiss", "Teaching assistant", "yes"),
]


def upn_for(i: int, year: str) -> str:
    body = "204" + "7135" + ENTRY[year] + f"{101 + i:03d}"
    return check_letter(body) + body


def pupil_rows():
    rows = []
    for i, (f, s, pref, year) in enumerate(PUPILS):
        rows.append({
            "upn": upn_for(i, year), "forename": f, "surname": s, "preferred_forename": pref,
            "year_group": year, "class": CLASSES[year],
            "consent_social_media": "no" if (f, s) in NO_SOCIAL else "yes",
            "consent_website": "no" if i % 7 == 3 else "yes",
            "consent_press": "no" if i % 5 in NO_PRESS else "yes",
            "consent_name_with_photo": "no",  # set by build.py
            "biometric_consent": "no" if i % 6 == 5 else "yes",
        })
    return rows
