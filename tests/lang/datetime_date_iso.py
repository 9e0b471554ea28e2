# env: TZ=UTC
# date.fromisoformat (3.11 forms: basic, week dates) and fromisocalendar
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.date.fromisoformat("2020-1-1")',
    'dt.date.fromisoformat(1)',
    'dt.date.fromisoformat("20230615")',
    'dt.date.fromisoformat("2023-W24-4")',
    'dt.date.fromisoformat("2023W244")',
    'dt.date.fromisoformat("2023-W24")',
    'dt.date.fromisoformat("2023W24")',
    'dt.date.fromisocalendar(2020, 53, 5)',
    'dt.date.fromisocalendar(2021, 53, 5)',
    'dt.date.fromisocalendar(2021, 5, 8)',
    'dt.date.fromisoformat("2023-02-29")',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
