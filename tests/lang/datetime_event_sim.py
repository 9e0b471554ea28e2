# env: TZ=UTC
# An event simulation on a virtual clock: a heap of datetimes, periodic
# timers, business-day arithmetic and a schedule printed at the end.
import heapq
from datetime import date, datetime, time, timedelta

clock = datetime(2024, 2, 28, 22, 0)
queue = []
seq = 0


def schedule(at, name, every=None):
    global seq
    seq += 1
    heapq.heappush(queue, (at, seq, name, every))


schedule(clock + timedelta(minutes=30), 'backup', timedelta(hours=6))
schedule(clock + timedelta(hours=1, seconds=0.5), 'report', timedelta(days=1))
schedule(datetime.combine(date(2024, 2, 29), time(9, 30)), 'standup', timedelta(days=1))
log = []
while queue and len(log) < 12:
    at, _, name, every = heapq.heappop(queue)
    clock = at
    log.append((clock, name))
    if every:
        schedule(at + every, name, every)
for at, name in log:
    print(at.isoformat(' ', 'seconds'), at.strftime('%a'), name)


def add_business_days(d, n):
    while n:
        d += timedelta(1)
        if d.weekday() < 5:
            n -= 1
    return d


for start in (date(2024, 2, 28), date(2024, 12, 27), date(2023, 12, 29)):
    print(start, '+5 business days ->', add_business_days(start, 5), start.ctime())
deadline = datetime(2024, 3, 1, 17)
left = deadline - datetime(2024, 2, 28, 8, 15, 30)
print('left', left, left.days, left.seconds, left.total_seconds(), left / 3, left * 1.5)
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 2, 29).replace(year=2028))
print((date(2024, 3, 1) - date(2023, 3, 1)).days, (date(2023, 3, 1) - date(2022, 3, 1)).days)
