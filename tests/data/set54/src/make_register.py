import csv, json, os
from common import HERE, CLASSES, pupils
from upn import upn
OUT = os.path.join(HERE, "..")
named = set(json.load(open(os.path.join(HERE, "photo_named.json"))))
NO_SOCIAL = {"Zainab Hussain", "Tharun Tharmalingam"}
NO_PRESS = {"Oliver Brennan", "Ethan Brennan", "Zainab Hussain", "Tharun Tharmalingam", "Seeta Parmar",
            "Harshil Parmar", "Durga Basnet", "Parvati Limbu", "Vani Ganeshan", "Krishna Shah", "Bhakti Shah"}
NO_BIO = {"Mateusz Nowak", "Amelia Hughes", "Shreya Jain", "Neel Mehta", "Riya Mehta", "Lakshman Jeyakumar"}
with open(os.path.join(OUT, "register_pupils.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    for p in pupils():
        full = p["forename"] + " " + p["surname"]
        yg, cl = CLASSES[p["year"]]
        yn = lambda b: "yes" if b else "no"
        w.writerow([upn(p["year"], p["serial"]), p["forename"], p["surname"], p["preferred"], yg, cl,
                    yn(full not in NO_SOCIAL), yn(full not in NO_SOCIAL), yn(full not in NO_PRESS),
                    yn(full not in named), yn(full not in NO_BIO)])
with open(os.path.join(OUT, "register_staff.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
    for line in open(os.path.join(HERE, "staff.txt"), encoding="utf-8"):
        if line.strip():
            w.writerow(line.rstrip("\n").split("|"))
json.dump({"name": "Shree Krishna Vidyalaya Primary",
           "address": "Gokul Lane, Kenton, Harrow",
           "postcode": "HW3 8QZ",
           "phone": "020 7946 0812",
           "email": "office@skvprimary-harrow.example.org",
           "website": "www.skvprimary-harrow.example.org"},
          open(os.path.join(OUT, "school.json"), "w"), indent=2)
print("register written;", len(named), "pupils named in photo posts")
