# env: TZ=UTC
# calendar.month / prmonth / TextCalendar: the text of a month, with widths,
# line spacing and a Sunday-first week.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 1))
print(calendar.month(2021, 1, 0, 2), end='|\n')
calendar.prmonth(1999, 12)
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9, w=4))
print(repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)))
print(repr(tc.formatmonthname(2024, 9, 30)), repr(tc.formatmonthname(2024, 9, 12, False)))
print(repr(calendar.week(tc.monthdays2calendar(2024, 9)[0], 3)))
tc.prweek(tc.monthdays2calendar(2024, 9)[1], 2)
print()
