"""UPNs for the set-71 register: check letter + 886 (LA) + 2471 (fictional school) + YY + serial."""
from clearpost.register.upn import check_letter

YEAR = {"Nursery": 25, "Reception": 24, "Year 1": 23, "Year 2": 22, "Year 3": 21,
        "Year 4": 20, "Year 5": 19, "Year 6": 18}


def load_pupils(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("|")
        rows.append(dict(zip(["forename", "surname", "preferred", "year", "cls", "social",
                              "website", "press", "bio"], f)))
    for i, r in enumerate(rows, 1):
        body = f"8862471{YEAR[r['year']]:02d}{i:03d}"
        r["upn"] = check_letter(body) + body
    return rows
