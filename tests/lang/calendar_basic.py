# env: TZ=UTC
# calendar basics: leap years, monthrange, weekday, monthcalendar, names,
# timegm, the Calendar iterators and firstweekday.
import calendar

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2023, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.weekday(2023, 6, 15), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1),
      calendar.weekday(-5, 3, 1))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2023, 1))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_abbr[-1], calendar.month_name[1:4])
print(len(calendar.month_name), len(calendar.day_abbr))
print(calendar.timegm((2023, 6, 15, 13, 45, 30, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.mdays)
c = calendar.Calendar(6)
print(list(c.iterweekdays()), c.getfirstweekday())
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdays3(2023, 12))[-4:])
print(list(c.itermonthdays4(2024, 1))[:2])
print(c.monthdayscalendar(2024, 3))
print(c.monthdatescalendar(2024, 3)[0])
print(c.monthdays2calendar(2024, 3)[-1])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0], calendar.weekheader(2))
calendar.setfirstweekday(0)
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.monthrange(2024, 0), lambda: calendar.weekday(2023, 2, 30)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
