#!/usr/bin/env python3
"""Sanity checks for a gold set (not an evaluator): JSON parses, every label/quote/headline is a verbatim
substring of its article's decoded text, fact ids exist, dates are well formed and Jalali matches Gregorian
(jdatetime). Usage, with the project venv: .venv/bin/python scripts/check-gold.py DIR [FILE=ENCODING ...]
(articles that are not UTF-8, e.g. data/dev2: 305_fars_sheikhbahaei.txt=cp1256; data/test2:
406_fars_isfahancouncil.txt=cp1256 409_irna_pavehcraft.txt=utf-16)."""
import json, glob, os, re, html, sys
import jdatetime, datetime
ROOT = os.path.abspath(sys.argv[1])
ENC = dict(arg.split("=", 1) for arg in sys.argv[2:])
ok = True
def err(*a):
    global ok; ok = False; print("ERROR", *a)
for gf in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    path = os.path.join(ROOT, g["file"])
    raw = open(path, "rb").read()
    name = os.path.basename(path)
    text = raw.decode(ENC.get(name, "utf-8-sig"))
    text = html.unescape(text)
    stem = os.path.splitext(os.path.basename(gf))[0]
    if not name.startswith(stem + "."): err(gf, "file/stem mismatch")
    ids = {}
    for e in g["entities"]:
        if e["type"] not in {"Person","Organization","Place","Event","AwardCeremony","Award","Observance","Product","CreativeWork"}:
            err(stem, "bad type", e)
        if e["id"] in ids: err(stem, "dup id", e["id"])
        ids[e["id"]] = e
        for l in e["labels"]:
            if l not in text: err(stem, "label not in text:", e["id"], l)
    for a in g["articles"]:
        if a["headline"] not in text: err(stem, "headline not in text", a["headline"])
        if a["newsCode"] is not None and not re.fullmatch(r"\d+", a["newsCode"]): err(stem, "newsCode", a["newsCode"])
        p = a["published"]
        if p:
            d = datetime.date.fromisoformat(p[:10])
            if a["language"] == "fa":
                j = jdatetime.date.fromgregorian(date=d)
                if str(j) != a["publishedJalali"]: err(stem, "publishedJalali", p, a["publishedJalali"], j)
            elif a["publishedJalali"] is not None: err(stem, "en article with jalali")
    refkeys = ("person","event","place","in","award","org","recipient","work","observance","agent")
    for f in g["facts"]:
        for k in refkeys:
            if k in f and f[k] not in ids: err(stem, "dangling", k, f)
        if f["p"] == "quote" and f["sentence"] not in text: err(stem, "quote not in text", f["sentence"])
        if f["p"] == "quote" and not (4 <= len(f["sentence"].split()) <= 12): print("warn", stem, "quote length", f["sentence"])
        if f["p"] in ("date","startDate","endDate"):
            gd, jd = f["date"], f.get("jalali")
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", gd): err(stem, "date form", f)
            lang = g["articles"][0]["language"]
            if lang == "en" and jd is not None: err(stem, "en jalali", f)
            if lang == "fa":
                # A Gregorian-only year ("اکسپو ۲۰۱۰") has no Jalali form: data/gold/README.md allows null there.
                if jd is None and not re.fullmatch(r"\d{4}", gd): err(stem, "fa missing jalali", f)
                elif len(gd) == 10:
                    j = jdatetime.date.fromgregorian(date=datetime.date.fromisoformat(gd))
                    if str(j) != jd: err(stem, "jalali mismatch", gd, jd, j)
        if f["p"] == "conferral" and "work" in f and ids[f["work"]]["type"] not in ("CreativeWork","Product"): err(stem,"work type",f)
        if f["p"] == "edition" and not isinstance(f["number"], int): err(stem, "edition number", f)
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
