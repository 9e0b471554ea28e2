# env: TZ=UTC
# time.strptime: struct_time fields, defaults, %z/%Z, julian and weekday
# computation, the default format, errors.
import time

for s, f in [('2023-06-15 13:45', '%Y-%m-%d %H:%M'), ('Thu Jun 15 13:45:00 2023', None),
             ('15 Jun 23 1:5:9', '%d %b %y %H:%M:%S'), ('1999', '%Y'), ('69 12', '%y %m'),
             ('68 12', '%y %m'), ('200', '%j'), ('2024 60', '%Y %j'), ('Feb 29', '%b %d'),
             ('2023-06-15 13:45 +0130', '%Y-%m-%d %H:%M %z'), ('2023 -00:30', '%Y %z'),
             ('UTC 2023', '%Z %Y'), ('gmt', '%Z'), ('12 PM', '%I %p'), ('12 am', '%I %p'),
             ('1 pm', '%I %p'), ('Sunday 2023 1', '%A %Y %U'), ('mon 2023 0', '%a %Y %W'),
             ('2023-W01-1', '%G-W%V-%u'), ('2021-W52-7', '%G-W%V-%u'), ('6', '%w'),
             ('10%', '%m%%'), ('  3  4', '%m %d'), ('x', '%Y'), ('2023 05', '%Y'),
             ('2023', '%Y %G'), ('2023 5', '%Y %V'), ('2023 5 1', '%G %V %j'),
             ('+0530x', '%z'), ('+05:3015', '%z'), ('31/02/2023', '%d/%m/%Y')]:
    try:
        t = time.strptime(s) if f is None else time.strptime(s, f)
        print(repr(s), t, t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for args in [(5,), ('5', 5), ('5', '%')]:
    try:
        time.strptime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(time.mktime(time.strptime('2023-06-15', '%Y-%m-%d')))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.strptime('2023-06-15 01:02:03', '%Y-%m-%d %H:%M:%S')))
