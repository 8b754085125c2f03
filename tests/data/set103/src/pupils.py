"""Register, staff and school of Ysgol Cae Glas (set 103). Everything invented."""
SCHOOL = {
    "name": "Ysgol Cae Glas / Cae Glas Primary School",
    "address": "Ffordd Cae Glas, Caia Park, Wrexham",
    "postcode": "LL93 4HG",
    "phone": "01632 960417",
    "email": "office@caeglasprimary.example.org",
    "website": "www.caeglasprimary.example.org",
}
CLASSES = {"R": "Dryw", "1": "Titw", "2": "Tylluan", "3": "Barcud", "4": "Crëyr", "5": "Gwennol", "6": "Eryr"}
# year, forename, surname, preferred, consents sm/web/press/name_with_photo/bio, LA code, entry year
P = """
R|Seren|Hughes||yyynn
R|Jakub|Nowak|Kuba|yynny
R|Princess|Manalo||yyyny
R|Ffion|Marford||yynny
R|Tomás|Ferreira||yyynn
R|Berfîn|Qadir||yynnn
R|Alfie|Reynolds||yyyny
R|Lili-Mai|Parry||yynny
1|Osian|Roberts||yyyny
1|Zuzanna|Wójcik|Zuzia|yynny
1|Beatriz|Costa|Bea|yyyny
1|Aram|Osman||yynnn
1|Mason|Holt||yyyny
1|Angel|Reyes||yyyyy
1|Tegan|Edwards||yynny
1|Kacper|Lis||nnnnn
2|Dewi|Price||yyyny
2|Gonçalo|Rodrigues||yynny
2|Maja|Kowalczyk||yyyny
2|Rojin|Mahmood||yynnn
2|Jayden|Mullin||yyyny
2|Mary Grace|Bautista||yyyny
2|Eira|Lloyd||yyyyy
2|Harvey|Bellis||yynny
2|Inês|Silva||yyynn
3|Gethin|Wynne||yyyny
3|Szymon|Zieliński||yynny
3|Lucas|Pereira||yyyny
3|Shilan|Faraj||yynnn
3|Hope|Jones||yyyny
3|Kian|Mostyn||yyyny
3|Miguel|Santos|Migs|yyyny
3|Evie|Rowlands||yyyyy
3|Cerys|Thomas||yynny
4|Llŷr|Pritchard||yyyny
4|Wiktoria|Kaczmarek||yynny
4|Rafael|Gomes|Rafa|yyyny
4|Soran|Ismail||yynnn
4|Sunny|Davies||yyyny
4|Cherry|Aquino||yyyny
4|Kayla|Bellis||yynny
4|Leo|Foster||nnnny
4|Alys|Griffiths||yyyyy
5|Rhys|Lee||yyyny
5|Oliwia|Mazur||yynny
5|João|Marques||yyyny
5|Diyar|Rashid||yynnn
5|Grace|Evans||yyyny
5|Joel|Acton||yyyny
5|Carys|Vaughan||yyyny
5|Jasmine|dela Cruz||yyyny
5|Tyler|Price||yynny
6|Efa|Morgan||yyyny
6|Kamil|Nowak||yynny
6|Duarte|Ferreira||yyyny
6|Zana|Hama Ali||yynnn
6|William|Roberts|Will|yyyny
6|Faith|Bautista||yyyny
6|Dafydd|Parry|Dai|yyyny
6|Ruby-Leigh|Hewitt||nnnnn
6|Sienna|Mold||yyyyy
"""
ENTRY = {"R": "23", "1": "22", "2": "21", "3": "20", "4": "19", "5": "18", "6": "17"}
# pupils who arrived from elsewhere: different LA code of first allocation
LA = {"Tomás Ferreira": "663", "Gonçalo Rodrigues": "663", "Leo Foster": "681", "Ruby-Leigh Hewitt": "669",
      "Kacper Lis": "661", "Zana Hama Ali": "663", "Diyar Rashid": "663", "Jasmine dela Cruz": "674"}


def pupils():
    from clearpost.register.upn import check_letter
    rows = []
    for n, line in enumerate(l for l in P.strip().splitlines()):
        y, fn, sn, pref, c = line.split("|")
        la = LA.get(f"{fn} {sn}", "663")
        body = f"{la}2291{ENTRY[y]}{101 + n:03d}"
        rows.append({
            "upn": check_letter(body) + body, "forename": fn, "surname": sn, "preferred_forename": pref,
            "year_group": "R" if y == "R" else y, "class": CLASSES[y],
            "consent_social_media": "yes" if c[0] == "y" else "no",
            "consent_website": "yes" if c[1] == "y" else "no",
            "consent_press": "yes" if c[2] == "y" else "no",
            "consent_name_with_photo": "yes" if c[3] == "y" else "no",
            "biometric_consent": "yes" if c[4] == "y" else "no",
        })
    return rows


STAFF = """
S01|Mrs|Gwenan|Roberts|Headteacher|yes|no
S02|Mr|Rhodri|Bellis|Deputy Headteacher and Year 6 teacher|yes|yes
S03|Miss|Seren|Wyn-Jones|Reception teacher|yes|yes
S04|Mrs|Nerys|Owen|Year 1 teacher|yes|no
S05|Mrs|Bethan|Foster|Year 2 teacher|yes|yes
S06|Miss|Carys|Mathias|Year 3 teacher|no|no
S07|Mr|Dylan|Hughes|Year 4 teacher|yes|yes
S08|Mr|Tom|Ellis|Year 5 teacher|yes|no
S09|Ms|Lorna|Jarvis|ALNCo|yes|no
S10|Mrs|Agnieszka|Duda|EAL teacher and Polish family liaison|yes|yes
S11|Mrs|Rosa|Pinto|Teaching assistant and Portuguese family liaison|yes|no
S12|Mrs|Maricel|Domingo|Teaching assistant|yes|yes
S13|Mr|Hawkar|Aziz|Family engagement officer|yes|no
S14|Mrs|Julie|Stansfield|School business manager|no|no
S15|Mr|Gary|Bithell|Site manager|yes|no
"""


def staff():
    keys = ["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"]
    return [dict(zip(keys, l.split("|"))) for l in STAFF.strip().splitlines()]
