# env: TZ=UTC
# A copied log-processing script: parse timestamped lines with strptime,
# bucket events per hour, compute durations and print a report header.
from datetime import datetime, timedelta, timezone

LOG = """\
2023-06-15 08:59:58.125 INFO start job=alpha
2023-06-15 09:00:03.500 WARN slow job=alpha took=5.375s
2023-06-15 09:14:00.000 INFO start job=beta
2023-06-15 09:59:59.999 INFO end job=alpha
2023-06-15 10:00:00.001 ERROR crash job=beta
2023-06-15 23:59:59.999 INFO end job=beta
"""
events = []
for line in LOG.splitlines():
    stamp, level, rest = line[:23], line[24:].split(' ', 1)[0], line[24:].split(' ', 1)[1]
    events.append((datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S.%f'), level, rest))
start = events[0][0]
print('Report generated', start.strftime('%A, %d %B %Y at %I:%M %p'))
print('=' * 40)
per_hour = {}
for when, level, rest in events:
    hour = when.replace(minute=0, second=0, microsecond=0)
    per_hour.setdefault(hour, []).append(level)
for hour in sorted(per_hour):
    print(f'{hour:%H:%M}  {len(per_hour[hour])} event(s)  {",".join(per_hour[hour])}')
starts = {}
for when, level, rest in events:
    job = rest.split('job=')[1].split()[0]
    if rest.startswith('start'):
        starts[job] = when
    elif rest.startswith(('end', 'crash')):
        took = when - starts[job]
        print(f'{job:6} ran {took} ({took.total_seconds():.3f} s, {took / timedelta(minutes=1):.2f} min)')
span = events[-1][0] - events[0][0]
print('span', span, repr(span), span // timedelta(hours=1), 'whole hours')
utc = events[0][0].replace(tzinfo=timezone.utc)
print(utc.isoformat(timespec='milliseconds'), utc.astimezone(timezone(timedelta(hours=-7), 'PDT')))
print(f'{events[2][0]:%Y-%m-%dT%H:%M:%S}', format(events[2][0], '%j/%U/%W'), events[2][0].isocalendar())
