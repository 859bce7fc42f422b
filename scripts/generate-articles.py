#!/usr/bin/env python3
"""Writes a synthetic news corpus for benchmarks: N articles in the plain-text layout of the sample article
(lead, "کد خبر", "تاریخ انتشار" with Jalali and Gregorian dates, title, body), Persian and English, built from
templates and name lists, deterministic for a given seed.

    scripts/generate-articles.py OUT_DIR COUNT [--seed N]
"""
import argparse
import datetime
import os
import random

PERSIAN_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ORDINALS = ["نخستین", "دومین", "سومین", "چهارمین", "پنجمین", "ششمین", "هفتمین", "هشتمین", "نهمین", "دهمین",
            "یازدهمین", "دوازدهمین", "سیزدهمین", "چهاردهمین", "پانزدهمین"]
EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
GIVEN = ["محسن", "علی", "مهدی", "زهرا", "مریم", "حسین", "رضا", "سارا", "امید", "فاطمه", "کاوه", "نرگس"]
SURNAMES = ["هاشمی", "کریمی", "احمدی", "رحیمی", "موسوی", "صالحی", "نوروزی", "جعفری", "کاظمی", "حسینی", "رضایی"]
EN_GIVEN = ["Mohsen", "Ali", "Sara", "Reza", "Maryam", "Kaveh", "Narges", "Omid"]
EN_SURNAMES = ["Hashemi", "Karimi", "Ahmadi", "Rahimi", "Mousavi", "Salehi", "Jafari", "Kazemi"]
AWARDS = ["جایزه جهانی خشت طلایی تهران", "جایزه ادبی جلال آل احمد", "جایزه کتاب سال", "جایزه معمار",
          "جایزه ادبی پروین اعتصامی"]
EN_AWARDS = ["Golden Brick World Award", "Jalal Al-e Ahmad Literary Award", "Memar Award", "Aga Khan Award"]
VENUES = ["برج میلاد", "تالار وحدت", "تالار اندیشه", "مصلی امام خمینی", "فرهنگسرای نیاوران", "سالن اجلاس سران"]
EN_VENUES = ["Milad Tower", "Vahdat Hall", "Andisheh Hall", "Tehran Book Garden"]
ORGS = ["شورای اسلامی شهر تهران", "شهرداری تهران", "وزارت فرهنگ و ارشاد اسلامی", "سازمان زیباسازی شهر تهران"]
EN_ORGS = ["Tehran City Council", "Tehran Municipality", "Ministry of Culture and Islamic Guidance"]
ROLES = ["رئیس", "دبیر", "معاون", "عضو"]
OUTLETS = [("تابناک", "tabnak"), ("ایسنا", "isna"), ("ایرنا", "irna"), ("همشهری آنلاین", "hamshahri")]
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]


def jalali(g):
    """Gregorian date → (y, m, d) Jalali, with the 33-year arithmetic rule (the project's own calendar is tested
    against jdatetime; this script only needs plausible dates)."""
    gy, gm, gd = g.year, g.month, g.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    jm = 1 + days // 31 if days < 186 else 7 + (days - 186) // 30
    jd = 1 + (days % 31 if days < 186 else (days - 186) % 30)
    return jy, jm, jd


def persian_article(rng, index):
    person = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
    role, org = rng.choice(ROLES), rng.choice(ORGS)
    award, venue = rng.choice(AWARDS), rng.choice(VENUES)
    edition = rng.randrange(len(ORDINALS))
    published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3000))
    held = published - datetime.timedelta(days=1)
    jy, jm, jd = jalali(published)
    outlet, slug = rng.choice(OUTLETS)
    stamp = f"{jd} {PERSIAN_MONTHS[jm - 1]} {jy} - {rng.randrange(8, 23)}:{rng.randrange(60):02d}".translate(DIGITS)
    surname = person.split()[1]
    weekday = WEEKDAYS[(held.weekday() + 2) % 7]
    return "\n".join([
        f"{person}:",
        f"{role} {org} از برگزاری {ORDINALS[edition]} دوره {award} خبر داد.",
        f"کد خبر: {(100000 + index)}".translate(DIGITS),
        f"تاریخ انتشار: {stamp} {published.strftime('%d %B %Y')}",
        "",
        f"{person}: {award} به نماد همکاری شهرها تبدیل شده است",
        "",
        f"به گزارش {outlet}، {person} عصر {weekday} در آیین {ORDINALS[edition]} دوره {award} در {venue} گفت: "
        f"امسال {rng.randrange(20, 90)} طرح از {rng.randrange(5, 30)} کشور به دبیرخانه رسید.",
        "",
        f"وی افزود: مدیریت شهری باید از تجربه شهرهای دیگر بهره ببرد و این جایزه فرصتی برای گفت‌وگو است.",
        "",
        f"{surname} با اشاره به نقش {org} گفت: شهر تاب‌آور بدون مشارکت مردم ساخته نمی‌شود.",
        "",
        f"روز جهانی شهرها در سال ۲۰۱۳ به پیشنهاد سازمان ملل نامگذاری شد.",
        "",
    ]), slug


def english_article(rng, index):
    person = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_SURNAMES)}"
    org, award, venue = rng.choice(EN_ORGS), rng.choice(EN_AWARDS), rng.choice(EN_VENUES)
    edition = rng.randrange(len(EN_ORDINALS))
    published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3000))
    return "\n".join([
        f"{person} opens the {EN_ORDINALS[edition]} {award}",
        f"Published: {published.strftime('%d %B %Y')}",
        "",
        f"TEHRAN - {person}, chairman of {org}, said on Saturday at the {EN_ORDINALS[edition]} edition of the "
        f"{award} in {venue} that cities must learn from each other.",
        "",
        f"\"Resilience is built with citizens,\" {person.split()[1]} added. He said {rng.randrange(20, 90)} projects "
        f"had been submitted this year.",
        "",
    ]), "en"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for index in range(args.count):
        text, slug = (english_article if rng.random() < 0.25 else persian_article)(rng, index)
        with open(os.path.join(args.out, f"{index:06d}_{slug}.txt"), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
