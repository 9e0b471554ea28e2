# A log summariser: parse access-log lines, count by status and path,
# find the slowest requests, and redact addresses.
import re
from collections import Counter

LOG = [
    '192.168.1.10 - - [07/Dec/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 512 0.012',
    '10.0.0.5 - bob [07/Dec/2026:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 87 0.230',
    '192.168.1.10 - - [07/Dec/2026:10:00:03 +0000] "GET /img/logo.png HTTP/1.1" 304 0 0.002',
    'garbage line without structure',
    '172.16.4.2 - alice [07/Dec/2026:10:01:00 +0000] "GET /api/items?id=42 HTTP/1.1" 200 2048 0.480',
    '10.0.0.5 - bob [07/Dec/2026:10:01:30 +0000] "POST /api/login HTTP/1.1" 200 90 0.198',
    '172.16.4.2 - alice [07/Dec/2026:10:02:10 +0000] "DELETE /api/items/42 HTTP/1.1" 500 33 1.250',
]
LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\sHTTP/[\d.]+"\s+
    (?P<status>\d{3})\s(?P<size>\d+)\s(?P<secs>\d+\.\d+)$
""", re.VERBOSE)
status, paths, bad, slow = Counter(), Counter(), 0, []
for line in LOG:
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    status[d['status'][0] + 'xx'] += 1
    paths[re.sub(r'/\d+$', '/:id', d['path'])] += 1
    slow.append((float(d['secs']), d['method'], d['path'], d['query']))
print(sorted(status.items()), bad)
print(paths.most_common(3))
print(sorted(slow, reverse=True)[:2])
redact = re.compile(r'\b(\d{1,3})\.\d{1,3}\.\d{1,3}\.(\d{1,3})\b')
print(redact.sub(r'\1.x.x.\2', LOG[1]))
print(redact.subn(lambda m: '<ip>', '\n'.join(LOG))[1])
users = sorted(set(re.findall(r' - (\w+) \[', '\n'.join(LOG))))
print(users, re.findall(r'(?m)^(\S+).*" 5\d\d ', '\n'.join(LOG)))
