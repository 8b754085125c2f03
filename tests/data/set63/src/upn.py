"""UPN for a pupil: DfE check letter + 309 (Haringey) + 4617 (fictional school) + yy + serial."""
from clearpost.register.upn import check_letter

CLASSES = {7: "7 Lea", 8: "8 Moselle", 9: "9 Bruce", 10: "10 Marsh", 11: "11 Tull", 12: "12 Seacole", 13: "13 Grant"}


def load_pupils(path):
    rows = []
    serial = 100
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fn, sn, pref, yr = line.split("|")
        yr = int(yr)
        serial += 1
        yy = 25 - (yr - 7)  # first allocated in Reception... use year entering secondary
        body = f"3094617{yy:02d}{serial:03d}"
        rows.append(dict(forename=fn, surname=sn, preferred=pref, year=yr,
                         upn=check_letter(body) + body, cls=CLASSES[yr]))
    return rows
