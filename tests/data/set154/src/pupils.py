"""Register, staff and school details for set 154 (Bnos Shulamis Girls' School, Stamford Hill).

All people are invented. PUPILS rows: (forename, surname, preferred_forename, year_group, class,
consent_social_media). Classes are the seven species: Reception Chitah, Year 1 Seorah,
Year 2 Gefen, Year 3 Teenah, Year 4 Rimon, Year 5 Zayis, Year 6 Tamar.
"""

R, Y1, Y2, Y3, Y4, Y5, Y6 = ("Reception", "Chitah"), ("Year 1", "Seorah"), ("Year 2", "Gefen"), \
    ("Year 3", "Teenah"), ("Year 4", "Rimon"), ("Year 5", "Zayis"), ("Year 6", "Tamar")


def _p(fn, sn, pref, yc, sm="yes"):
    return (fn, sn, pref, yc[0], yc[1], sm)


PUPILS = [
    # Reception (Chitah)
    _p("Mazel", "Grunfeld", "", R),
    _p("Tova", "Weiss", "", R),
    _p("Chaya Sura", "Teitelbaum", "", R),
    _p("Raizel", "Stern", "Raizy", R),
    _p("Shira", "Lieberman", "", R),
    _p("Nechama", "Kohn", "Nechami", R),
    _p("Ahuva", "Deutsch", "", R),
    _p("Perel", "Sofer", "Perly", R),
    _p("Tamar", "Brach", "", R),
    # Year 1 (Seorah)
    _p("Bracha", "Friedman", "Brochy", Y1),
    _p("Golda", "Halpern", "Goldy", Y1),
    _p("Yocheved", "Schwartz", "Yochy", Y1),
    _p("Rivka", "Spitzer", "Rivky", Y1),
    _p("Emunah", "Gluck", "", Y1),
    _p("Hinda", "Stern", "Hindy", Y1),
    _p("Leah", "Rosenfeld", "Leiky", Y1),
    _p("Simcha", "Engel", "", Y1),
    _p("Miriam", "Weiss", "Mimi", Y1),
    # Year 2 (Gefen)
    _p("Chana", "Grunfeld", "Chany", Y2),
    _p("Malka", "Gold", "Malky", Y2),
    _p("Tziporah", "Herzog", "Tzipi", Y2),
    _p("Sarah", "Teitelbaum", "Suri", Y2),
    _p("Geula", "Jacobowitz", "", Y2),
    _p("Frumet", "Singer", "Frumi", Y2),
    _p("Devorah", "Kohn", "Devory", Y2),
    _p("Zissel", "Landau", "Zisi", Y2),
    _p("Breindel", "Pollak", "Breindy", Y2, "no"),
    # Year 3 (Teenah)
    _p("Esther", "Klein", "Esty", Y3),
    _p("Shaindel", "Friedman", "Shaindy", Y3),
    _p("Menucha", "Gross", "", Y3),
    _p("Toiba", "Lowy", "Toby", Y3),
    _p("Pesha", "Berger", "Pessy", Y3),
    _p("Fraida", "Rubin", "Fraidy", Y3),
    _p("Yehudis", "Sternlicht", "Yitty", Y3),
    _p("Baila", "Hirsch", "", Y3),
    _p("Rochel", "Schwartz", "Ruchy", Y3),
    # Year 4 (Rimon)
    _p("Bluma", "Grunfeld", "Blimy", Y4),
    _p("Gittel", "Wosner", "Gitty", Y4),
    _p("Shalva", "Engel", "", Y4, "no"),
    _p("Chaya", "Fischer", "Chayky", Y4),
    _p("Batsheva", "Halpern", "Bashy", Y4),
    _p("Mindel", "Rosenfeld", "Mindy", Y4),
    _p("Tehilla", "Kornbluh", "", Y4, "no"),
    _p("Ettel", "Brach", "Etty", Y4),
    # Year 5 (Zayis)
    _p("Rivka", "Lieberman", "Rivky", Y5),
    _p("Esther", "Gold", "Esty", Y5),
    _p("Pnina", "Sofer", "", Y5),
    _p("Henya", "Deutsch", "Henny", Y5),
    _p("Liba", "Halberstam", "", Y5, "no"),
    _p("Bina", "Jacobowitz", "", Y5),
    _p("Chava", "Pollak", "Chavi", Y5),
    _p("Hadassah", "Gross", "Dassi", Y5),
    # Year 6 (Tamar)
    _p("Feiga", "Grunfeld", "Faigy", Y6),
    _p("Miriam", "Spitzer", "Mimi", Y6),
    _p("Rochel Leah", "Herzog", "", Y6),
    _p("Tzirel", "Gluck", "Tziri", Y6),
    _p("Elka", "Landau", "", Y6),
    _p("Shoshana", "Fischer", "Shoshi", Y6),
    _p("Esther Malka", "Singer", "", Y6),
    _p("Dina", "Hirsch", "", Y6, "no"),
]

STAFF = [
    ("Rabbi", "Yisroel", "Kornbluh", "Menahel (Principal, Kodesh)", "no"),
    ("Mrs", "Chana Leah", "Spitzer", "Headteacher (Menaheles)", "no"),
    ("Mrs", "Devorah", "Klein", "Deputy Head (Kodesh), Year 3 Kodesh teacher", "no"),
    ("Mrs", "Naomi", "Berger", "Deputy Head (English studies), Designated Safeguarding Lead", "no"),
    ("Mrs", "Malka", "Stern", "Reception teacher", "no"),
    ("Mrs", "Esther", "Weiss", "Kodesh teacher, Years 1-2", "no"),
    ("Mrs", "Pessy", "Lowy", "Office manager", "no"),
    ("Mrs", "Gitty", "Schreiber", "EYFS teaching assistant", "no"),
    ("Mrs", "Rachel", "Okafor", "SENCo", "yes"),
    ("Miss", "Hannah", "Whitlock", "Year 5 English studies teacher", "yes"),
    ("Mrs", "Ayşe", "Demir", "Year 3 English studies teacher", "yes"),
    ("Miss", "Priya", "Sandhu", "Year 6 English studies teacher", "yes"),
    ("Ms", "Claire", "Donnelly", "School business manager", "yes"),
    ("Mrs", "Lorraine", "Baptiste", "Welfare and first aid officer", "yes"),
    ("Mr", "Dennis", "Mould", "Site manager", "yes"),
]

SCHOOL = {
    "name": "Bnos Shulamis Girls' School",
    "address": "31 Brantwood Rise, Stamford Hill, London",
    "postcode": "N25 3BS",
    "phone": "020 7946 0371",
    "email": "office@bnosshulamis.example.org",
    "website": "www.bnosshulamis.example.org",
}
