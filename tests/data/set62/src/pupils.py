# forename, surname, preferred, year, class
PUPILS = """
Ekam|Singh||R|Dove
Summer|Bakewell||R|Dove
Hevi|Rashid||R|Dove
Nikola|Pompová||1|Dove
River|Goodall||1|Dove
Filip|Wójcik||1|Dove
Noor|Chahal||2|Dove
Dilan|Hama||2|Dove
Ruby|Gell||2|Dove
Vanesa|Horváthová||3|Wye
Oliwia|Wiśniewska||3|Wye
Charlie|Wheeldon||3|Wye
Harleen|Johal||3|Wye
Baran|Aziz||4|Wye
Storm|Hollis||4|Wye
Kristián|Lakatoš||4|Wye
Tejveer|Mann|Tej|4|Wye
Amber|Froggatt||5|Amber
Patrik|Giňa||5|Amber
Rojhat|Qadir|Roj|5|Amber
Simran|Kaur||5|Amber
Hope|Walton||6|Amber
Maja|Lewandowska||6|Amber
Erik|Kaleja||6|Amber
Lana|Omar||6|Amber
Ellis|Mather||6|Amber
Jakub|Wiśniewski|Kuba|7|Derwent
Rebin|Hama||7|Derwent
Gurveer|Sandhu|Veer|7|Derwent
Autumn|Beresford||7|Derwent
Romana|Giňová||8|Derwent
Zuzanna|Kowalczyk|Zuzia|8|Derwent
Mason|Clough||8|Derwent
Harvey|Darley||8|Derwent
Amrit|Bains||9|Derwent
Denis|Bandy||9|Derwent
Avan|Salih||9|Derwent
Poppy|Mellor||9|Derwent
Dušan|Horváth||10|Trent
Szymon|Nowak||10|Trent
Kyle|Bakewell||10|Trent
Jasleen|Atwal||10|Trent
Zana|Mahmoud||10|Trent
Brogan|Hardwick||11|Trent
Wiktoria|Zając||11|Trent
Karwan|Faraj||11|Trent
Navreet|Gill||11|Trent
Marek|Demeter||11|Trent
Alfie|Royce||12|Kinder
Kiranjit|Rai|Kiran|12|Kinder
Žaneta|Oláhová||12|Kinder
Lacey|Shardlow||12|Kinder
Berivan|Ali||12|Kinder
William|Hartshorn|Will|13|Kinder
Kacper|Mazur||13|Kinder
Manveer|Sidhu||13|Kinder
Jayden|Allsop||13|Kinder
Thomas|Beighton|Tom|14|Kinder
Antoni|Dąbrowski||14|Kinder
Oliver|Hallam|Ollie|14|Kinder
Arjan|Dhillon||14|Kinder
Sukhman|Basra||14|Kinder
"""
STAFF = """
S01|Mrs|Helen|Darley|Headteacher|yes|yes
S02|Mr|Gurdeep|Sandhu|Deputy Headteacher and Designated Safeguarding Lead|yes|yes
S03|Mrs|Jaspreet|Gill|Assistant Headteacher (EHCPs and Transitions)|yes|no
S04|Ms|Katarzyna|Nowak|Family Liaison Officer (Polish)|yes|yes
S05|Mr|Milan|Horváth|Roma Community Link Worker|yes|yes
S06|Mrs|Shirin|Aziz|Teaching Assistant (Kurdish Sorani)|no|no
S07|Miss|Amber|Wragg|Class Teacher, Amber Class|yes|yes
S08|Mr|Tom|Clough|PE and Post-16 Teacher|yes|yes
S09|Miss|Hollie|Storer|Class Teacher, Dove Class|yes|yes
S10|Mr|Ryan|Spendlove|Class Teacher, Derwent Class|yes|no
S11|Ms|Leanne|Mellor|Speech and Language Therapist|yes|yes
S12|Mr|Owen|Bratby|Occupational Therapist|no|no
S13|Mrs|Sue|Allsopp|School Nurse|yes|yes
S14|Mrs|Bev|Tomlinson|Transport and Business Manager|yes|yes
S15|Mr|Dylan|Hardy|Site Manager|yes|no
"""
SCHOOL = {
    "name": "Kedleston Vale School",
    "address": "Quarndon Side Lane, Kedleston Vale, Derby",
    "postcode": "KV3 8NE",
    "phone": "01632 960410",
    "email": "office@kedlestonvale.example",
    "website": "https://www.kedlestonvale.example",
}

def pupils():
    out = []
    for i, line in enumerate(l for l in PUPILS.strip().splitlines()):
        f, s, p, y, c = line.split("|")
        out.append(dict(forename=f, surname=s, preferred=p, year=y, cls=c, serial=101 + i))
    return out

def staff():
    return [dict(zip("staff_id title forename surname role consent_photo biometric_consent".split(), l.split("|")))
            for l in STAFF.strip().splitlines()]

def upn_of(p):
    from clearpost.register import upn
    yr = {"R": 0}.get(p["year"], None)
    yr = 0 if p["year"] == "R" else int(p["year"])
    body = "831" + "7041" + "%02d" % (25 - yr) + "%03d" % p["serial"]
    return upn.check_letter(body) + body
