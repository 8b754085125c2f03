"""posts_*.txt (inline [[kind:text]] markup) -> ../posts.jsonl, photo_named.json"""
import glob, json, os, re, sys
from common import HERE, pupils
from upn import upn

KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
ORDER = {"allow": 0, "info": 0, "warn": 1, "block": 2}
NN = "54"

def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(sub)] if i + len(sub) < len(text) else " "
        if not (before.isalnum() and sub[0].isalnum()) and not (after.isalnum() and sub[-1].isalnum()):
            out.append(i)
        i = text.find(sub, i + 1)
    return out

def main():
    P = pupils()
    byname = {p["forename"] + " " + p["surname"]: p for p in P}
    posts, errors = [], []
    raw = ""
    for fn in sorted(glob.glob(os.path.join(HERE, "posts_*.txt"))):
        raw += open(fn, encoding="utf-8").read().rstrip("\n") + "\n"
    blocks = re.split(r"^### ", raw, flags=re.M)[1:]
    phrases = {}
    for n, b in enumerate(blocks, 1):
        head, _, body = b.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        photo = photo == "photo y"
        acct = {"account o": "official", "account p": "personal"}[acct]
        body = body.strip("\n").replace("\\n", "\n")
        body = re.sub(r"\{UPN:([^}]+)\}", lambda m: upn(byname[m.group(1)]["year"], byname[m.group(1)]["serial"]), body)
        body = body.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            k = KINDS[m.group(1)]
            labels.append((len(text), m.group(2), k))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        pid = "z%s-%03d" % (NN, n)
        if "[[" in text or "]]" in text:
            errors.append(pid + ": stray markup")
        expected, seen = [], {}
        for start, t, k in labels:
            rule = RULE.get(k) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            idx = seen.get(t, 0)
            occ = occurrences(text, t)
            if idx >= len(occ) or occ[idx] != start:
                errors.append("%s: label %r is not occurrence #%d (word-bounded)" % (pid, t, idx + 1))
            seen[t] = idx + 1
            expected.append({"rule": rule, "text": t, "kind": k})
            if k in ("health", "circumstance"):
                key = t.lower()
                if key in phrases:
                    errors.append("%s: phrase %r reused (first %s)" % (pid, t, phrases[key]))
                phrases[key] = pid
        best = "allow"
        for e in expected:
            s = SEV[acct].get(e["rule"], "block")
            if ORDER[s] > ORDER[best]:
                best = s
        verdict = "allow" if best in ("allow", "info") else best
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        if not expected:
            tags = ["clean"] + [t for t in tags if t != "clean"]
        elif "clean" in tags:
            errors.append(pid + ": tagged clean with labels")
        if photo and "photo" not in tags:
            tags.append("photo")
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": expected, "verdict": verdict, "tags": tags})
    # pupils named in photo posts
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        low = p["text"].lower()
        for q in P:
            keys = [q["forename"], q["preferred"], q["forename"][0] + "." + q["surname"][0] + "."]
            for key in filter(None, keys):
                if occurrences(low, key.lower()):
                    named.add(q["forename"] + " " + q["surname"])
    with open(os.path.join(HERE, "..", "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    json.dump(sorted(named), open(os.path.join(HERE, "photo_named.json"), "w"), indent=1)
    print(len(posts), "posts;", len(errors), "errors")
    for e in errors:
        print("  ", e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
