LET = "ABCDEFGHJKLMNPQRTUVWXYZ"
def check_letter(digits12):
    s = sum(int(d) * w for d, w in zip(digits12, range(2, 14)))
    return LET[s % 23]
def upn(digits12):
    return check_letter(digits12) + digits12
if __name__ == "__main__":
    print(upn("669241726001"))
