import subprocess, sys
LA, EST = "310", "5412"
YEARS = {"R": "25", "1": "24", "2": "23", "3": "22", "4": "21", "5": "20", "6": "19"}
def body(year, serial):
    return LA + EST + YEARS[year] + "%03d" % serial
def upn(year, serial):
    from clearpost.register.upn import check_letter
    b = body(year, serial)
    return check_letter(b) + b
