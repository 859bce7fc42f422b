"""Prints every day from 1300-01-01 to the last day of 1500 AP as "jy-jm-jd gy-gm-gd", using jdatetime.

The Swift test JalaliCalendarTests runs this with the project venv's python and compares line by line.
"""
import sys

import jdatetime

day = jdatetime.date(1300, 1, 1)
end = jdatetime.date(1501, 1, 1)
one = jdatetime.timedelta(days=1)
out = []
while day < end:
    g = day.togregorian()
    out.append(f"{day.year:04d}-{day.month:02d}-{day.day:02d} {g.year:04d}-{g.month:02d}-{g.day:02d}")
    day += one
sys.stdout.write("\n".join(out) + "\n")
