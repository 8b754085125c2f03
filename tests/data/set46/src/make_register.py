import csv, json, os, sys
from register import PUPILS, STAFF, SCHOOL, CLASSES, ALLOC, NO_SOCIAL, NO_PRESS, NO_BIOMETRIC
from clearpost.register.upn import check_letter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def upns():
    res = {}
    for i, (f, s, p, y) in enumerate(PUPILS):
        body = "850" + "2463" + ALLOC[y] + "%03d" % (101 + i)
        res[(f, s)] = check_letter(body) + body
    return res

def write(named_in_photo=frozenset()):
    u = upns()
    with open(os.path.join(OUT, "register_pupils.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
                   "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for i, (f, s, p, y) in enumerate(PUPILS):
            sm = "no" if (f, s) in NO_SOCIAL else "yes"
            web = "no" if (f, s) in NO_SOCIAL or i % 17 == 5 else "yes"
            press = "no" if s in NO_PRESS or i % 5 == 3 else "yes"
            nwp = "no" if (f, s) in named_in_photo else "yes"
            bio = "no" if s in NO_BIOMETRIC else "yes"
            w.writerow([u[(f, s)], f, s, p, y, CLASSES[y], sm, web, press, nwp, bio])
    with open(os.path.join(OUT, "register_staff.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        w.writerows(STAFF)
    with open(os.path.join(OUT, "school.json"), "w", encoding="utf-8") as fh:
        json.dump(SCHOOL, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

if __name__ == "__main__":
    write()
    for k, v in upns().items(): print(v, *k)
